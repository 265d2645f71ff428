"""A government's official-site banner and a page's skip links, copied with the page.

Governments give all their agencies' websites one banner component, with one fixed
wording, printed over every page: the U.S. Web Design System's "An official website of
the United States government / Here's how you know / Official websites use .gov / A .gov
website belongs to ..." (every federal site, in English and Spanish), the European
Union's "An official website of the European Union / How do you know? / All official
European Union website addresses are in the europa.eu domain", Singapore's "A Singapore
Government Agency Website / How to identify". A browser's Select All copies it as a few
lines over the site's menu, sometimes glued into one line ("An official website of the
United States government Here's how you know"). It says which site the page is on, never
what the release says, so it is no title, no paragraph and no unit.

The same holds of an accessible page's skip links, "Skip to main content", "Skip
directly to site content Skip directly to search", copied as the page's first line.

Only whole lines made of these phrases are read: a release quoting the banner in a
sentence of its own ("... a lock or https:// means ...") says more around it.
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

# The phrases, in the wordings the components print (apostrophes and spaces normalised
# before matching). The lock icon's own text varies ("A lock ( )", "A lock (LockA locked
# padlock)"): anything short between its brackets.
_PHRASES = (
    # U.S. Web Design System banner (federal agencies), both of its versions.
    r"an official website of the united states government\.?",
    r"an official website of the state of [a-z ]{4,20}\.?",
    r"here(?:'s| is) how you know\.?",
    r"official websites use \.gov",
    r"a \.gov website belongs to an official government organi[sz]ation in the united states\.",
    r"secure \.gov websites use https",
    r"a lock \([^)]{0,40}\) or https:// means you(?:'ve| have) safely connected to the \.gov"
    r" website\. share sensitive information only on official, secure websites\.",
    r"the \.gov means it(?:'s| is) official\.",
    r"federal government websites (?:often|always) end in \.gov or \.mil\. before sharing"
    r" sensitive information,? make sure you(?:'re| are) on a federal government site\.",
    r"the https:// ensures that you are connecting to the official website and that any"
    r" information you provide is encrypted and transmitted securely\.",
    # Its Spanish version (the federal agencies' pages in Spanish).
    r"un sitio oficial del gobierno de (?:los )?estados unidos\.?",
    r"as[ií] es como usted puede verificarlo\.?",
    r"los sitios web oficiales usan \.gov",
    r"un sitio web \.gov pertenece a una organizaci[oó]n oficial del gobierno de"
    r" (?:los )?estados unidos\.",
    r"los sitios web seguros \.gov usan https",
    r"un candado \([^)]{0,40}\) o https:// significa que usted se conect[oó] de forma segura"
    r" a un sitio web \.gov\. comparta informaci[oó]n sensible s[oó]lo en sitios web"
    r" oficiales y seguros\.",
    # The European Union's site header (Europa Component Library).
    r"an official (?:website of the european union|eu website)\.?",
    r"all official european union website addresses are in the europa\.eu domain\.?",
    r"see all eu institutions and bodies",
    # Singapore's government banner.
    r"a singapore government agency website",
    r"official website links end with \.gov\.sg",
    r"government agencies communicate via \.gov\.sg websites(?: \(e\.g\. [^)]{1,30}\))?\.?"
    r"(?: trusted websites)?",
    r"look for a lock \([^)]{0,40}\) or https:// as an added precaution\. share sensitive"
    r" information only on official, secure websites\.",
    # An accessible page's skip links, one or several on the line.
    r"skip (?:directly )?to (?:the )?(?:main |site |page )?(?:content|navigation|search"
    r"|footer|menu)",
    r"skip navigation",
    r"jump to navigation",
)
# Phrases the banners print too, but which a page may print for itself ("How do you
# know?" heading a quiz): banner only on a line with one of the phrases above.
_COMMON_PHRASES = (
    r"the site is secure\.",
    r"how do you know\?",
    r"how to identify",
    r"secure websites use https",
)
# A whole line of phrases, a bracketed picture's name ("[U.S. flag]") or an icon's text
# between them.
_BANNER_LINE = lazy(
    r"^(?:(?:" + "|".join(_PHRASES + _COMMON_PHRASES) + r"|\[[^\]]{0,30}\])\s*)+$",
)
_OWN_PHRASE = lazy("|".join(_PHRASES))
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
MAX_CHARS = 600  # the whole banner glued on one line is shorter
# Every line of a banner holds one of these (a cheap look before the pattern).
_KEYS = (
    "official",
    "oficial",
    "skip",
    "jump to",
    ".gov",
    "how you know",
    "verificarlo",
    "europa",
    "eu website",
    "eu institutions",
    "singapore",
)


def is_official_site_banner(text: str) -> bool:
    """The line is a government's official-site banner, or a page's skip links, alone."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_CHARS or not any(c.isalpha() for c in stripped):
        return False
    # (Spaces joined first: the keys hold spaces, and a copy may keep two or a no-break
    # space between the banner's words.)
    norm = " ".join(stripped.translate(_APOSTROPHES).lower().split())
    if not any(key in norm for key in _KEYS):
        return False  # (most lines: one look, no regex)
    if norm.startswith("[") and "]" in norm and not re.search(r"[a-z]{3}", norm.split("]", 1)[1]):
        return False  # (a picture's name alone: the rules for captions read it)
    return bool(_BANNER_LINE.match(norm)) and bool(_OWN_PHRASE.search(norm))

"""A release's handling notice on a line of its own: "For immediate release", "Embargoed
until 10:00", "Pour diffusion immédiate", "Sperrfrist: ...", "Check against delivery".

The issuer prints it over the release to tell the press when it may be published or how
a speech's text is to be read: a line of the release's head that says how to handle the
text, never what the text is about (so no title), and never one of the site's link
labels, however short and however many menu lines a copied page sets above it.
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

_HANDLING_NOTICE = lazy(
    r"^\W*(?:for\s+(?:immediate\s+)?(?:release|publication|distribution)|immediate\s+release"
    r"|embargo(?:ed)?\b|under\s+embargo"
    r"|not\s+for\s+(?:publication|distribution|release)|check\s+against\s+delivery"
    r"|pour\s+diffusion\s+imm[ée]diate|para\s+(?:publicaci[óo]n|difusi[óo]n)\s+inmediata"
    r"|zur\s+sofortigen\s+ver[öo]ffentlichung|sperrfrist\b"
    # ... how a speech's text is to be read, in English, French, German, Spanish,
    # Portuguese, the Nordic languages, Dutch and Italian ("Det talade ordet gäller").
    r"|(?:only\s+)?the\s+spoken\s+word\s+(?:is\s+valid|prevails)|seul\s+le\s+prononcé\s+fait\s+foi"
    r"|es\s+gilt\s+das\s+gesprochene\s+wort|cotéjese\s+con|verificar\s+contra"
    r"|det\s+talade\s+ordet\s+gäller|det\s+talte\s+ord\s+g[æj]ld?er"
    r"|(?:alleen\s+)?het\s+gesproken\s+woord\s+geldt"
    r"|fa\s+fede\s+(?:solo\s+)?il\s+(?:testo|discorso)\s+pronunciato"
    # Greek administrative acts carry the posting notice the law on their publication
    # online requires ("ΑΝΑΡΤΗΤΕΟ ΣΤΟ ΔΙΑΔΙΚΤΥΟ", to be posted on the internet).
    r"|αναρτητ[εέ][αοά]\s+στο\s+διαδ\w*)",
    re.I,
)


def is_handling_notice(text: str) -> bool:
    """True when ``text`` opens on a release's handling notice."""
    return bool(_HANDLING_NOTICE.match(text))


__all__ = ["is_handling_notice"]

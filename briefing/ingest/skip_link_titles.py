"""A page saved as text that opens on its browser title run into the skip link.

A page saved or scraped to text with its markup flattened keeps the document's
``<title>`` first, and the page's first control, the skip link for keyboard and screen
reader users ("Skip to content", "Gå til indhold", "Zum Inhalt springen"), right after
it on the same line. Every accessible site prints that link first, so the words before
it on the text's first line are the page's browser title: "Headline - Site name" or the
headline alone. It is read only when the picker found no title (a page saved on one
line is one run of menus and text, no line of it title-shaped); the site's name after a
dash is then left out as ``browser_titles.without_site_name`` leaves it. Session 42
(txttitle): Denmark's Prime Minister's Office and the Danish Armed Forces as saved on one
line, Malaysia's foreign ministry as a browser copies it (already titled by its headline's
second printing).
"""

from __future__ import annotations

from briefing.lazyre import lazy

# The skip link's wording in the languages releases are printed in.
_SKIP_LINK = lazy(
    r"^[ \t]*+(?P<title>[^\n]{3,300}?)[ \t]{1,8}(?:skip\s+to\s+(?:the\s+)?(?:main\s+)?content|"
    r"skip\s+navigation|g[åa]\s+til\s+(?:hoved)?indhold(?:et)?|hopp\s+til\s+(?:hoved)?innhold|"
    r"hoppa\s+till\s+(?:huvud)?inneh[åa]ll(?:et)?|siirry\s+(?:sis[äa]lt[öo][öo]n|"
    r"p[äa][äa]sis[äa]lt[öo][öo]n)|(?:direkt\s+)?zum\s+inhalt(?:\s+springen)?|"
    r"aller\s+au\s+contenu(?:\s+principal)?|ir\s+al\s+contenido(?:\s+principal)?|"
    r"vai\s+al\s+contenuto(?:\s+principale)?|naar\s+(?:de\s+)?(?:hoofd)?inhoud|"
    r"przejd[źz]\s+do\s+(?:g[łl][óo]wnej\s+)?tre[śs]ci)\b",
    flags=2,  # re.I
)
TITLE_MIN_WORDS = 3  # a site's name alone, "Menu", is no headline


def title_before_skip_link(text: str) -> str:
    """The words before the skip link on ``text``'s first line, or ""."""
    found = _SKIP_LINK.match(text.lstrip("\ufeff\n"))
    if found is None:
        return ""
    title = " ".join(found.group("title").split())
    return title if len(title.split()) >= TITLE_MIN_WORDS else ""

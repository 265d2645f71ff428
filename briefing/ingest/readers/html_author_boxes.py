"""An "about the author" box under an article: the writer's name, role and biography.

News sites and blogs close an article with a box presenting its writer ("About the
author", "Die Autorin", "Ver biografía"): a portrait, the name linking to the writer's
page on the site, a job title and a few sentences of biography. The box is the site's,
printed the same under every piece the writer signs; the release's text ends above it.
It is told by where it links: the writer's page, a path the site keeps for its authors
("/author/jane-doe", "/autor/", "/autores/", "/auteur/"), or by the template's name for
such a box ("authorbio", "author-profile", "byline__bio"). Only after the body has begun
(the walker asks): a byline above the text links to the same page and stays for the
rules reading bylines, and so does any box giving a date (a byline set under a dek,
a teaser card of the writer's other pieces). The box is small (a biography, not a
column of text), holds no
<h1>, and is not a paragraph of the release that names the writer in a sentence.
"""

from __future__ import annotations

from briefing.ingest.dates import find_date
from briefing.ingest.readers.html_text import tag_of, tokens, words_within
from briefing.lazyre import lazy

# A path segment sites keep for their writers' pages.
# (Lower case, as sites spell their paths: "/JOURNALIST/" in a graphic's address is not one.)
_AUTHOR_PAGE = lazy(r"/(?:authors?|autor(?:es|en|in)?|auteurs?|autori|autore)/[^/?#]")
# Class/id words of a writer's presentation box (never a byline's "author" alone).
_BIO_WORDS = frozenset(
    ("bio", "biography", "authorbio", "authorprofile", "authorbox", "aboutauthor", "vita")
)
_BOXES = frozenset(("div", "section", "aside", "footer", "li"))
BIO_MIN_WORDS = 10  # a name and a role are a byline; a biography says more
BIO_MAX_WORDS = 120  # a few sentences: more is a column of text
_LINK_WORDS = 6  # the writer's name, or "View author page"


def author_box(el) -> bool:
    """True when ``el`` is a box presenting the article's writer (see the module)."""
    if tag_of(el) not in _BOXES:
        return False
    words = words_within(el, BIO_MAX_WORDS)
    if words is None or len(words) < BIO_MIN_WORDS or next(el.iter("h1"), None) is not None:
        return False
    if find_date(" ".join(el.itertext())) is not None:
        return False  # a byline with its date ("By Jane Doe, 3 May 2024"), or a teaser
    if not tokens(el).isdisjoint(_BIO_WORDS):
        return True
    for link in el.iter("a"):
        if _AUTHOR_PAGE.search(link.get("href") or "") and _short_link(link):
            return not _in_paragraph(link, el)
    return False


def _short_link(link) -> bool:
    words = words_within(link, _LINK_WORDS)
    return bool(words)


_INLINE = frozenset(("a", "span", "em", "strong", "b", "i", "small"))
_SENTENCE_WORDS = 8


def _in_paragraph(link, box) -> bool:
    """The link runs inside a sentence (a paragraph of the release naming a writer or
    linking a page under such a path): its block holds more than a few words of its own
    beside the link's."""
    block = link
    for anc in link.iterancestors():
        block = anc
        if anc is box or tag_of(anc) not in _INLINE:
            break
    own = len((block.text or "").split()) + sum(
        len((c.tail or "").split()) for c in block.iter() if c is not block
    )
    return own > _SENTENCE_WORDS

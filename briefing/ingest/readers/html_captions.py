"""A picture's caption: a line of the release, never its heading.

Pages set a photo's caption in a box of its own beside the picture: a <figcaption>, a
"wp-caption-text" paragraph, a "legend" div, an "img-metadata" span, even an <h5>
classed "bilduntertitel" (picture subtitle). It is short and stops on no full stop, so
read as a plain line it passes for a crosshead, heading the paragraphs after it. The
release's own text it is all the same (the gold convention: a photo caption set in the
article is a unit; its bare credit line, "Foto: Name", is the picture's). It is told
by where it stands, on any site: the only text in a box that holds a picture, or an
element whose class names a caption in one of the words sites use for it.
"""

from __future__ import annotations

import re

from briefing.ingest.readers.html_text import (
    BLOCKS,
    HEADINGS,
    alone_on_line,
    squash,
    tag_of,
    text_of,
    tokens,
)

# Class words naming a picture's caption (English, German, French, Italian, Spanish
# templates): "wp-caption-text", "figure__caption", "bildunterschrift", "legende".
CAPTION_WORDS = frozenset(
    (
        "caption",
        "figcaption",
        "legend",
        "legende",
        "bildunterschrift",
        "bilduntertitel",
        "bildtext",
        "didascalia",
        "leyenda",
    )
)
# A bare credit: "Foto: Name", "Quelle: Agency / Stock", "© Name" and nothing else.
_BARE_CREDIT = re.compile(
    r"^(?:©|\(c\)\s|(?:photo|photos|foto|fotos|bild|bildquelle|quelle|source|credit|crédit"
    r"|crédits|fuente|image|picture)\s*:)",
    re.I,
)
CREDIT_MAX_WORDS = 12
_PICTURES = ("img", "picture")
_SILENT = ("script", "style", "template", "noscript")
CAPTION_MAX_WORDS = 60  # a caption describes a picture in a sentence or two
_BOX_LEVELS = 3  # picture and caption sit within a few wrappers of each other
_CARD_MAX_WORDS = 80  # a card: a name, a post, a line or two; not an article


def caption_class(el) -> bool:
    """``el``'s class or id names a caption, and it is as short as one."""
    return bool(tokens(el) & CAPTION_WORDS) and len(text_of(el).split()) <= CAPTION_MAX_WORDS


def lone_caption(el) -> bool:
    """An inline element whose class names a caption, alone on its line (nothing
    beside it in its parent): ``<p class="image-annotation"><em class="caption">``,
    or the ``<em class="caption">`` under a gallery's picture. The template names the
    words a caption; set inline, they would be read as a plain line, and a caption
    short and unstopped passes for a crosshead. Bundesrat's picture boxes (session 42)."""
    if tag_of(el) in BLOCKS or not caption_class(el):
        return False
    if not alone_on_line(el):
        return False
    nxt = el.getnext()
    return nxt is None or tag_of(nxt) in BLOCKS


def bare_credit(text: str) -> bool:
    """A caption line that only credits the picture ("Quelle: Name / Agency")."""
    return len(text.split()) <= CREDIT_MAX_WORDS and bool(_BARE_CREDIT.match(text.strip()))


def picture_caption(el) -> bool:
    """``el`` is the lone text of a box that holds a picture: its caption. A card of
    lines (a contact beside a person's photo: name, phone, e-mail) is no caption."""
    words = len(text_of(el).split())
    if not 0 < words <= CAPTION_MAX_WORDS or next(el.iter("br"), None) is not None:
        return False
    if any(tag_of(child) in BLOCKS for child in el.iterdescendants()):
        return False  # a box of blocks (a title, a button): not one caption
    if sum(len(text_of(a).split()) for a in el.iter("a")) >= words:
        return False  # a link ("Download"), not a description of the picture
    node = el
    for _ in range(_BOX_LEVELS):
        parent = node.getparent()
        if parent is None or tag_of(parent) in ("body", "article", "main"):
            return False
        if squash(parent.text or ""):
            return False
        picture = False
        for sib in parent:
            if squash(sib.tail or ""):
                return False
            if sib is node or tag_of(sib) in _SILENT or not isinstance(sib.tag, str):
                continue
            if squash(text_of(sib)):
                return False  # other text beside it: a paragraph among paragraphs
            if tag_of(sib) in _PICTURES or next(sib.iter(*_PICTURES), None) is not None:
                picture = True
        if picture:
            return not _card(parent)
        node = parent
    return False


def _card(box) -> bool:
    """A picture box set beside a heading is a card (a person's photo, name and post;
    a publication's cover and title), not a figure of the text: its line is the card's."""
    outer = box.getparent()
    if outer is None or len(text_of(outer).split()) > _CARD_MAX_WORDS:
        return False  # the article around a figure, not a small card
    return any(tag_of(s) in HEADINGS for s in outer if s is not box)

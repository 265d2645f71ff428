"""A picture's credit set in a box of its own: the picture's, never a line of the release.

Sites print who owns or took a photo in a small element beside the picture, and their
templates name it for what it is: "ce-news--media--copyright", "media__caption--source",
"o-imagesource", "pix_source", "photo-credits". Its words are a name, an agency or an
address of the picture ("Foto: Name (Copyright)", "Agency / Stock", a photo site's link),
often with no "Foto:" or "©" that ``html_captions.bare_credit`` could read, so read as
text it is a stray line among the release's paragraphs (the gold convention: a photo's
caption is a unit, its credit is the picture's). It is told on any site by its class
words and where it stands: short, alone on its line, within a few wrappers of the
picture (an <img>, a <picture>, a <figure>, or a box the template names after the
picture, "c-page-intro__image", when the picture is the box's CSS background). A
<figure> holding a quotation or a table shows no picture, and a credit inside a quotation
is none: the "source" under a pull quote or a table names its speaker or its data's
office, the release's words, even beside the speaker's portrait (review1).
DBJR, Hanns-Seidel-Stiftung, Konrad-Adenauer-Stiftung, Klub Jagielloński; session 42.
"""

from __future__ import annotations

from briefing.ingest.readers.html_captions import (
    CAPTION_WORDS,
    CREDIT_MAX_WORDS,
)
from briefing.ingest.readers.html_text import (
    alone_on_line,
    chars_within,
    is_inside,
    tag_of,
    tokens,
    words_within,
)

# Class/id words naming a picture's credit or source, in the templates' English and German.
_CREDIT_WORDS = frozenset(
    (
        "copyright",
        "credit",
        "credits",
        "photocredit",
        "source",
        "imagesource",
        "bildquelle",
        "bildnachweis",
        "fotonachweis",
    )
)
# Class/id words naming the box a picture is shown in (its CSS background, no <img>).
_PICTURE_WORDS = frozenset(
    ("image", "img", "media", "photo", "picture", "pix", "bild", "foto", "figure", "thumbnail")
)
_BOX_LEVELS = 3  # picture and credit sit within a few wrappers of each other
# A picture's box holds the picture, its caption and its credit: a few sentences at most.
# A column holding pictures among paragraphs is no picture's box (a Chinese page's
# "来源" source field, set in the article's column, names the story's source).
_BOX_CHARS = 600
# What a <figure> holds when it shows no picture: a pull quote, a table, a listing.
_NO_PICTURE = ("blockquote", "table", "pre")
# A caption set in a plain <p> under the picture names what it shows in a line or so;
# the release's own paragraph beside the picture in its column runs longer.
_UNNAMED_CAPTION_WORDS = 20
_INLINE = frozenset(("a", "span", "small", "em", "i", "b", "strong", "abbr", "cite"))


def picture_credit(el) -> bool:
    """True when ``el`` is a picture's credit (see the module)."""
    if not tokens(el) & _CREDIT_WORDS:
        return False
    words = words_within(el, CREDIT_MAX_WORDS)
    if not words:
        return False
    if tag_of(el) in _INLINE and not alone_on_line(el):
        return False  # a marked word inside a sentence
    return _beside_picture(el)


def _beside_picture(el) -> bool:
    """A picture in a small box around ``el``: an <img>/<picture>/<figure>, or a box
    named so."""
    box = el
    for _ in range(_BOX_LEVELS):
        box = box.getparent()
        if box is None or tag_of(box) in ("body", "html", "article", "main"):
            return False
        if chars_within(box, _BOX_CHARS) is None:
            return False
        if tag_of(box) == "blockquote":
            return False  # a quotation's source: its speaker, beside their portrait
        if tag_of(box) == "figure" and next(box.iter(*_NO_PICTURE), None) is not None:
            return False  # a quotation's, a table's figure: its source is the text's
        if tag_of(box) == "figure" or tokens(box) & _PICTURE_WORDS:
            return True
        if next(box.iter("img", "picture"), None) is not None:
            return not _holds_paragraph(box, el)
    return False


def _holds_paragraph(box, el) -> bool:
    """Whether ``box``, an unnamed wrapper around a picture, also holds a paragraph
    longer than an unnamed caption runs besides ``el``: the release's column (a short release fits
    in the box's bound with its picture), its "Source:" line the release's own."""
    for p in box.iter("p"):
        if p is el or is_inside(el, p) or is_inside(p, el) or tokens(p) & CAPTION_WORDS:
            continue
        if words_within(p, _UNNAMED_CAPTION_WORDS) is None:
            return True
    return False

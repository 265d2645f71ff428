"""Cards of a site's other pages, each closed by its "read more" link, in a web page.

A site's news box, its "more on this topic" row and the boxes it sets between a story's
paragraphs show its other pages as cards: a date or a kind ("Nachricht", "Hintergrund"),
a headline, a line or two of blurb, and a link to the page ("Mehr erfahren", "weiter
lesen", "Leer más", "Read more"). The headline need not be the link (``html_teasers``
reads cards whose headline links), and the box need not carry a picture. None of it is
the release: a release is the page's own text and sends the reader nowhere to read it.

A card is the largest box round one such link that holds no other, a teaser's words at
most and not the page's headline (<h1>), and words beside the link's (a headline, a
blurb). The box is the site's when the page shows two cards or more, as the text rule
(``teaser_links``) asks of a copied page: one link alone may close the release ("Read
more about the programme" under its last paragraph). A link set in a paragraph's
sentence is the paragraph's, never a card's; so is a link that follows a sentence on its
own line, in whatever box ("Grants for insulation and heat pumps. Learn more"): a card
sets its headline and blurb in boxes of their own over the link.
"""

from __future__ import annotations

from briefing.ingest.readers.html_text import BLOCKS, tag_of, text_of, words_within
from briefing.ingest.teaser_links import MIN_CARDS, READ_MORE

# A card's words: a kind, a date, a headline, a blurb of two or three sentences.
CARD_MAX_WORDS = 80
LABEL_MAX_WORDS = 4  # "Continue reading", "czytaj więcej", "→ Lire la suite"
_TOP = frozenset(("body", "html", "main"))
# The last words of READ_MORE's labels, and the marks set after them: a link ending on
# none of them is no "read more" (a cheap test first, every link of the page is asked).
_LAST_WORDS = frozenset(
    "more mehr lesen weiterlesen erfahren suite plus más mas leyendo meer lezen tutto più piu "
    "leggere mais więcej wiecej подробнее далее reading story article".split()
)
_MARKS = ".…•·→»›>)]"
# Boxes a card is drawn in (a paragraph is the release's, whatever it links to).
_CARD_BOXES = frozenset(("div", "article", "section", "li", "figure", "aside", "a"))


def _is_label(el) -> bool:
    words = words_within(el, LABEL_MAX_WORDS)
    return bool(words) and bool(READ_MORE.match(" ".join(words)))


def _page_link(a) -> bool:
    """A link to another page: not to a place on this one, a script or an address."""
    href = (a.get("href") or "").strip().lower()
    return bool(href) and not href.startswith(("#", "javascript:", "mailto:", "tel:"))


def _label(a):
    """The link's "read more": the link itself, or a part of it set apart (an arrow's
    span with "Leer más" after the headline, all one link); None if it reads otherwise."""
    words = text_of(a).split()  # (one read of the link; most links fail the next test)
    while words and not words[-1].strip(_MARKS):
        words.pop()  # (a mark set apart after the label: "Read more ›", "Weiterlesen »")
    if (
        not words
        or words[-1].strip(_MARKS).lower() not in _LAST_WORDS
        or not any(READ_MORE.match(" ".join(words[-k:])) for k in range(1, LABEL_MAX_WORDS + 1))
    ):
        return None
    if len(words) <= LABEL_MAX_WORDS:
        return a
    parts = (part for part in a.iterdescendants() if isinstance(part.tag, str))
    return next((part for part in parts if _is_label(part)), None)


def _in_sentence(a) -> bool:
    """The link sits in a paragraph beside words of its own: the paragraph's link."""
    for anc in a.iterancestors():
        tag = tag_of(anc)
        if tag == "p":
            words = words_within(anc, CARD_MAX_WORDS)
            own = words_within(a, CARD_MAX_WORDS)
            return words is None or own is None or len(words) > len(own)
        if tag in _CARD_BOXES or tag in _TOP:
            return False
    return False


# A sentence the link closes on its own line: its words, and how much text to read back.
SENTENCE_MIN_WORDS = 6
_LINE_READ_CHARS = 200
_STOPS = ".!?"


def _closes_a_sentence(a) -> bool:
    """The link follows a sentence of its block's on the same line ("... for insulation
    and heat pumps. Learn more"): the release's item pointing to more, not a card, whose
    headline and blurb sit in boxes of their own over the link."""
    before = _line_before(a).strip()
    return before[-1:] in _STOPS and len(before.split()) >= SENTENCE_MIN_WORDS


def _line_before(a) -> str:
    """The text before the link on its line, back to a block, a break or the block's
    start (the last ``_LINE_READ_CHARS`` characters or so: the test needs no more)."""
    pieces: list[str] = []  # (read backwards)
    read = 0
    node = a
    while (parent := node.getparent()) is not None and read < _LINE_READ_CHARS:
        for sib in node.itersiblings(preceding=True):
            pieces.append(sib.tail or "")
            if tag_of(sib) in BLOCKS or tag_of(sib) == "br":
                return "".join(reversed(pieces))
            pieces.append(text_of(sib))
            read += len(pieces[-1]) + len(pieces[-2])
            if read >= _LINE_READ_CHARS:
                return "".join(reversed(pieces))
        pieces.append(parent.text or "")
        if tag_of(parent) in BLOCKS:
            break
        node = parent
    return "".join(reversed(pieces))


def read_more_cards(root) -> set:
    """The boxes of the page's cards closed by a "read more" link (see the module), or an
    empty set when the page shows fewer than two."""
    page = root.getroottree().getroot()
    labels = {}
    for a in page.iter("a"):
        if (
            (label := _label(a)) is not None
            and _page_link(a)
            and not _in_sentence(a)
            and not _closes_a_sentence(a)
        ):
            labels[a] = label
    links = list(labels)
    if len(links) < MIN_CARDS:
        return set()
    closing = set(links)
    cards: set = set()
    for a in links:
        label_words = len(words_within(labels[a], CARD_MAX_WORDS) or ())
        box = None
        for anc in a.iterancestors():
            if tag_of(anc) in _TOP:
                break
            words = words_within(anc, CARD_MAX_WORDS)
            if words is None or next(anc.iter("h1"), None) is not None:
                break
            if any(other in closing and other is not a for other in anc.iter("a")):
                break
            if len(words) > label_words and tag_of(anc) in _CARD_BOXES:
                box = anc
        if box is not None:
            cards.add(box)
    return cards if len(cards) >= MIN_CARDS else set()

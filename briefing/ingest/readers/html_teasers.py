"""A list of teasers: the site's links to its other pages, set beside or under a release.

News pages, ministries and NGOs print their latest items ("Aktuell", "The latest
updates", "Other recent stories") as a row of boxes of one kind, each a headline linking
to another page with its date or a line of summary. Read as the release's text, each
headline becomes a false heading holding the next box's summary. On any site such a
list is told by its shape: three or more sibling boxes of the same tag and class, each
holding a heading whose words are a link (the headline is the way to the other page),
some words that are not linked (a date, a summary), and no more than a teaser's words.
A release's own sections are headed by headings that link nowhere; its own list of
documents is a list of links without a heading in each entry.

A teaser also comes alone or in pairs, set between the release's paragraphs or under
them ("Mehr zum Thema", "Read also", "Frétt af mbl.is"): one box with a picture, a
headline linking to another page and a line or two of summary (``teaser_card``). The
picture tells it from a short section of the release whose heading happens to link: a
release illustrates its text with figures, not with a thumbnail beside a link.
"""

from __future__ import annotations

from briefing.ingest.readers.html_text import HEADINGS, is_inside, tag_of, text_of, words_within

MIN_TEASERS = 3
# A teaser's words: a headline, a date, a summary of two or three sentences.
TEASER_MAX_WORDS = 80


def teaser_list(el) -> bool:
    """True when ``el``'s children are a row of teasers (see the module)."""
    if len(el) < MIN_TEASERS:
        return False
    groups: dict[tuple[str, str], int] = {}
    for child in el:
        tag = tag_of(child)
        if not tag:
            continue
        kind = (tag, ((child.get("class") or "").split() or [""])[0])
        groups[kind] = groups.get(kind, 0) + 1
    kind, count = max(groups.items(), key=lambda item: item[1], default=(("", ""), 0))
    if count < MIN_TEASERS:
        return False
    boxes = [c for c in el if tag_of(c) == kind[0] and _first_class(c) == kind[1]]
    return all(_teaser(box) for box in boxes)


# Boxes a site sets a lone teaser card in.
_CARD_TAGS = frozenset(("div", "section", "article", "aside", "li"))


def teaser_card(el) -> bool:
    """True when ``el`` is one teaser on its own: a box of a teaser's words whose
    headline links to another page, with a picture (see the module)."""
    if tag_of(el) in ("ul", "ol"):  # a list of one or two such cards
        items = [li for li in el if tag_of(li)]
        return bool(items) and all(tag_of(li) == "li" and teaser_card(li) for li in items)
    if tag_of(el) not in _CARD_TAGS or not _teaser(el):
        return False
    # The page's headline (<h1>) is the release's own, however its box is drawn; a
    # box with an e-mail or phone link is a person's card (html_contacts), which a
    # teaser of another page never carries.
    if next(el.iter("h1"), None) is not None or any(
        (a.get("href") or "").lower().startswith(("mailto:", "tel:")) for a in el.iter("a")
    ):
        return False
    return next(el.iter("img", "picture"), None) is not None


def _first_class(el) -> str:
    return ((el.get("class") or "").split() or [""])[0]


def _teaser(box) -> bool:
    words = words_within(box, TEASER_MAX_WORDS)
    if not words:
        return False
    heading = next(box.iter(*HEADINGS), None)
    if heading is None or not text_of(heading).strip():
        return False
    if tag_of(box) == "a" or any(
        tag_of(a) == "a" and is_inside(a, box) for a in heading.iterancestors()
    ):
        return True  # the whole box is the link: headline and summary
    if next(heading.iter("a"), None) is None:
        return False  # a heading linking nowhere heads a section of the text
    linked = sum(len(text_of(a).split()) for a in box.iter("a"))
    return linked < len(words)  # words of its own beside the headline: a date, a summary

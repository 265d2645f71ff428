"""A release's press-contact box that a page sets after its text, in a box the site
styles as a sidebar or a "related" panel ("Kontakt" over its press officer's card).

Templates put the release's contact in a box of its own beside or under the article
column, and name that box after the column it sits in ("related-content", an <aside>
marked "complementary"), so the furniture rules drop it with the menus. But the box is
the release's: it names who answers questions about this release, as the contact lines
at the foot of a printed release do. A caption that names a contact, a card of a few
short lines, a person's name on a line of its own and a way to reach them (a phone
number, an e-mail) tell it from a site's menus and footers, which carry many links and
no card of their own; the portrait and the name tell it from a site's own contact block
(its offices' numbers, its newsroom's desks, its address), and it must come after the
release's text (a site's "Kontakt" block in the header is its menu's).
"""

from __future__ import annotations

import re

from briefing.ingest import patterns as P
from briefing.ingest.readers.html_text import squash, tag_of
from briefing.lazyre import lazy

# The box's caption: "Kontakt", "Kontakt an ETHZ", "Contacts presse", "Media contact",
# "Ihr Ansprechpartner", "Pressekontakt", "Contacto de prensa".
_CAPTION = lazy(
    r"^(?:(?:media|press|news)\s+)?(?:kontakte?|contacts?|contactos?|contatti|kontaktperson(?:en)?"
    r"|(?:ihr(?:e)?\s+)?ansprechpartner(?:in|innen)?|ansprechpersonen?|pressekontakte?"
    r"|medienkontakte?|rückfragen|(?:media|press)\s+(?:enquiries|inquiries))\b",
    re.I,
)
_LONE_LINK_WORDS = 3
# A phone number as cards print it ("Tel. 089 / 5 14 69 76 11", "+41 58 765 5076"):
# patterns.CONTACT_LINE wants "Tel:" with its colon.
# (Spaced or slashed groups, or a leading +: a date's "2022-01-20" is no number.)
# Bounded groups: a run of digits or separators as long as a page costs no more than a
# number (test_regex_budget).
_PHONE = lazy(r"\+\d[\d /().-]{6,40}\d|(?<![\d-])\d{1,6}(?:(?:[ /()]| - )[ /()]{0,2}\d{1,6}){2,8}")
_CAPTION_MAX_WORDS = 6  # "Kontakt an ETHZ", "Contact presse du ministère": no sentence
_BOX_MAX_WORDS = 80  # two or three cards; a box of paragraphs is not a card
_LINE_MAX_WORDS = 15  # a card's line: a name, an office, an address, a number
# Elements a site's menus, forms and lists of links are made of; a card has none.
_SITE_PARTS = frozenset(("nav", "form", "input", "select", "button", "footer"))
_PERSON = lazy(r"[A-ZÄÖÜ][^\W\d_]{1,30}\.?(?:[ -][A-ZÄÖÜ][^\W\d_]{1,30}\.?){1,3}")
_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_REACH_HREF = ("mailto:", "tel:", "javascript:linkto_uncryptmailto")


def _lines(el) -> list[str]:
    """The box's text pieces in order, blank ones left out."""
    return [t for t in (squash(s) for s in el.itertext()) if t]


def contact_box(el) -> bool:
    """Whether ``el`` is a release's contact box: a contact caption first, then a card
    of a few short lines reaching a person (a phone, an e-mail or a name)."""
    if tag_of(el) not in ("div", "section", "aside"):
        return False
    caption = next((t for t in (squash(s) for s in el.itertext()) if t), "")
    if len(caption.split()) > _CAPTION_MAX_WORDS or not _CAPTION.match(caption):
        return False  # checked first: it reads only as far as the box's first words
    pieces = _lines(el)
    if len(pieces) < 2:
        return False
    words = sum(len(p.split()) for p in pieces)
    if words > _BOX_MAX_WORDS or any(len(p.split()) > _LINE_MAX_WORDS for p in pieces):
        return False
    if next(el.iter(*_SITE_PARTS), None) is not None:
        return False
    if any(a.get("href") and not _reaches(a) for lst in el.iter("ul", "ol") for a in lst.iter("a")):
        return False  # a list of links to other pages: a menu, not a card's icons (or
        # the card's own "more" toggle, which opens no page)
    if any(
        (a.get("role") or "").lower() == "contentinfo" or tag_of(a) == "footer"
        for a in el.iterancestors()
    ):
        return False  # the site's address in its footer
    if next(el.iter("img"), None) is None:
        # A press officer's card comes with the person's portrait; a site's own contact
        # block (its offices' numbers, its street address) is text alone.
        return False
    # The card names its person on a line of their own ("Felix Example"): a newsroom's
    # or an office's box gives numbers and desks ("Redaktion: 0661 ...") instead.
    others = [part for part in _box_parts(el) if not _card_like(part)]
    if len(others) > 1 or not all(_lone_link(part) for part in others):
        return False  # a sidebar holding the card and the site's link boxes: the card
        # is read on its own, as the smaller box it sits in
    card = pieces[1:]
    reach = any(_reaches(a) for a in el.iter("a")) or any(
        P.CONTACT_LINE.search(p) or _PHONE.search(p) for p in card
    )
    return reach and any(_PERSON.fullmatch(p) for p in card)


def _reaches(link) -> bool:
    """A link that phones or mails someone (an icon on a card), not one to a page."""
    return (link.get("href") or "").lower().startswith(_REACH_HREF)


def _box_parts(el) -> list:
    """The box's parts in order: its caption's element, then its cards (see box_cards)."""
    while True:
        parts = [child for child in el if isinstance(child.tag, str) and _lines(child)]
        if len(parts) != 1 or (el.text or "").strip():
            break
        el = parts[0]
    return [card for box in parts for card in _cards_in(box)]


def _card_like(part) -> bool:
    """A part that reaches someone (a phone, an e-mail), or the box's caption. (A
    name alone does not tell: German capitalises every noun, "Mein Konto".)"""
    pieces = _lines(part)
    text = " ".join(pieces)
    return (
        (len(text.split()) <= _CAPTION_MAX_WORDS and bool(_CAPTION.match(text)))
        or any(P.CONTACT_LINE.search(p) or _PHONE.search(p) for p in pieces)
        or any(_reaches(a) for a in part.iter("a"))
    )


def _lone_link(part) -> bool:
    """A link of a few words under the cards ("Medienstelle", "All contacts")."""
    link = part if tag_of(part) == "a" else next(part.iter("a"), None)
    return link is not None and len(" ".join(_lines(part)).split()) <= _LONE_LINK_WORDS


def box_cards(el) -> list[tuple[str, bool]]:
    """The box's lines as a reader takes them: its caption, then one line per card
    (a card's name, office, address, phone and e-mail are one contact, set on lines of
    their own only for the narrow column). Each as (text, is_caption)."""
    out: list[tuple[str, bool]] = []
    caption = next((h for h in el.iter(*_HEADING_TAGS) if _lines(h)), None)
    caption_text = " ".join(_lines(caption)) if caption is not None else ""
    if not (
        caption_text
        and len(caption_text.split()) <= _CAPTION_MAX_WORDS
        and _CAPTION.fullmatch(caption_text)
        and _lines(el)[0] == caption_text
    ):
        caption_text = ""
    for part in _box_parts(el):
        text = " ".join(_lines(part))
        if caption_text and not out and text != caption_text and text.startswith(caption_text):
            # The caption set in the card's own header ("<h6>Kontakt</h6><h5>Name</h5>"):
            # still the caption over the card, not the card's first words.
            out.append((caption_text, True))
            text = text[len(caption_text) :].strip()
        caption = (
            not out
            and tag_of(part) in _HEADING_TAGS
            and len(text.split()) <= _CAPTION_MAX_WORDS
            and bool(_CAPTION.match(text))
        )
        out.append((text, caption))
    return out


_CARD_BOXES = frozenset(("div", "section", "article", "li"))


def _cards_in(part) -> list:
    """A grid of cards (a box holding two or more boxes of text and no words of its
    own) is read card by card; anything else is one card."""
    if (part.text or "").strip() or any((c.tail or "").strip() for c in part):
        return [part]
    inner = [c for c in part if isinstance(c.tag, str) and _lines(c)]
    if len(inner) < 2 or any(tag_of(c) not in _CARD_BOXES for c in inner):
        return [part]
    return [card for c in inner for card in _cards_in(c)]

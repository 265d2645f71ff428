"""A contact block's caption over its card, in a release's tail: the tests ``roles``
asks before it reads a caption ("Contacts", "Pressekontakt", "Media enquiries") as the
heading of the release's contacts rather than a site's menu entry or footer caption."""

from __future__ import annotations

from briefing.ingest import patterns as P
from briefing.ingest.segment import Block

CARD_NAME_MAX_WORDS = 8  # a holder's name or office, with a phone or an e-mail at most


def opens_card(blocks: list[Block], i: int) -> bool:
    """Whether block ``i``'s first line is a card's first line: a few words (its phone
    number and e-mail aside), not a field's label ("Office:") nor a sentence of
    instructions."""
    if i >= len(blocks):
        return False
    first = blocks[i].text.strip().split("\n", 1)[0].strip()
    named = [w for w in first.split() if "@" not in w and not any(c.isdigit() for c in w)]
    return (
        0 < len(named) <= CARD_NAME_MAX_WORDS
        and not first.endswith(":")
        and not P.ends_sentence(first)
    )


CONTACTS_REACH = 4  # blocks under "Contacts:" where a number or address shows it heads them


def contacts_under(blocks: list[Block], i: int) -> bool:
    """A telephone number, an e-mail or a contact's field within the next few blocks."""
    return any(
        P.CONTACT_LINE.search(b.text) or P.CONTACT_START.match(b.text.strip())
        for b in blocks[i + 1 : i + 1 + CONTACTS_REACH]
    )


def heads_contact_card(blocks: list[Block], i: int) -> bool:
    """A release's contact heading in other words ("Media enquiries", "Ansprechpartner",
    "Pressekontakt") over a card of short lines that reaches a phone number or an e-mail:
    the release's contacts (``web_chrome.contact_card``), however short the lines under it
    (the menu rules would take them for a menu)."""
    if not P.CONTACT_HEAD.match(blocks[i].text.strip()):
        return False
    from briefing.ingest.web_chrome import CARD_MAX_LINES, contact_card

    texts = [block.text for block in blocks[i : i + 1 + CARD_MAX_LINES]]
    return bool(contact_card(texts, list(range(len(texts)))))

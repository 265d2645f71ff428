"""A contact block's caption over its card, in a release's tail: the tests ``roles``
asks before it reads a caption ("Contacts", "Pressekontakt", "Media enquiries") as the
heading of the release's contacts rather than a site's menu entry or footer caption."""

from __future__ import annotations

import re

from briefing.ingest import patterns as P
from briefing.ingest.segment import Block
from briefing.lazyre import lazy

# A press or communications office named on a card ("Directorate General Communications",
# "Media Office", "Pressestelle") or its mailbox ("media@", "presse@"): the office that
# answers for a release. A company's name with "Media" in it is no office ("X Media GmbH"),
# nor a ministry's with "Communications" ("Ministry of Communications"): the word alone is
# an office only as one ("Communications Department", "Directorate General Communications").
PRESS_OFFICE = lazy(
    r"\b(?:(?:directorate[- ]general|department of|division of|office of) communications?"
    r"|communications? (?:department|division|directorate|office|unit|team)"
    r"|(?:press|media|information) (?:office|department|relations|unit|team|desk)"
    r"|public (?:affairs|relations)|spokesperson|pressestelle|pressesprecher(?:in)?"
    r"|medienstelle|unternehmenskommunikation|kommunikation|porte-parole"
    r"|service de presse|gabinete de prensa|oficina de prensa|ufficio stampa|persvoorlichting)\b"
    r"|\b(?:media|press|presse|pressestelle|comms|communications?|prensa|stampa)@",
    re.I,
)

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


CARD_LINE_MAX_WORDS = 10  # one line of a card: a name, an office, a street, a town


def contacts_under(blocks: list[Block], i: int) -> bool:
    """A telephone number, an e-mail or a contact's field within the next few blocks, or
    further down a card set one line to a block (name, office, street, town, then the
    number: a pasted page puts a blank line between the card's lines)."""
    from briefing.ingest.web_chrome import CARD_MAX_LINES

    for k, block in enumerate(blocks[i + 1 : i + 1 + CARD_MAX_LINES]):
        text = block.text.strip()
        if P.CONTACT_LINE.search(text) or P.CONTACT_START.match(text):
            return True
        if k + 1 >= CONTACTS_REACH and (
            "\n" in text or len(text.split()) > CARD_LINE_MAX_WORDS or P.ends_sentence(text)
        ):
            return False
    return False


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


def names_press_office(blocks: list[Block], i: int) -> bool:
    """Whether the card under caption ``i`` (its next few blocks) names a press or
    communications office or its mailbox. A site's footer gives its owner's postal
    address and switchboard under "Contact"; the card that names the office answering
    the press is the release's own, even where a site's tag list or links stand between
    it and the release's last paragraph."""
    return any(PRESS_OFFICE.search(b.text) for b in blocks[i + 1 : i + 1 + CONTACTS_REACH])

"""A line the format styles as a heading that is the first line of a contact card.

Converters set a card's first line (a person's name, an office) in bold or as a heading
like the crossheads of the text. A crosshead names the text under it; a card's name line
has under it only the card's other short lines (an office, a phone number, an e-mail
address) before the next styled line or the end. Such a line is the card's first line, one
unit with the lines under it (tests/corpus/README.md), never a section of the release.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.ingest import patterns as P
from briefing.ingest.segment import Block

CARD_LINES = 3  # a card under its name line: an office, a phone, an e-mail line
_CARD_LINE_WORDS = 12  # a card's line is short: a number or an address, not a sentence


def heads_card(blocks: Sequence[Block], i: int) -> bool:
    """Whether the lines under styled block ``i``, up to the next styled line or the end,
    are a contact card's lines only: at most ``CARD_LINES`` short lines, one of them a
    phone number, an e-mail address or a post box (``P.CONTACT_LINE``)."""
    text = blocks[i].text.strip()
    if P.CONTACT_START.match(text) or text.endswith(":"):
        return False  # "Contacts:" names the card under it: a heading of its own
    under = []
    for block in blocks[i + 1 : i + 2 + CARD_LINES]:
        if block.style.startswith("heading"):
            break
        under.append(block.text.strip())
    if not under or len(under) > CARD_LINES:
        return False
    if any(len(line.split()) > _CARD_LINE_WORDS or P.ends_sentence(line) for line in under):
        return False
    return any(P.CONTACT_LINE.search(line) for line in under)

"""A title of two words, printed alone over the text.

A release always has a name, and a short one ("Pilotage rules", "TARIFS PORTUAIRES",
"Board statement") is still one. The title picker asks three words of a
candidate, since among other lines of a head a two-word line is most often the page's
category ("Press briefing", "News & Events"). But when nothing in the head can be the
title, the one short line standing right over the text, set apart from what is above it
(or opening the text), is the name the text was given: a category, menu entry, date,
letterhead or control label is refused by ``fits`` as in any head.

Read only as a last resort (no other line of the head, no stacked cover title), on the
line right over the body's first block. Not the text's first line when lines of its shape
head sections further down (``first_section``): a body copied without its title opens on
its first section's heading ("Harbour traffic" / prose / "Tariffs" / prose ...). Not
over a speaker's turn ("THE CHAIR: Members will come to order"): a record of a sitting
heads each item of its business so ("QUESTION TIME", "PETITIONS"), its first turn right
under; a transcript's name stands over its date, place and speakers, not on the first turn.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing.ingest.first_section import opens_on_section
from briefing.ingest.speakers import turn_label

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

SHORT_TITLE_WORDS = 2
SHORT_TITLE_MAX_SKIPPED = 3  # "For immediate release" / "Share" / the day
# Letters in the two words together: "Board statement" has 14; "Mr Li", "No. 7" are no
# name of a text.
SHORT_TITLE_MIN_LETTERS = 8


def short_title_over_body(
    blocks: list[Block],
    body_start: int,
    fits: Callable[[str], bool],
    passed_over: Callable[[str], bool],
) -> int | None:
    """The index of the two-word line right over the body when it names the text (see
    the module's doc), or None. ``fits`` says whether a line may be a title's (no date,
    category, letterhead, menu entry or furniture); ``passed_over``, whether a line set
    between a headline and its text may stand between them (a handling notice, a
    control's label, the day)."""
    if body_start >= len(blocks):
        return None
    at = body_start - 1
    # (Past what a page sets between its headline and text: "For immediate release",
    # "Share", the day; each is refused as a title by ``fits``, and says nothing of it.)
    while at > 0 and body_start - at <= SHORT_TITLE_MAX_SKIPPED and passed_over(blocks[at].text):
        at -= 1
    if at < 0:
        return None
    block = blocks[at]
    text = block.text.strip()
    if "\n" in text or block.label is not None or block.style == "table":
        return None
    if at > 0 and not block.blank_before:
        return None  # (a line run on from the one above: a letterhead's, a menu's)
    words = text.split()
    if len(words) != SHORT_TITLE_WORDS or not all(any(c.isalpha() for c in w) for w in words):
        return None
    if sum(c.isalpha() for c in text) < SHORT_TITLE_MIN_LETTERS:
        return None
    if at == 0 and opens_on_section(blocks, 0):
        return None  # (the first of the text's section headings, its siblings further down)
    if turn_label(blocks[body_start].text) is not None:
        return None  # (an item of a sitting's business over its first turn)
    return at if fits(text) else None

"""A page's title printed twice under a notice the page opens with.

A page copied from a browser prints its own title twice, close together: as the trail's
last step (or the browser's title line) and as its heading. Above the first copy, the
site may print a sentence or a few that read as prose (a cookie notice, a pitch to sign
up, the blurbs of its sections) and were read as the body's first paragraphs. A release's
body runs on under its title; it does not open with a handful of paragraphs, then print
the same headline twice and start again. So when a title-shaped line is printed twice a
few lines apart, with few prose blocks above it, the page's own text starts under the
second copy, and the title is that line.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.ingest.crumb_trails import norm_line
from briefing.ingest.segment import Block

REPEAT_LOOKAHEAD = 200  # blocks past the body's guessed start (a site's menus are long)
REPEAT_GAP = 5  # the trail's last step to the heading: a date, a section's name between
NOTICE_PROSE_MAX = 4  # prose blocks a site prints above the page's own title
PROSE_BETWEEN_COPIES = 1  # (a page's metadata line glued into a paragraph's shape)
REPEATED_TITLE_MIN_WORDS = 3  # (a section's one- or two-word name repeats in menus)


def title_repeated_below(
    blocks: list[Block],
    body_start: int,
    shaped: Callable[[Block], bool],
    prose: Callable[[Block], bool],
) -> int | None:
    """The second copy of a title-shaped line printed twice, ``REPEAT_GAP`` blocks apart
    at most, under no more than ``NOTICE_PROSE_MAX`` prose blocks from ``body_start``;
    None when there is none, when the line is already in the head, or when the head
    repeats a title-shaped line of its own (then its title is there, and the lines
    printed twice below are the page's controls or links)."""
    head: set[str] = set()
    for block in blocks[:body_start]:
        key = norm_line(block.text)
        if key in head and shaped(block):
            return None  # (the head prints its own title twice: the page's text is under it)
        head.add(key)
    seen: dict[str, tuple[int, int]] = {}  # a line's first copy, prose blocks above it
    prose_blocks = 0
    for i in range(body_start, min(len(blocks), body_start + REPEAT_LOOKAHEAD)):
        block = blocks[i]
        if prose(block):
            prose_blocks += 1
            if prose_blocks > NOTICE_PROSE_MAX:
                return None
            continue
        if block.label is not None or "\n" in block.text.strip():
            continue
        if len(block.text.split()) < REPEATED_TITLE_MIN_WORDS or not shaped(block):
            continue
        key = norm_line(block.text)
        if key in head:
            continue
        first = seen.get(key)
        # (The trail's step and the heading stand together, a date or a section's name
        # between; a line printed under each of several paragraphs, a quote's speaker,
        # is the paragraphs' attribution.)
        if (
            first is not None
            and i - first[0] <= REPEAT_GAP
            and prose_blocks - first[1] <= PROSE_BETWEEN_COPIES
        ):
            return i
        seen[key] = (i, prose_blocks)
    return None

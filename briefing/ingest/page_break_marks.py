"""Page-break marks on blocks: which blocks open a page (a form feed before them).

A `pdftotext` copy keeps a form feed where each page begins. Segmenting parts a
paragraph at a page break wherever its halves look like two blocks (a capital after
the break: "... the Red" / form feed / "River Compact ..."); `mend` may join them again
only knowing a page ended there, since a capital after a blank line is otherwise a new
paragraph. The mark is read off the lines once, after the blocks are made: a block
opens after a page break when a form feed stands on its first line or on a blank line
between it and the block above.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class _Line(Protocol):
    text: str


class _Marked(Protocol):
    after_page_break: bool


def page_starts(lines: Sequence[_Line]) -> frozenset[int]:
    """The indexes of the lines a form feed opens."""
    return frozenset(i for i, line in enumerate(lines) if line.text.startswith("\f"))


def mark_page_breaks(
    starts: frozenset[int], lines: Sequence[_Line], blocks: Sequence[_Marked], block_of: list[int]
) -> None:
    """Set ``after_page_break`` on each block whose first line is the first filled line
    after a page's start (``starts``: lines a form feed opened). ``block_of`` maps each
    line to its block."""
    seen: set[int] = set()  # blocks whose first filled line has passed
    page_break = False  # a page started since the last filled line
    for index, (line, block) in enumerate(zip(lines, block_of, strict=False)):
        if index in starts:
            page_break = True
        if not line.text.strip():
            continue
        if page_break and block not in seen and block < len(blocks):
            # (A filled line joined to the lines above carries a page break the
            # segmenter already read through: its block opened earlier.)
            blocks[block].after_page_break = True
        page_break = False
        seen.add(block)

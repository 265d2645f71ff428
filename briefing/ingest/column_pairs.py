"""Short lines alternating with short numbered lines: a two-column table, not crossheads.

A table of two columns copied as text (a numbered name and an office, a numbered field
and its value) comes one cell a line: "Office" / "1. Hon. Jane Example, M.P." / "Minister
of Examples" / "2. Hon. John Example, M.P." / "Minister of Samples". Each unnumbered cell
then sits over one numbered cell that is no sentence, the next unnumbered cell follows it
at once, and the numbering runs on across them, so the rule that takes a short line over
a numbered one for a crosshead would make every second cell a heading over the next.

A crosshead heads a section: paragraphs, or a list whose entries follow each other. It
does not alternate with one short numbered line, in the same family, row after row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

CELL_MAX_WORDS = 12  # a cell is a short line; a paragraph under a crosshead is longer
PROSE_MIN_WORDS = 8  # ("1. The Committee met on 5 May.": a numbered paragraph, no cell)


def _cell(block: Block) -> bool:
    """A short line, no sentence of prose: a table's cell (its words, not a paragraph)."""
    count = block.word_count
    return count <= CELL_MAX_WORDS and not (count >= PROSE_MIN_WORDS and block.ends_sentence)


def _row(blocks: list[Block], a: int, family: str | None) -> bool:
    """Whether ``a`` (unnumbered) and ``a + 1`` (numbered, of ``family`` when given) are
    two cells of one row: short lines, the numbered one alone under the other."""
    if a < 0 or a + 1 >= len(blocks):
        return False
    left, right = blocks[a], blocks[a + 1]
    if left.label is not None or right.label is None or left.style or right.style:
        return False
    if right.label.family.startswith("bullet") or (family and right.label.family != family):
        return False  # (bullets mark a list's entries, not a table's numbered rows)
    if a + 2 < len(blocks) and blocks[a + 2].label is not None:
        return False  # two numbered lines under the line: a list, its section's content
    return _cell(left) and _cell(right)


def alternates_with_numbered(blocks: list[Block], i: int) -> bool:
    """Whether the short line ``i`` and the numbered line under it are one row of a run
    of such rows (the row above or the row below has the same shape and numbering)."""
    if not _row(blocks, i, None):
        return False
    family = blocks[i + 1].label.family  # type: ignore[union-attr]
    return _row(blocks, i + 2, family) or _row(blocks, i - 2, family)

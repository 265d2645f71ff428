"""Where a data grid starts in the body's head: its dates belong to its records.

Without a dateline, the release's date is read from the head (the text up to the lead
paragraph's end). A paper that opens on a table of records (an annex listing convictions
with their sentence dates, a matrix of recommendations citing the sessions that made
them, a course schedule) has no lead: the first date of the grid is a record's field,
not the day the paper was issued. A release dates itself over such a grid (a dateline, a
letterhead of one or two rows, a "Date: | ..." form of two cells a row), never in it.

The readers set a table's row on one line, its cells joined by " | " (docx, HTML,
Markdown, PDF grids). A grid is rows of three cells or more that follow each other: a
row, then at least two more among the next few paragraphs (a merged row such as "Theme:
A12 ..." may sit between them).
"""

from __future__ import annotations

from briefing.lazyre import lazy

_CELL_SEPARATOR = " | "
MIN_CELLS = 3  # (a form's "Date: | 16 May 2025" row has two: a label and its value)
MIN_ROWS = 3  # (a letterhead table has one or two rows)
ROW_REACH = 4  # (the paragraphs after a row looked at for the grid's next rows)
HEAD_SCAN_CHARS = 4000  # (the head's dates are read from its first 4000 characters)
_PARAGRAPH = lazy(r"[^\n]+")


def _is_grid_row(line: str) -> bool:
    return line.count(_CELL_SEPARATOR) >= MIN_CELLS - 1


def head_before_grid(text: str, head_end: int) -> str:
    """The head ``text[:head_end]``, cut where a data grid's first row starts in it (the
    grid's later rows may lie past ``head_end``); the whole head without one."""
    scan_end = min(head_end, HEAD_SCAN_CHARS)
    paragraphs: list[tuple[int, str]] = []
    for m in _PARAGRAPH.finditer(text):
        if m.group().strip():
            paragraphs.append((m.start(), m.group()))
        # (only the head's rows and the few after its last one are looked at)
        if len(paragraphs) > ROW_REACH and paragraphs[-ROW_REACH - 1][0] >= scan_end:
            break
    for i, (start, line) in enumerate(paragraphs):
        if start >= scan_end:
            break
        if not _is_grid_row(line):
            continue
        following = paragraphs[i + 1 : i + 1 + ROW_REACH]
        if sum(_is_grid_row(row) for _, row in following) >= MIN_ROWS - 1:
            return text[:start]
    return text[:head_end]

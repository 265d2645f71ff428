"""Tables of a laid-out PDF read as rows: the cells set side by side on one baseline
become one line, "cell | cell", as the DOCX and HTML readers give a table row."""

from __future__ import annotations

import itertools

from briefing.ingest.readers.pdf_lines import PdfLine

_MIN_ROWS = 3  # a masthead's two rows of cells ("United Nations" | "A/RES/1/1") are no table
_MAX_CELL_WORDS = 12  # cells hold names, figures, short phrases; prose runs across


def table_rows(page: list[PdfLine]) -> list[PdfLine]:
    """The page's lines with each table row joined into one line (``table`` set).

    A table is a run of three or more consecutive rows of cells set side by side in the
    same column of text, every cell short and lined up (left edge, right edge or centre)
    with a cell of the run's first row: a voting record, a list of figures, an agenda
    with its times. Read cell by cell, each name would be cut from its value."""
    groups = [
        list(group)
        for _key, group in itertools.groupby(page, key=lambda line: (line.row, line.column))
    ]
    out: list[PdfLine] = []
    i = 0
    while i < len(groups):
        j = i
        while j < len(groups) and _row_of_cells(groups[j]) and _aligned(groups[i], groups[j]):
            j += 1
        if j - i >= _MIN_ROWS:
            out.extend(_joined(group) for group in groups[i:j])
            i = j
        else:
            out.extend(groups[i])
            i += 1
    return out


def _row_of_cells(group: list[PdfLine]) -> bool:
    return len(group) >= 2 and all(len(cell.text.split()) <= _MAX_CELL_WORDS for cell in group)


def _aligned(head: list[PdfLine], row: list[PdfLine]) -> bool:
    if len(row) != len(head):
        return False
    tolerance = max(cell.size for cell in head)
    for a, b in zip(head, row, strict=True):
        if not (
            abs(a.x0 - b.x0) <= tolerance
            or abs(a.x1 - b.x1) <= tolerance
            or abs((a.x0 + a.x1) - (b.x0 + b.x1)) <= 2 * tolerance
        ):
            return False
    return True


def _joined(group: list[PdfLine]) -> PdfLine:
    first = group[0]
    pieces = [piece for cell in group for piece in cell.pieces]
    line = PdfLine(pieces, first.page, first.row, column=first.column)
    line.text = " | ".join(cell.text for cell in group)
    line.markers = [marker for cell in group for marker in cell.markers]
    line.table = True
    return line

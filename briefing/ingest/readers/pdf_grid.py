"""Ruled tables of a laid-out PDF: the cells between drawn rules read as rows.

A table whose cells wrap over several lines ("Action 45:" / "Review special envoy," /
"representative, coordinator and" beside "Work package lead ->" / "Secretary-General"
...) has no baseline that holds one row: read line by line, every cell line becomes a
paragraph of its own and the cells beside it are mixed into it. Word processors and
the UN's presses draw such tables with rules, and the rules say where each cell ends:
vertical rules part the columns, horizontal ones the rows. Each row becomes one line,
"cell | cell | cell", as the DOCX and HTML readers give a table row.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from briefing.ingest.readers.pdf_lines import PdfLine

_THIN = 3.0  # a rule is a stroke (or a filled bar) this thick at most
_MIN_LENGTH = 6.0  # shorter strokes are glyph parts, ticks and bullets
_SAME = 2.0  # rules this close are one
# A table's column holds at least a short word and a table has a handful of columns;
# rules standing closer or in greater number are hatching, a chart's bars or a cover's
# artwork.
_MIN_COLUMN = 15.0
_MAX_RULES = 12
_MAX_CELL_WORDS = 60  # a cell longer than a short paragraph is a page's body in a frame


@dataclass
class Strokes:
    """The thin horizontal and vertical rules drawn on a page (PDF units, y up)."""

    horizontal: list[tuple[float, float, float]]  # (x0, x1, y)
    vertical: list[tuple[float, float, float]]  # (x, y0, y1)


@dataclass
class Grid:
    """A ruled table: its box, inner column boundaries (left to right) and inner row
    boundaries (top to bottom)."""

    left: float
    right: float
    top: float
    bottom: float
    columns: list[float]
    rows: list[float]
    vertical: list[tuple[float, float, float]]  # the rules themselves: (x, y0, y1)

    def holds(self, line: PdfLine) -> bool:
        middle = (line.x0 + line.x1) / 2
        return self.bottom < line.y < self.top and self.left <= middle <= self.right


def turn_strokes(strokes: Strokes, turned: int) -> Strokes:
    """A page's rules placed as the page is shown turned 90 or 270 degrees clockwise
    (see pdf_chars.page_pieces): the page's horizontal rules stand upright, and so on."""
    if turned == 90:  # shown x = page y, shown y = -page x
        return Strokes(
            [(y0, y1, -x) for x, y0, y1 in strokes.vertical],
            [(y, -x1, -x0) for x0, x1, y in strokes.horizontal],
        )
    return Strokes(  # 270: shown x = -page y, shown y = page x
        [(-y1, -y0, x) for x, y0, y1 in strokes.vertical],
        [(-y, x0, x1) for x0, x1, y in strokes.horizontal],
    )


def page_strokes(page) -> Strokes:
    """The thin rules among the page's drawn paths (in forms too)."""
    import pypdfium2.raw as raw

    strokes = Strokes([], [])
    try:
        for x0, y0, x1, y1 in _path_bounds(raw, page):
            if y1 - y0 <= _THIN and x1 - x0 >= _MIN_LENGTH:
                strokes.horizontal.append((x0, x1, (y0 + y1) / 2))
            elif x1 - x0 <= _THIN and y1 - y0 >= _MIN_LENGTH:
                strokes.vertical.append(((x0 + x1) / 2, y0, y1))
    except Exception:  # an odd drawing is no reason to lose the page's text
        return Strokes([], [])
    return strokes


def _path_bounds(raw, page) -> Iterator[tuple[float, float, float, float]]:
    """The boxes of the page's drawn paths, and of those in its forms one level down,
    asked of PDFium directly: ``page.get_objects`` builds a Python object for every
    object of the page, text runs included, before filtering (a page of 357,000 text
    runs took seconds)."""
    import ctypes

    path, form = raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM
    kind, bounds = raw.FPDFPageObj_GetType, raw.FPDFPageObj_GetBounds
    box = [ctypes.c_float() for _ in range(4)]
    refs = [ctypes.byref(value) for value in box]

    def objects(count, get, parent) -> Iterator:
        for i in range(max(count(parent), 0)):
            obj = get(parent, i)
            if obj:
                yield obj

    for obj in objects(raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, page.raw):
        found = kind(obj)
        if found == form:  # (its own paths, in the page's order)
            inner = objects(raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, obj)
            for child in inner:
                if kind(child) == path and bounds(child, *refs):
                    yield box[0].value, box[1].value, box[2].value, box[3].value
        elif found == path and bounds(obj, *refs):
            yield box[0].value, box[1].value, box[2].value, box[3].value


def find_grids(strokes: Strokes) -> list[Grid]:
    """The ruled tables drawn on a page: vertical rules standing side by side over a
    common stretch of the page, with horizontal rules across them. A box (a sidebar,
    a page frame) has rules only at its edges and no column inside: it is no table."""
    grids: list[Grid] = []
    for group in _overlapping(strokes.vertical):
        bottom = min(y0 for _, y0, _ in group)
        top = max(y1 for _, _, y1 in group)
        xs = _clusters([x for x, _, _ in group])
        if len(xs) > _MAX_RULES or any(b - a < _MIN_COLUMN for a, b in pairwise(xs)):
            continue
        across = [
            (x0, x1, y)
            for x0, x1, y in strokes.horizontal
            if bottom - _SAME <= y <= top + _SAME and x0 < xs[-1] and x1 > xs[0]
        ]
        if not across:
            continue
        left = min(min(x0 for x0, _, _ in across), xs[0])
        right = max(max(x1 for _, x1, _ in across), xs[-1])
        inner = [x for x in xs if left + _SAME < x < right - _SAME]
        # Row rules cross most of the table (one stroke, or one per cell).
        rows = [
            y
            for y in _clusters([y for _, _, y in across])
            if bottom + _SAME < y < top - _SAME and _covered(across, y) >= 0.5 * (right - left)
        ]
        if inner and rows:
            rows.sort(reverse=True)
            grids.append(Grid(left, right, top, bottom, inner, rows, group))
    return grids


def grid_rows(page: list[PdfLine], grids: list[Grid]) -> list[PdfLine]:
    """The page's lines with each ruled table's lines replaced by one line a row (at the
    place of the table's first line). A table whose text stands in one column only is
    left as it is: its rules frame a box, not cells."""
    for grid in grids:
        inside = [line for line in page if grid.holds(line) and not line.table]
        if not inside:
            continue
        rows = _rows(inside, grid)
        if rows is None:
            continue
        at = page.index(inside[0])
        kept = [line for line in page if line not in inside]
        page = kept[:at] + rows + kept[at:]
    return page


def _crosses(line: PdfLine, grid: Grid) -> bool:
    """A word of ``line`` runs across one of the grid's vertical rules: text set over
    a drawing (a cover, a chart's gridlines), not in a cell, whose rules part it."""
    for piece in line.pieces:
        for x, y0, y1 in grid.vertical:
            if piece.x0 + 1 < x < piece.x1 - 1 and y0 - 1 <= piece.y <= y1 + 1:
                return True
    return False


def _rows(lines: list[PdfLine], grid: Grid) -> list[PdfLine] | None:
    if any(_crosses(line, grid) for line in lines):
        return None
    cells: dict[int, dict[int, list[PdfLine]]] = {}
    used: set[int] = set()
    bands = [grid.top, *grid.rows, grid.bottom]
    for line in lines:
        row = sum(1 for y in grid.rows if y > line.y)
        # A cell merged across columns has no rule inside it: the row's own rules part
        # its cells ("Baseline Inflation Forecasts" over "2019 | 2.7 | 2.6").
        columns = _row_columns(grid, bands[row], bands[row + 1])
        by_column: dict[int, list] = {}
        for piece in line.pieces:
            column = bisect_right(columns, (piece.x0 + piece.x1) / 2)
            column = grid.columns.index(columns[column - 1]) + 1 if column else 0
            by_column.setdefault(column, []).append(piece)
        for column, pieces in by_column.items():
            part = PdfLine(pieces, line.page, line.row, column=line.column)
            cells.setdefault(row, {}).setdefault(column, []).append(part)
            used.add(column)
    if len(used) < 2 or not _tabular(cells):
        return None
    out: list[PdfLine] = []
    for row in sorted(cells):
        texts = [
            " ".join(part.text for part in cells[row][column]) for column in sorted(cells[row])
        ]
        parts = [part for column in sorted(cells[row]) for part in cells[row][column]]
        first = min(parts, key=lambda part: (-part.y, part.x0))
        pieces = sorted(
            (piece for part in parts for piece in part.pieces), key=lambda p: (-p.y, p.x0)
        )
        line = PdfLine(pieces, first.page, first.row, column=first.column)
        # The row reads from its first line (its y), in its first cell's type.
        line.y, line.size, line.x0 = first.y, first.size, min(p.x0 for p in parts)
        line.text = " | ".join(text for text in texts if text)
        line.markers = [marker for part in parts for marker in part.markers]
        line.table = True
        out.append(line)
    return out


def _row_columns(grid: Grid, top: float, bottom: float) -> list[float]:
    """The grid's inner column boundaries that have a rule standing in this row."""
    inside = [
        x
        for x in grid.columns
        if any(
            abs(rx - x) <= _SAME and y0 < top - _SAME and y1 > bottom + _SAME
            for rx, y0, y1 in grid.vertical
        )
    ]
    return inside


def _tabular(cells: dict[int, dict[int, list[PdfLine]]]) -> bool:
    """Cells of a table: short (names, figures, a phrase or two), and most rows filled
    in two columns or more. Rules round a page's body (a frame, a margin line beside
    its text, a rule under each section) make "cells" of whole paragraphs, or one
    filled column beside a column of bullets; read as rows, they would cut the text."""
    words = [
        sum(len(part.text.split()) for part in parts)
        for row in cells.values()
        for parts in row.values()
    ]
    if max(words, default=0) > _MAX_CELL_WORDS:
        return False
    filled = sum(1 for row in cells.values() if len(row) >= 2)
    return filled >= max(1, len(cells) // 2)


def _overlapping(vertical: list[tuple[float, float, float]]) -> list[list]:
    """Vertical rules grouped where their stretches of the page overlap (or touch)."""
    groups: list[list] = []
    for rule in sorted(vertical, key=lambda r: -r[2]):
        for group in groups:
            if any(rule[1] <= other[2] + _SAME and rule[2] >= other[1] - _SAME for other in group):
                group.append(rule)
                break
        else:
            groups.append([rule])
    return groups


def _clusters(values: list[float]) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > _SAME:
            out.append(value)
    return out


def _covered(across: list[tuple[float, float, float]], y: float) -> float:
    """How much of the width the strokes at height ``y`` cover together."""
    spans = sorted((x0, x1) for x0, x1, at in across if abs(at - y) <= _SAME)
    total, reach = 0.0, float("-inf")
    for x0, x1 in spans:
        if x1 > reach:
            total += x1 - max(x0, reach)
            reach = x1
    return total

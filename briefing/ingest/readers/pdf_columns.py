"""Two-column pages: read the left column, then the right one."""

from __future__ import annotations

from collections import Counter

from briefing.ingest.readers.pdf_lines import PdfLine

# A page is set in two columns when a vertical gutter near the middle is crossed by at
# most this share of its text lines and each side holds at least _SIDE of them.
_CROSSING = 0.1
_SIDE = 0.3
_MIN_LINES = 12  # of text lines (_MIN_CHARS or more): a masthead's short cells are not columns
_MIN_CHARS = 20


def column_order(page: list[PdfLine], known: float | None = None) -> list[PdfLine]:
    """The page's lines in reading order: unchanged for one column; for two, the lines
    spanning the gutter above the columns (a title), the left column, the right column,
    then spanning lines below them (notes set full width). ``known``: the gutter other
    pages of the document were found to have."""
    return split_columns(page, known)[0]


def document_columns(pages: list[list[PdfLine]]) -> list[list[PdfLine]]:
    """Every page in reading order. A document set in two columns keeps its gutter
    from page to page: a page whose right column is short (the last page, a column
    cut by a table) is read in the columns the other pages show, as long as its lines
    still leave the gutter free."""
    ordered = [split_columns(page) for page in pages]
    gutters = [gutter for _, gutter in ordered if gutter is not None]
    if not gutters:
        return [lines for lines, _ in ordered]
    known = sorted(gutters)[len(gutters) // 2]
    return [
        lines if gutter is not None else split_columns(page, known)[0]
        for (lines, gutter), page in zip(ordered, pages, strict=True)
    ]


def split_columns(page: list[PdfLine], known: float | None = None):
    """(lines in reading order, the gutter's x or None for one column)."""
    text_lines = [line for line in page if len(line.text) >= _MIN_CHARS]
    if known is not None:
        gutter = _known_gutter(text_lines, known)
    else:
        if len(text_lines) < _MIN_LINES:
            return page, None
        left = min(line.x0 for line in text_lines)
        right = max(line.x1 for line in text_lines)
        width = right - left
        gutter = _gutter(text_lines, left + 0.3 * width, left + 0.7 * width)
    if gutter is None:
        return page, None
    lefts = [line for line in page if line.x1 <= gutter]
    rights = [line for line in page if line.x0 >= gutter]
    spanning = [line for line in page if line.x0 < gutter < line.x1]
    top = max(line.y for line in lefts + rights)
    above = [line for line in spanning if line.y > top]
    below = [line for line in spanning if line.y <= top]
    for line in lefts + rights:
        line.shared = False  # side by side only because the columns are
    for line in rights:
        line.column = 1
    return above + lefts + rights + below, gutter


def _known_gutter(lines: list[PdfLine], gutter: float) -> float | None:
    """``gutter`` when this page's text leaves it free and has text on both sides."""
    if not lines or sum(1 for line in lines if line.x0 < gutter < line.x1) > _CROSSING * len(lines):
        return None
    lefts = sum(1 for line in lines if line.x1 <= gutter)
    rights = sum(1 for line in lines if line.x0 >= gutter)
    return gutter if lefts and rights else None


def _gutter(lines: list[PdfLine], lo: float, hi: float) -> float | None:
    best: tuple[int, float] | None = None
    x = lo
    while x <= hi:
        crossing = sum(1 for line in lines if line.x0 < x < line.x1)
        if best is None or crossing < best[0]:
            best = (crossing, x)
        x += 2.0
    if best is None or best[0] > _CROSSING * len(lines):
        return None
    gutter = best[1]
    for side in (
        [line for line in lines if line.x1 <= gutter],
        [line for line in lines if line.x0 >= gutter],
    ):
        if len(side) < _SIDE * len(lines):
            return None
        # A column of text is flush left: most of its lines start at one x.
        starts = Counter(round(line.x0) for line in side)
        if starts.most_common(1)[0][1] < 0.5 * len(side):
            return None
    return gutter

"""A page's number printed as the page's topmost or lowest line, further in from the
sheet's edge than the bands ``pdf_furniture`` looks in.

A printed page smaller than the sheet it is set on keeps its own margins inside the
sheet's: the US Government Publishing Office sets its 6 x 9 inch bill and report pages on
Letter sheets, a trimmed book or report keeps its crop margins, a scan keeps the glass
around the paper. Its page number then stands an inch or more lower than a band measured
from the sheet's top reaches, alone on the page's first (or last) line, and is read into
the paragraph under it ("307 (3) CLOUD COMPUTING.--The term ...").

The page's outermost line holding nothing but a number is the page's number when those
numbers advance one a page through the document (306 on the first page, 307 on the
second): a body's first or last line is not a lone number counting the pages. Taken when
two pages or more print one, all of them in step with the page order.
"""

from __future__ import annotations

from briefing.ingest.readers.pdf_lines import PdfLine
from briefing.lazyre import lazy

_BARE_NUMBER = lazy(r"^\s*\d{1,4}\s*$")
MIN_PAGES = 2  # pages printing their number at the edge, in step


def take_edge_numbers(pages: list[list[PdfLine]]) -> tuple[list[list[PdfLine]], list[str]]:
    """The pages without their edge page numbers, and the numbers taken."""
    for from_top in (True, False):
        found = _edge_numbers(pages, from_top)
        if len(found) >= MIN_PAGES and len({int(line.text) - n for n, line in found}) == 1:
            taken = {id(line) for _, line in found}
            kept = [[line for line in page if id(line) not in taken] for page in pages]
            return kept, [line.text.strip() for _, line in found]
    return pages, []


def _edge_numbers(pages: list[list[PdfLine]], from_top: bool) -> list[tuple[int, PdfLine]]:
    """(page index, line) for each page whose outermost line (the top or the foot) holds a
    bare number alone on its baseline."""
    found: list[tuple[int, PdfLine]] = []
    for n, page in enumerate(pages):
        if len(page) < 2:
            continue
        pick = max if from_top else min
        edge = pick(page, key=lambda line: line.y)
        if not _BARE_NUMBER.match(edge.text) or edge.shared:
            continue
        if sum(1 for line in page if line.row == edge.row) > 1:
            continue  # (a table's row of figures, a number beside a running head)
        found.append((n, edge))
    return found

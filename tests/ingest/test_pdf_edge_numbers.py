"""A page set smaller than its sheet (a bill print's 6 x 9 inch page on Letter paper)
prints its number as the page's top line, below the band measured from the sheet's edge:
taken when the numbers advance one a page; a body's lone figure is kept (made-up pages)."""

from __future__ import annotations

from briefing.ingest.readers.pdf_chars import Piece
from briefing.ingest.readers.pdf_edge_numbers import take_edge_numbers
from briefing.ingest.readers.pdf_furniture import strip_furniture
from briefing.ingest.readers.pdf_lines import PdfLine

BOX = (0.0, 792.0)  # a Letter sheet
BODY = "(a) IN GENERAL.--The Secretary shall train harbour pilots in district {}."


def _line(text: str, y: float, n: int) -> PdfLine:
    return PdfLine([Piece(text, 180.0, 420.0, y, 10.0, False, False)], page=n, row=int(y), y=y)


def _pages(tops: list[str]) -> list[list[PdfLine]]:
    # The page's top line at 669 pt: 15.5 % down the sheet, just past the band.
    return [
        [_line(top, 669.0, n), *(_line(BODY.format(k), 640.0 - 14 * k, n) for k in range(8))]
        for n, top in enumerate(tops)
    ]


def test_page_numbers_at_the_top_of_a_page_set_smaller_than_its_sheet_are_taken():
    pages = _pages(["306", "307", "308"])
    kept, removed = strip_furniture(pages, [BOX] * 3)
    assert not removed  # (outside the band: the sheet's margin is not the page's)
    kept, taken = take_edge_numbers(kept)
    assert taken == ["306", "307", "308"]
    assert all(line.text != "306" for page in kept for line in page)


def test_lone_figures_out_of_step_with_the_pages_stay():
    # A figure alone at a page's top that does not count the pages (a table's total run
    # over, a year) is no page number.
    kept, taken = take_edge_numbers(_pages(["2030", "2030", "2031"]))
    assert taken == []
    assert kept[0][0].text == "2030"
    _, taken = take_edge_numbers(_pages(["306", "Section 2", "Section 3"]))
    assert taken == []  # (one page alone shows nothing)

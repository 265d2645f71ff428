"""A line set like a crosshead with nothing but type smaller than the body's under it
(a figure's labels, a table's rows) up to the next crosshead is the graphic's own title,
not a section of the text (issue 11). Made-up PDFs written with the fixture builder of
test_readers_pdf (Courier 10 body, Helvetica-Bold crossheads)."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file
from tests.ingest.test_readers_pdf import body, make_layout_pdf


def small(text: str) -> list:
    return [(text, "mono", 7, 0)]


def styles(tmp_path: Path, page: list) -> dict[str, str]:
    lines = read_file(make_layout_pdf(tmp_path / "t.pdf", [page])).lines
    return {line.text: line.style for line in lines}


PAGE = [
    (72, 780, [("Statement on the prices of fuel", "bold", 16, 0)]),
    (72, 750, body("The ministry reviewed the prices of fuel sold at retail")),
    (72, 738, body("outlets and kept them where they stood last month.")),
    (72, 714, [("Background", "bold", 10, 0)]),
    (72, 700, body("Prices follow a formula that passes on the cost of imports")),
    (72, 688, body("and the exchange rate to the buyer at the pump.")),
    (72, 664, [("Prices over the year", "bold", 10, 0)]),
    (72, 650, small("Month        Petrol      Diesel")),
    (72, 642, small("January      120.00      99.00")),
    (72, 634, small("February     125.00      101.00")),
    (72, 626, small("Source: the ministry's price records")),
    (72, 602, [("Outlook", "bold", 10, 0)]),
    (72, 588, body("The next review of the formula is due in the spring.")),
]


def test_a_crosshead_over_small_type_only_is_a_graphic_title(tmp_path: Path) -> None:
    found = styles(tmp_path, PAGE)
    assert not found["Prices over the year"].startswith("heading")


def test_crossheads_over_body_text_stay_headings(tmp_path: Path) -> None:
    found = styles(tmp_path, PAGE)
    assert found["Background"].startswith("heading")
    assert found["Outlook"].startswith("heading")

"""A cover's title printed again over the text on the next page ("Harbour Board Meeting"
on the cover, "MINUTES OF THE HARBOUR BOARD MEETING" over the minutes) names the whole
document: it is no section heading (pdf_restated_title). A first crosshead on that page
that does not hold the title's words stays a heading. Made-up PDFs written with the
fixture builder of test_readers_pdf (Courier 10 body, Helvetica-Bold display type)."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file
from tests.ingest.test_readers_pdf import body, make_layout_pdf

COVER = [
    (72, 600, [("Harbour Board Meeting", "bold", 24, 0)]),
    (72, 560, [("March 2031", "bold", 12, 0)]),
]


def _minutes(head: str) -> list:
    return [
        (72, 780, [(head, "bold", 16, 0)]),
        (72, 750, body("The board met on the third of March with all its members")),
        (72, 738, body("present and the harbour master in attendance as usual.")),
        (72, 714, [("Background", "bold", 10, 0)]),
        (72, 700, body("Traffic in the outer basin rose over the winter and the")),
        (72, 688, body("quays were full on most days of the month of February.")),
        (72, 664, [("Decision", "bold", 10, 0)]),
        (72, 650, body("The board agreed to open the new quay in the summer.")),
    ]


def styles(tmp_path: Path, head: str) -> dict[str, str]:
    pdf = make_layout_pdf(tmp_path / "m.pdf", [COVER, _minutes(head)])
    return {line.text: line.style for line in read_file(pdf).lines}


def test_the_title_restated_over_the_text_is_no_heading(tmp_path: Path) -> None:
    found = styles(tmp_path, "MINUTES OF THE HARBOUR BOARD MEETING")
    assert not found["MINUTES OF THE HARBOUR BOARD MEETING"].startswith("heading")
    assert found["Background"].startswith("heading")


def test_a_first_crosshead_without_the_title_words_stays_a_heading(tmp_path: Path) -> None:
    found = styles(tmp_path, "Attendance and apologies")
    assert found["Attendance and apologies"].startswith("heading")


def test_a_section_holding_the_title_words_after_a_page_of_text_stays_a_heading(
    tmp_path: Path,
) -> None:
    # No cover: the title's page holds the text, so a heading on the next page that
    # names the title's words is a section of it ("Next ... Meeting"), no restated title.
    first = [
        (72, 780, [("Harbour Board Meeting", "bold", 24, 0)]),
        (72, 740, body("The board met on the third of March with all its members")),
        (72, 728, body("present and the harbour master in attendance as usual.")),
        (72, 704, [("Background", "bold", 10, 0)]),
        (72, 690, body("Traffic in the outer basin rose over the winter and the")),
        (72, 678, body("quays were full on most days of the month of February.")),
    ]
    second = [
        (72, 780, [("Next Harbour Board Meeting", "bold", 10, 0)]),
        (72, 766, body("The board will meet again on the first of April at noon.")),
        (72, 742, [("Decision", "bold", 10, 0)]),
        (72, 728, body("The board agreed to open the new quay in the summer.")),
    ]
    pdf = make_layout_pdf(tmp_path / "p.pdf", [first, second])
    found = {line.text: line.style for line in read_file(pdf).lines}
    assert found["Next Harbour Board Meeting"].startswith("heading")

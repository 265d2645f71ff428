"""A short line in a regular face set larger than the body is no heading when the
document prints its prose in that size too (a form's typed entries set larger than its
printed labels, a cover's introduction larger than the minutes): it is a short paragraph
in the text's second size (pdf_text_sizes). A larger line in a size no prose uses stays
a heading. Made-up PDFs written with the fixture builder of test_readers_pdf (Courier 10
body, Helvetica for the larger type)."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file
from tests.ingest.test_readers_pdf import body, make_layout_pdf


def typed(text: str) -> list:
    return [(text, "sans", 12, 0)]


def styles(tmp_path: Path, page: list) -> dict[str, str]:
    lines = read_file(make_layout_pdf(tmp_path / "f.pdf", [page])).lines
    return {line.text: line.style for line in lines}


LABELS = [
    (72, 780, [("Summary Report of an Incident", "bold", 16, 0)]),
    (72, 750, body("Reports that leave out a field below are sent back to the")),
    (72, 738, body("office that filed them, with a note of what is missing.")),
    (72, 714, body("Case number: 0000-EX")),
    (72, 700, typed("Age: 4 Years 2 Months")),
    (72, 680, body("Details of the incident as the office recorded them:")),
]
TYPED = [
    (72, 666, typed("On the first day of the month the office heard that a")),
    (72, 652, typed("child had been taken to the hospital with an injury and")),
    (72, 638, typed("sent a worker to the family on the same afternoon.")),
    (72, 614, body("Findings of the office and what it decided to do next:")),
    (72, 590, typed("The office worked with the police and the doctors and")),
    (72, 576, typed("closed the case once the family had moved to safety.")),
    (72, 552, body("Other facts the office holds on the family and the home:")),
]


def test_a_short_line_in_the_size_of_typed_prose_is_no_heading(tmp_path: Path) -> None:
    found = styles(tmp_path, LABELS + TYPED)
    assert not found["Age: 4 Years 2 Months"].startswith("heading")


def test_a_larger_line_in_a_size_no_prose_uses_stays_a_heading(tmp_path: Path) -> None:
    page = [
        (72, 780, [("Summary Report of an Incident", "bold", 16, 0)]),
        (72, 750, body("Reports that leave out a field below are sent back to the")),
        (72, 738, body("office that filed them, with a note of what is missing.")),
        (72, 714, typed("Findings of the office")),
        (72, 690, body("The office worked with the police and the doctors and")),
        (72, 678, body("closed the case once the family had moved to safety.")),
    ]
    found = styles(tmp_path, page)
    assert found["Findings of the office"].startswith("heading")

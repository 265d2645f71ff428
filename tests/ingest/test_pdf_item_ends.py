"""An unlabelled list's items set one a line in a PDF, each closing on a semicolon and
opening in lower case, are items, not one paragraph, when one item line was plainly
ended by hand (room left for the next line's first word): pdf_item_ends, session 42.
Made-up text, Courier 10 (6 pt a character, 60 characters fill the measure), via the
fixture of test_readers_pdf."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.test_pdf_article_starts import texts

LEAD = [
    "The council reviewed the quarterly accounts of the regional",
    "offices of Examplia and listed what it will decide:",
]


def test_items_closing_on_semicolons_are_set_apart(tmp_path: Path) -> None:
    # The first and third items fill the measure; the second leaves room for "the".
    items = [
        "the composition of the regional councils and their boards;",
        "the term of office of the members;",
        "the number of meetings to be held by each of the councils;",
        "the appeal against decisions taken by the regional boards.",
    ]
    out = texts(tmp_path, [*LEAD, *items])
    assert out[-4:] == items


def test_prose_wrapping_after_its_semicolons_stays_one_paragraph(tmp_path: Path) -> None:
    # Every line fills the measure: no line was ended by hand, so the semicolons at the
    # line ends fall inside running prose, as the measure happened to fall.
    prose = [
        "The council reviewed the quarterly accounts of the regional",
        "offices, which had kept their spending within the estimate;",
        "receipts from licences were somewhat above the figures set;",
        "the surplus will be carried over into the following budget.",
    ]
    out = texts(tmp_path, prose)
    assert len(out) == 1


def test_a_line_opening_on_a_conjunction_goes_on_with_its_item(tmp_path: Path) -> None:
    items = [
        "the composition of the regional councils and their boards;",
        "and the term of office of their members and of the chairs;",
        "the number of meetings to be held each year;",
        "the appeal against decisions taken by the regional boards.",
    ]
    out = texts(tmp_path, [*LEAD, *items])
    assert any(text.startswith("the composition") and "and the term" in text for text in out)
    assert any(text.startswith("the appeal against") for text in out)

"""A data grid's dates are its records': the head's date search stops at its first row."""

from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.head_grids import head_before_grid
from briefing.ingest.pipeline import structure


def _grid_text() -> str:
    rows = [
        "No | Name of Lender | Sentence Date | Fine",
        "1 | Example Credit Pte | 05/09/2011 | 1,000",
        "2 | Sample Finance | 18/10/2011 | 2,000",
        "3 | Model Loans | 26/09/2011 | 3,000",
    ]
    return "Annex A\n\nList of past convictions\n\n" + "\n\n".join(rows)


def test_the_head_stops_where_a_grid_of_records_starts() -> None:
    text = _grid_text()
    assert head_before_grid(text, len(text)) == "Annex A\n\nList of past convictions\n\n"


def test_a_letterhead_row_or_a_forms_two_cells_are_no_grid() -> None:
    letterhead = "Ministry of Examples | Press Release | 12 March 2024\n\nThe Minister said ..."
    assert head_before_grid(letterhead, len(letterhead)) == letterhead
    form = "Date: | 16 May 2025\n\nPlace: | Headquarters\n\nChair: | A. Person\n\nText"
    assert head_before_grid(form, len(form)) == form


def test_rows_past_the_heads_end_still_make_the_grid() -> None:
    text = _grid_text()
    end = text.index("\n\n1 |")
    assert head_before_grid(text, end) == "Annex A\n\nList of past convictions\n\n"


def test_an_annex_of_dated_records_is_no_dated_release() -> None:
    lines = [Line(t, style="table" if " | " in t else "") for t in _grid_text().split("\n\n")]
    release = structure(Extracted(lines=lines, format="docx", blocks_are_paragraphs=True))
    assert release.date == ""

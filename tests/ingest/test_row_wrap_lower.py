"""A line opening in lower case under a table row that ends no clause goes on with that
row's sentence: no table row and no text after a table opens in lower case, so a column
of prose read as a row keeps its wrap (text_tables.row_break). Made-up text."""

from __future__ import annotations

from briefing.ingest.text_tables import layout_rows, row_break

_ROWS = [
    "Objective            Status        Lead office",
    "Supply planning      Complete      Office of the",
    "review of supply plans in the eastern region.",
    "Stock audits         Pending       Audit unit",
    "Fleet renewal        Open          Transport desk.",
    "due to start next year.",
]


def test_lower_case_line_under_an_open_row_is_no_next_row() -> None:
    rows = layout_rows(_ROWS)
    assert rows[:2] == [0, 1]
    assert row_break(_ROWS, rows, 1, 1, 2) is None  # the normal wrap rules decide


def test_line_under_a_row_ending_a_sentence_still_starts_a_unit() -> None:
    rows = layout_rows(_ROWS)
    assert 4 in rows
    assert row_break(_ROWS, rows, 4, 4, 5) is False

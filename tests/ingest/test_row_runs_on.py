"""A line read as a table's row that stops mid-sentence, on a word in lower case or a
comma, goes on into the line under it: justified prose as ``pdftotext -layout`` spreads
it word by word, or a column of prose set beside another, is no table whose next line
starts a row (text_tables._runs_on); ``row_break`` leaves it to the prose rules (None).
Made-up text."""

from __future__ import annotations

from briefing.ingest.text_tables import row_break

# A justified line of an act's list, spread word by word, ending on "tentang" (about).
_SPREAD = [
    "    2.   Undang-Undang      Nomor     12    Tahun   2031     tentang",
    "         Contoh (Lembaran Negara Republik Contoh Tahun 2031 Nomor 5);",
]

# Two columns of prose side by side: the left column's sentence goes on.
_COLUMNS = [
    "    The Board of Examplia agreed that the        prices had risen in most",
    "    rates would stay unchanged for a month.      regions of the country.",
]

# Two columns: the right column's sentence goes on, the left one starts a paragraph.
_NEW_LEFT = [
    "    The rates would stay unchanged for now.      prices had risen in most",
    "    Also present: Jane Example, Adviser.         regions of the country.",
]

# A column's heading ends on a word in lower case; the paragraph under it opens anew.
_HEADING = [
    "    1. Analysis of the examples                   prices had risen in most",
    "    Recent data had shown a slower growth of      regions of the country.",
]

# A table's rows: a first cell in lower case ending on a comma beside its figures.
_TABLE = [
    "    per kg, wholesale,                12.5          13.0",
    "    per kg, retail,                   11.0          11.4",
]

# A row of single-word cells, most of them figures, ending on a unit.
_FIGURES = [
    "    Rice      12.5      13.0      14.1      kg",
    "    Wheat     11.0      11.4      12.0      kg",
]


def test_a_spread_line_ending_mid_sentence_goes_on() -> None:
    assert row_break(_SPREAD, [0], 0, 0, 1) is None


def test_a_column_of_prose_going_on_is_no_next_row() -> None:
    assert row_break(_COLUMNS, [0, 1], 0, 0, 1) is None


def test_only_the_cell_in_the_lines_column_counts() -> None:
    assert row_break(_NEW_LEFT, [0, 1], 0, 0, 1) is False


def test_a_row_with_figures_starts_the_next_row() -> None:
    assert row_break(_TABLE, [0, 1], 0, 0, 1) is False


def test_a_spread_row_of_figures_starts_the_next_row() -> None:
    assert row_break(_FIGURES, [0, 1], 0, 0, 1) is False


def test_a_column_heading_ending_in_lower_case_keeps_its_break() -> None:
    assert row_break(_HEADING, [0, 1], 0, 0, 1) is False

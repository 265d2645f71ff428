"""A table copied from a browser, one cell a line, after the release: its column heads
over dates look like a sidebar's teasers (headline over date, twice), but its bare
figures say it is the release's table, which stays. All text here is made up."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text
from briefing.ingest.table_cells import holds_table_cells, is_figure_cell

HEAD = [
    "Examplia Central Bank keeps its key rate",
    "On 3 March 2031 the Board of Directors decided to keep the key rate at 7.50 per cent"
    " a year, since inflation has slowed as expected and growth is steady.",
    "The next meeting of the Board on the key rate is scheduled for 12 May 2031, and its"
    " decision will be published at noon that day.",
    "Rates on the bank's main operations",
]
TABLE = [
    "Instrument",
    "Rate since",
    "28.01.31",
    "Rate since",
    "03.03.31",
    "Overnight loans",
    "8.50",
    "9.00",
    "Lombard loans",
    "9.25",
    "9.75",
    "Deposit auctions",
    "6.50",
    "7.00",
    "Full rates on all the bank's operations are given in its table of rates.",
    "Overnight loans are priced at the key rate plus one percentage point.",
]


def test_figure_cells() -> None:
    assert is_figure_cell("8.50") and is_figure_cell("12.4%") and is_figure_cell("6,000")
    assert not is_figure_cell("2031") and not is_figure_cell("Page 3")
    assert holds_table_cells(TABLE)
    assert not holds_table_cells(["Rate since", "28.01.31", "12", "2031"])


def test_a_copied_tables_cells_stay() -> None:
    kept = release_from_text("\n".join(HEAD + TABLE) + "\n").text
    assert "Overnight loans" in kept and "Deposit auctions" in kept

"""The date search's shortcuts (a line's answer remembered, the year forms skipped
where no four figures stand in a row) give the answers of the full search."""

from briefing.ingest import dates
from briefing.ingest.dates import find_date


def test_a_line_without_four_figures_holds_no_searched_date() -> None:
    assert find_date("Policy item 12") is None
    assert find_date("Open 3 July, 10:30") is None


def test_dates_without_four_figures_are_still_read() -> None:
    # (a two-figure year on a line of its own, a Japanese era's first year)
    assert (find_date("19/04/13").year, find_date("19/04/13").month) == (2013, 4)
    found = find_date("令和元年5月1日")
    assert found is not None and (found.year, found.month, found.day) == (2019, 5, 1)


def test_a_remembered_answer_is_the_searched_one() -> None:
    line = "Published 5 March 2024"
    first = find_date(line)
    assert first == find_date(line) == dates._find_date(line, True)
    assert first is not None and (first.year, first.month, first.day) == (2024, 3, 5)
    long_text = "word " * 60 + "on 7 May 2021"
    assert find_date(long_text) == dates._find_date(long_text, True)

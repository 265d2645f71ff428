"""A line in heading type right under the title, with no other line of the text set as
large, is the title's deck (a headline under a kicker, a subtitle), not the heading of
the text's first part; with a sibling in its type below, it stays the first heading.
Made-up pages."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.helpers import heading_texts, read_release

_BODY = """<p>The harbour board has decided to keep the dredging levy at its present level
for the coming year, after a review of the accounts of the fund.</p>
<p>The board noted that traffic through the port rose in the last quarter, and that the
reserves of the fund cover two years of work on the channel.</p>"""

_DECK = f"""<html><body><article><h1>Quarterly review of the harbour fund</h1>
<h2>Harbour board keeps the dredging levy unchanged</h2>
{_BODY}
<p>It will review the levy again in the spring, when the survey is complete.</p>
</article></body></html>"""

_FIRST_PART = f"""<html><body><article><h1>Quarterly review of the harbour fund</h1>
<h2>The levy</h2>
{_BODY}
<h2>The channel survey</h2>
<p>The survey of the outer channel will be complete in the spring, and the board will
review the levy again when it has the results of the survey.</p>
</article></body></html>"""


def _headings(tmp_path: Path, page: str) -> list[str]:
    return heading_texts(read_release(tmp_path, page, "page.html"))


def test_headline_alone_in_its_type_is_no_heading(tmp_path: Path) -> None:
    assert _headings(tmp_path, _DECK) == []


def test_first_of_sibling_headings_stays_a_heading(tmp_path: Path) -> None:
    assert _headings(tmp_path, _FIRST_PART) == ["The levy", "The channel survey"]

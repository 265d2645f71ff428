"""Text scraped from a web page with inline elements on lines of their own: joined back
into their paragraph when the text has a paragraph per line (made-up release)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.text_fragments import join_inline_breaks

LONG = "The outlook for the economy remains uncertain and the Board will watch the data closely. " * 2
SCRAPED = f"""\
On 4 May 2025, the Board of the Central Bank of Ruritania decided to keep
the key rate
at 6.00% per annum. {LONG}
Inflation is expected to fall to
3.5–4.0%
in 2025 and return to target in 2026. {LONG}
Monetary conditions
have seen no change since the previous meeting. {LONG}
The Board will hold its next meeting on
7 June 2025
. The press release is published at 13.30.
{LONG}
{LONG}
"""


def test_inline_lines_join_their_paragraph():
    lines = join_inline_breaks(SCRAPED.splitlines())
    assert lines[0].startswith("On 4 May 2025") and "the key rate at 6.00% per annum." in lines[0]
    assert any(line.startswith("Inflation is expected to fall to 3.5–4.0% in 2025") for line in lines)
    assert any(line.startswith("Monetary conditions have seen no change") for line in lines)
    assert any(line.endswith("7 June 2025. The press release is published at 13.30.") for line in lines)
    release = release_from_text(SCRAPED)
    assert not [n for n in release.root.walk() if n.kind == "heading"]


def test_hard_wrapped_text_and_front_matter_are_left_alone():
    wrapped = ["The Board decided to keep", "the key rate at 6 per cent.", "Inflation fell."] * 3
    assert join_inline_breaks(wrapped) == wrapped  # short lines: the wrap rules' job
    front = ["---", "title: A release", "date: 2025-05-04", "---", *SCRAPED.splitlines()]
    assert join_inline_breaks(front)[:4] == front[:4]


# A made-up announcement as pdftotext writes a PDF set in a small proportional font:
# lines of 100-110 characters, wrapped wherever the margin falls, no blank lines.
WIDE_WRAPPED = """\
The Governing Board of the Central Bank of Ruritania decided to keep the overnight interest rate target
at 4.25 per cent. Available indicators suggest that the world economy slowed in the fourth quarter of the
year, with weaker activity in most advanced economies and in some emerging ones, such as the Republic of
Northern Ruritania. This reflects, among other factors, trade tensions, lower business confidence and some
shocks of a transitory nature. The weaker pace of activity led to downward revisions of global growth for
the next two years and, together with lower oil prices, eased inflationary pressures in the main advanced
economies. Financial markets performed better.
Since the last decision, domestic financial asset prices also performed better. The currency gained a bit
and its volatility fell. Sovereign risk premia and medium and long-term interest rates came down sharply,
partly reversing the increases of the last months of the year, although they remain high by any standard.
Among the factors behind the better performance were lower interest rates abroad and a weaker dollar in the
Northern Republic and the approval of the budget for the coming year by the national assembly last month.
"""


def test_wide_wrapped_lines_are_no_paragraph_per_line():
    lines = WIDE_WRAPPED.splitlines()
    assert sum(len(line) > 100 for line in lines) > len(lines) / 2
    assert join_inline_breaks(lines) == lines  # (the wrap rules join them)
    release = release_from_text(WIDE_WRAPPED)
    starts = [release.text[n.start : n.end] for n in release.root.walk() if n.kind == "paragraph"]
    assert len(starts) == 2 and starts[1].startswith("Since the last decision")


def test_a_datelines_dash_and_an_ordinals_suffix_run_on_into_the_next_line():
    text = f"""\
SPRINGFIELD —
A jury today convicted a man of a robbery on 23
rd
Street near the market, prosecutors said. {LONG}
The attack occurred as the victim walked home from the station on Main Street. {LONG}
Row A\t12\t–
Row B\t14\t2
{LONG}
{LONG}
"""
    lines = join_inline_breaks(text.splitlines())
    assert lines[0] == (
        "SPRINGFIELD — A jury today convicted a man of a robbery on 23 rd Street near the "
        "market, prosecutors said. " + LONG.rstrip()
    )
    assert "Row A\t12\t–" in lines and "Row B\t14\t2" in lines  # a table's nil dash

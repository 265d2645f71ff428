"""A chart's, figure's or table's title ("Figure 3: ...", "TABLEAU 2 – ...") names a
graphic, never a section: it is no heading, in plain text or in a PDF. Made-up text."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.graphic_captions import is_graphic_caption
from briefing.ingest.pipeline import release_from_text
from briefing.ingest.readers import read_file
from tests.ingest.test_readers_pdf import body, make_layout_pdf


def test_captions_in_several_languages():
    for line in [
        "Figure 3: Share of requests by month (2031 - 2035)",
        "Chart 4 Policy rates of selected economies",
        "FIGURA 12A – CASI PER PROVINCIA",
        "Tableau 06 : Répartition des demandes par région",
        "Gráfico 2. Inflación anual",
        "Table 2",
        "Abbildung 1: Anträge nach Jahr",
    ]:
        assert is_graphic_caption(line), line


def test_other_lines_are_no_captions():
    for line in [
        "Box 1: The outlook for prices",
        "Tables and charts",
        "Figures released today show a fall in demand",
        "Financial Conditions Index",
        "Table of contents",
        "",
    ]:
        assert not is_graphic_caption(line), line


REPORT = """Quarterly Report of the Example Agency

12 March 2031

REQUESTS RECEIVED

The agency received more requests this quarter than in any quarter before, most of them
from the northern districts, and answered nearly all of them within the month.

FIGURE 2 – REQUESTS BY DISTRICT

The northern districts sent twice as many requests as the southern ones, as in the
previous quarter, while the coastal districts sent fewer than a year before.

OUTLOOK

The agency expects the number of requests to stay high over the coming quarter.
"""


def _headings(text: str) -> list[str]:
    release = release_from_text(text)
    return [
        " ".join(release.node_text(n).split()) for n in release.root.walk() if n.kind == "heading"
    ]


def test_a_figure_caption_in_capitals_heads_nothing():
    heads = _headings(REPORT)
    assert "REQUESTS RECEIVED" in heads
    assert "OUTLOOK" in heads
    assert not any(h.startswith("FIGURE") for h in heads)


PDF_PAGE = [
    (72, 780, [("Statement on the prices of fuel", "bold", 16, 0)]),
    (72, 750, body("The ministry reviewed the prices of fuel sold at retail")),
    (72, 738, body("outlets and kept them where they stood last month.")),
    (72, 714, [("Background", "bold", 10, 0)]),
    (72, 700, body("Prices follow a formula that passes on the cost of imports")),
    (72, 688, body("and the exchange rate to the buyer at the pump.")),
    (72, 664, [("Chart 2 Prices of fuel by month", "bold", 10, 0)]),
    (72, 650, body("Petrol rose by a fifth over the year while diesel rose less.")),
    (72, 626, [("Outlook", "bold", 10, 0)]),
    (72, 612, body("The next review of the formula is due in the spring.")),
]


def test_a_numbered_chart_title_in_a_pdf_is_a_caption_over_body_text(tmp_path: Path) -> None:
    lines = read_file(make_layout_pdf(tmp_path / "t.pdf", [PDF_PAGE])).lines
    found = {line.text: line.style for line in lines}
    assert found["Chart 2 Prices of fuel by month"] == "caption"
    assert found["Background"].startswith("heading")
    assert found["Outlook"].startswith("heading")


STATEMENT = """Policy Statement of the Example Authority

14 April 2031

INTRODUCTION

The authority kept the slope of the policy band unchanged at its review this month.

Chart 1

Example Dollar Trade-Weighted Index

Over the last six months the index rose in the upper half of the band as demand held up.

OUTLOOK

Growth is expected to ease a little next year as trade slows.
"""


def test_the_line_under_a_bare_chart_number_is_the_charts_title():
    heads = _headings(STATEMENT)
    assert "INTRODUCTION" in heads
    assert "OUTLOOK" in heads
    assert "Example Dollar Trade-Weighted Index" not in heads

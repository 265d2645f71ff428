"""A chart's, figure's or table's title ("Figure 3: ...", "TABLEAU 2 – ...") names a
graphic, never a section: it is no heading, in plain text or in a PDF. Made-up text."""

from __future__ import annotations

from briefing.ingest.graphic_captions import is_graphic_caption
from briefing.ingest.pipeline import release_from_text


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

"""A table's row of figures is never a heading, in text laid out like its page or not
(made-up report in the shape ``pdftotext`` gives it): "Total  356  316  (46)" names no
section, however short and bare it is."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.text_tables import figures_row

M = " " * 16

LAID_OUT = f"""\
{M}1. The proposed resources for the lighthouse service amount to $1,234,500, a
{M}decrease of $45,600 compared with the approved level.

                                       Approved    Proposed
Category                                2026/27     2027/28    Variance

Keepers                                     113          90        (23)
Boatmen                                      33          33           –
    Total                                   146         123        (23)

{M}2. The Committee recommends the approval of the proposals for the service.
"""


def test_rows_of_figures_are_no_headings():
    release = release_from_text(LAID_OUT)
    headings = [release.node_text(n) for n in release.nodes() if n.kind == "heading"]
    assert not any(any(ch.isdigit() for ch in h) for h in headings), headings


def test_figure_row_shapes():
    assert figures_row("Total                 146         123        (23)")
    assert figures_row("International 12.5 8.3 12.5 20.8 8.3")
    assert not figures_row("Budget estimates for the period from 1 July 2026 to 30 June 2027")
    assert not figures_row("Section 29 B, 29 C and 29 D")
    assert not figures_row(
        "periods from 1 July 2026 to 30 June 2027 and from 1 July 2027 to 30 June 2028"
    )
    assert not figures_row("II. Resource requirements")

"""A table's unit line ("Unit: %") over its column heads is part of the table, never a
heading (issue 11 item 3: unseen central-bank minutes with a statistical appendix).
Made-up blocks."""

from __future__ import annotations

from briefing.ingest.roles import assign_roles, never_heading
from briefing.ingest.segment import Block


def test_unit_lines_are_never_headings() -> None:
    for text in ("Unit: %", "Units: NT$ million", "Unidad: millones de pesos"):
        assert never_heading(text)
    assert not never_heading("United Nations")
    assert not never_heading("Unity and Diversity")


def test_unit_line_over_numbered_columns_is_no_heading() -> None:
    texts = [
        "1. The Board reviewed the economic outlook and decided to keep the rate unchanged.",
        "Appendix 1 Real Interest Rates of Selected Economies",
        "Unit: %",
        "(1) (2) (3)=(1)-(2)",
        "GDP",
    ]
    blocks = [Block(t, style="heading2" if i == 1 else "") for i, t in enumerate(texts)]
    kinds = [r.kind for r in assign_roles(blocks)]
    assert kinds[2] != "heading"

"""Made-up DOCX: a heading line holding only "Table 2" joins the table title under it."""

from __future__ import annotations

from pathlib import Path

import pytest

docx = pytest.importorskip("docx")


def test_a_caption_word_line_joins_the_heading_under_it(tmp_path: Path) -> None:
    from briefing.ingest.readers.docx import read_docx

    doc = docx.Document()
    doc.add_paragraph("Proposed budget for 2031")
    doc.add_paragraph("The resources proposed amount to $3.2 million.")
    doc.add_paragraph("Table 4", style="Heading 2")
    doc.add_paragraph("Evolution of resources by object of expenditure", style="Heading 2")
    doc.add_paragraph("Annex", style="Heading 1")
    doc.add_paragraph("Resources by section", style="Heading 1")
    path = tmp_path / "budget.docx"
    doc.save(path)
    heads = [(line.style, line.text) for line in read_docx(path).lines if line.style]
    assert ("heading2", "Table 4 Evolution of resources by object of expenditure") in heads
    # An annex is a part of its own, its title a heading under it.
    assert ("heading1", "Annex") in heads and ("heading1", "Resources by section") in heads

"""Made-up DOCX: a heading-styled line holding only "Table 4" is the table's number;
the title under it is the heading."""

from __future__ import annotations

from pathlib import Path

import pytest

docx = pytest.importorskip("docx")


def test_a_caption_word_line_is_no_heading(tmp_path: Path) -> None:
    from briefing.ingest.readers.docx import read_docx

    doc = docx.Document()
    doc.add_paragraph("Proposed budget for 2031")
    doc.add_paragraph("The resources proposed amount to $3.2 million.")
    doc.add_paragraph("Table 4", style="Heading 2")
    doc.add_paragraph("Evolution of resources by object of expenditure", style="Heading 2")
    doc.add_paragraph("Annex", style="Heading 1")
    path = tmp_path / "budget.docx"
    doc.save(path)
    styles = {line.text: line.style for line in read_docx(path).lines}
    assert styles["Table 4"] == ""
    assert styles["Evolution of resources by object of expenditure"] == "heading2"
    assert styles["Annex"] == "heading1"  # an annex is a part of its own

"""Made-up DOCX/HTML fixtures for the structure families of issue 11."""

from __future__ import annotations

from pathlib import Path

import pytest

docx = pytest.importorskip("docx")


def test_bold_table_caption_is_not_a_heading(tmp_path: Path) -> None:
    from briefing.ingest.readers.docx import read_docx

    doc = docx.Document()
    doc.add_paragraph("The Board reviewed the forecasts of several institutions.")
    cap = doc.add_paragraph()
    cap.add_run("Table 2 Inflation Forecasts by Institution").bold = True
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Institution"
    table.cell(0, 1).text = "2030 (f)"
    table.cell(1, 0).text = "Central bank"
    table.cell(1, 1).text = "1.2"
    path = tmp_path / "caption.docx"
    doc.save(path)
    lines = read_docx(path).lines
    caption = next(line for line in lines if line.text.startswith("Table 2"))
    assert not caption.style.startswith("heading")

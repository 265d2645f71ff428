"""A Word document whose body prints no title (a recommendations matrix that is one
table) is named by its page header, page counter left out; a core-properties title that
is a file name ("RUR_Thematic_List_E") is never the title. Made-up documents."""

from __future__ import annotations

from pathlib import Path

import docx

from briefing.ingest import load_release


def _matrix(path: Path, header: str, core_title: str) -> Path:
    doc = docx.Document()
    doc.core_properties.title = core_title
    doc.sections[0].header.paragraphs[0].text = header
    table = doc.add_table(rows=3, cols=2)
    rows = [
        ("Recommendation", "Position"),
        ("12.1 Ratify the Optional Protocol to the Convention (Examplia)", "Supported"),
        ("12.2 Strengthen the mandate of the Ombudsman (Ruritania)", "Noted"),
    ]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    doc.save(str(path))
    return path


def test_a_table_only_document_is_named_by_its_header(tmp_path: Path) -> None:
    path = _matrix(
        tmp_path / "matrix.docx",
        "Review of Ruritania (3rd cycle)\tThematic list of recommendations\tPage 3 of 9",
        "RUR_Thematic_List_E",
    )
    release = load_release(path, suggest=False)
    assert release.title == "Review of Ruritania (3rd cycle) Thematic list of recommendations"


def test_a_file_name_in_the_properties_is_no_title(tmp_path: Path) -> None:
    path = _matrix(tmp_path / "matrix.docx", "A/HRC/99/1", "RUR_Thematic_List_E")
    release = load_release(path, suggest=False)
    assert "_" not in release.title  # a symbol as header, a file name as property: neither

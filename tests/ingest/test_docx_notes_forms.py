"""Made-up DOCX releases for the note forms Word users write (issue 11 item 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest.extracted import Extracted

docx = pytest.importorskip("docx")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(tmp_path: Path, body: str) -> Extracted:
    """A .docx: a first paragraph, then the raw WordprocessingML ``body``."""
    from lxml import etree

    from briefing.ingest.readers.docx import read_docx

    doc = docx.Document()
    doc.add_paragraph("Minutes of the Monetary Policy Meeting")
    wrapper = etree.fromstring(f'<root xmlns:w="{W}">{body}</root>')
    sect = doc.element.body[-1]  # w:sectPr stays last
    for child in list(wrapper):
        sect.addprevious(child)
    path = tmp_path / "release.docx"
    doc.save(path)
    return read_docx(path)


def _p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _table(*rows: tuple[str, str]) -> str:
    cells = "".join(f"<w:tr><w:tc>{_p(a)}</w:tc><w:tc>{_p(b)}</w:tc></w:tr>" for a, b in rows)
    return f"<w:tbl>{cells}</w:tbl>"


FORECASTS = _table(
    ("Forecast institution", "2031 (f)"),
    ("Central bank", "1.2 (CPI) 1.5 (Core CPI*)"),
    ("Statistics office", "1.1"),
)


def test_a_note_printed_under_a_table_is_tied_to_the_row_with_its_mark(
    tmp_path: Path,
) -> None:
    ex = _docx(tmp_path, FORECASTS + _p("Unit: %") + _p("* Excluding food and energy."))
    note = next(line for line in ex.lines if line.style == "footnote")
    assert note.label == "*" and note.text == "Excluding food and energy."
    assert ex.lines[note.note_of].text == "Central bank | 1.2 (CPI) 1.5 (Core CPI*)"


def test_a_starred_line_under_a_table_without_the_mark_stays_text(tmp_path: Path) -> None:
    ex = _docx(
        tmp_path,
        _table(("Institution", "2031"), ("Central bank", "1.2"))
        + _p("* Figures are preliminary and may be revised."),
    )
    assert not any(line.style == "footnote" for line in ex.lines)


def test_a_starred_line_far_from_a_table_stays_text(tmp_path: Path) -> None:
    ex = _docx(
        tmp_path,
        FORECASTS
        + _p("The Board discussed the outlook at length.")
        + _p("Members noted that inflation had eased.")
        + _p("The Board decided to keep the rate unchanged.")
        + _p("* The decision was unanimous."),
    )
    assert not any(line.style == "footnote" for line in ex.lines)

"""The derived docx-plain text (``benchmarks/derive_text.py``) is what Word gives a plain
editor: automatic list numbers as text, table rows with tab-separated cells. Made-up
document written with python-docx."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def _word_copy(path: Path) -> str:
    sys.path.insert(0, str(BENCH))
    try:
        from derive_text import _docx_plain
    finally:
        sys.path.remove(str(BENCH))
    return _docx_plain(path)


def test_word_copy_keeps_numbers_and_tables(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Examplia Council conclusions")
    document.add_paragraph("The Council welcomes the report.", style="List Number")
    document.add_paragraph("The Council invites the Commission to act.", style="List Number")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Year"
    table.cell(0, 1).text = "Amount"
    table.cell(1, 0).text = "2025"
    table.cell(1, 1).text = "12.5"
    path = tmp_path / "conclusions.docx"
    document.save(str(path))
    lines = _word_copy(path).splitlines()
    assert lines[0] == "Examplia Council conclusions"
    assert lines[1] == "1.\tThe Council welcomes the report."
    assert lines[2] == "2.\tThe Council invites the Commission to act."
    assert lines[3:5] == ["Year\tAmount", "2025\t12.5"]


def _html_copy(path: Path) -> str:
    sys.path.insert(0, str(BENCH))
    try:
        from derive_text import _html_copy as copy
    finally:
        sys.path.remove(str(BENCH))
    return copy(path)


def test_browser_copy_collapses_source_wraps_and_tabs_cells(tmp_path: Path) -> None:
    page = (
        "<html><body><nav>\n<a href='/'>Home</a>\n<a href='/news'>News</a>\n</nav>\n"
        "<p>The Council of Examplia adopted\n   its conclusions on <b>trade</b>\ntoday.</p>\n"
        "<table><tr>\n<td><p>a)</p></td>\n<td>the first point;</td>\n</tr></table>\n"
        "</body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    lines = [line for line in _html_copy(path).splitlines() if line]
    assert lines[:2] == ["Home", "News"]  # a link a line in the source: a menu's entries
    assert "The Council of Examplia adopted its conclusions on trade today." in lines
    assert "\tthe first point;" in lines

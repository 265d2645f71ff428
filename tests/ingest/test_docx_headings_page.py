"""Made-up DOCX: a bold line opening a new page is the heading of the part it starts."""

from __future__ import annotations

from pathlib import Path

import pytest

docx = pytest.importorskip("docx")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _read(tmp_path: Path, body: str):
    from lxml import etree

    from briefing.ingest.readers.docx import read_docx

    doc = docx.Document()
    doc.add_paragraph("Minutes of the Monetary Policy Meeting")
    for _ in range(3):
        doc.add_paragraph("The Board discussed the economic outlook and decided on its policy.")
    wrapper = etree.fromstring(f'<root xmlns:w="{W}">{body}</root>')
    sect = doc.element.body[-1]
    for child in list(wrapper):
        sect.addprevious(child)
    path = tmp_path / "minutes.docx"
    doc.save(path)
    return read_docx(path)


def _bold(text: str, page_break: bool = False) -> str:
    br = '<w:r><w:br w:type="page"/></w:r>' if page_break else ""
    return f"<w:p>{br}<w:r><w:rPr><w:b/></w:rPr><w:t>{text}</w:t></w:r></w:p>"


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _style(ex, text: str) -> str:
    return next(line.style for line in ex.lines if line.text == text)


def test_a_bold_line_opening_a_page_heads_its_part_and_its_title_is_text(
    tmp_path: Path,
) -> None:
    ex = _read(
        tmp_path,
        _bold("Appendix 2", page_break=True)
        + _bold("Comparison of the regular and expanded facilities")
        + _p("The expanded facility admits securities firms as counterparties."),
    )
    assert _style(ex, "Appendix 2").startswith("heading")
    assert _style(ex, "Comparison of the regular and expanded facilities") == ""


def test_a_long_appendix_title_on_its_own_page_is_a_heading(tmp_path: Path) -> None:
    title = (
        "Appendix 1: Key points of the special facility to support bank credit to small "
        "and medium enterprises, as implemented by the Bank"
    )
    ex = _read(tmp_path, _bold(title, page_break=True) + _p("The facility provides funds."))
    assert _style(ex, title).startswith("heading")


def test_two_bold_lines_without_a_page_break_stay_a_bold_list(tmp_path: Path) -> None:
    ex = _read(
        tmp_path,
        _bold("Governor Chen") + _bold("Deputy Governor Lin") + _p("attended the meeting."),
    )
    assert _style(ex, "Governor Chen") == "" and _style(ex, "Deputy Governor Lin") == ""

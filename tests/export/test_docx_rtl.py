"""Arabic and Hebrew paragraphs of the exported note are marked right-to-left."""

from __future__ import annotations

from docx.oxml.ns import qn
from lxml import etree

from briefing.export.docx.xml import Builder

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _body() -> etree._Element:
    return etree.Element(qn("w:body"))


def test_arabic_paragraph_is_bidi_and_its_run_rtl() -> None:
    body = _body()
    p = Builder("Malgun Gothic").text_paragraph(body, "BodyText", "قرأ الطالب الكتاب، 2024.")
    assert p.find(f"{W}pPr/{W}bidi") is not None
    # w:bidi follows w:pStyle (schema order).
    assert [c.tag for c in p.find(f"{W}pPr")] == [f"{W}pStyle", f"{W}bidi"]
    assert p.find(f"{W}r/{W}rPr/{W}rtl") is not None


def test_hebrew_after_a_number_label_decides_the_direction() -> None:
    builder = Builder("Malgun Gothic")
    p = builder.paragraph(_body(), None)
    builder.run(p, "12. ")
    builder.run(p, "שלום לכל החברים")
    assert p.find(f"{W}pPr/{W}bidi") is not None


def test_latin_paragraph_quoting_arabic_stays_left_to_right() -> None:
    builder = Builder("Malgun Gothic")
    p = builder.paragraph(_body(), None)
    builder.run(p, "The minister said ")
    builder.run(p, "قرأ الطالب")
    assert p.find(f"{W}pPr/{W}bidi") is None
    mixed = builder.text_paragraph(_body(), None, "The word كتاب means book")
    assert mixed.find(f"{W}pPr") is None
    assert mixed.find(f"{W}r/{W}rPr") is None


def test_latin_runs_unchanged() -> None:
    p = Builder("Malgun Gothic").text_paragraph(_body(), None, "Plain words, 2024.")
    assert [c.tag for c in p.iter()] == [f"{W}p", f"{W}r", f"{W}t"]

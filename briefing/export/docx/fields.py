"""Fields (PAGE, NUMPAGES) and external hyperlinks: the raw XML python-docx lacks."""

from __future__ import annotations

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

from briefing.export.docx.xml import Builder


def add_field(
    builder: Builder, p: etree._Element, instruction: str, placeholder: str,
    style_id: str | None = None,
) -> None:
    """A complex field (begin / instrText / separate / result / end), which Word and
    LibreOffice both update on layout; ``placeholder`` is shown until they do."""

    def char(kind: str) -> None:
        r = builder.run(p, "", style_id)
        etree.SubElement(r, qn("w:fldChar")).set(qn("w:fldCharType"), kind)

    char("begin")
    r = builder.run(p, "", style_id)
    instr = etree.SubElement(r, qn("w:instrText"))
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {instruction} "
    char("separate")
    builder.run(p, placeholder, style_id)
    char("end")


def add_page_x_of_y(
    builder: Builder,
    p: etree._Element,
    style_id: str | None = None,
    words: tuple[str, str, str] = ("Page ", " of ", ""),
) -> None:
    """"Page X of Y" with live PAGE and NUMPAGES fields (``words``: the note's language)."""
    before, between, after = words
    if before:
        builder.run(p, before, style_id)
    add_field(builder, p, "PAGE", "1", style_id)
    builder.run(p, between, style_id)
    add_field(builder, p, "NUMPAGES", "1", style_id)
    if after:
        builder.run(p, after, style_id)


def add_hyperlink(
    builder: Builder, part, p: etree._Element, url: str, text: str, style_id: str
) -> etree._Element:
    """An external hyperlink (relationship + w:hyperlink) in the Hyperlink character style."""
    r_id = part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = etree.SubElement(p, qn("w:hyperlink"))
    link.set(qn("r:id"), r_id)
    link.set(qn("w:history"), "1")
    builder.run(link, text, style_id)
    return link

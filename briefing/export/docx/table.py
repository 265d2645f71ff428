"""A simple ruled table in the note body (the "Key people" section).

Written as raw WordprocessingML, like the header block, so it needs no table style in
the house template: single borders, a bold header row that repeats on a new page, and
fixed column widths that add up to the text width.
"""

from __future__ import annotations

from docx.oxml.ns import qn
from lxml import etree

from briefing.export.docx.schema import add_property
from briefing.export.docx.xml import RPR, Builder

# Name | Role | Organisation: roles are the longest cells.
_SHARES = (0.3, 0.4, 0.3)


def _set(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, qn(tag))
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), value)
    return element


def write_table(
    parent: etree._Element,
    builder: Builder,
    style_id: str,
    columns: tuple[str, ...],
    rows: list[tuple[str, ...]],
    width: int,
) -> etree._Element:
    """Append a table with a header row ``columns`` and the body ``rows`` to ``parent``."""
    count = len(columns)
    shares = _SHARES if count == len(_SHARES) else (1 / count,) * count
    widths = [int(width * share) for share in shares]
    tbl = etree.SubElement(parent, qn("w:tbl"))
    tbl_pr = etree.SubElement(tbl, qn("w:tblPr"))
    _set(tbl_pr, "w:tblW", w=str(width), type="dxa")
    borders = etree.SubElement(tbl_pr, qn("w:tblBorders"))
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _set(borders, f"w:{side}", val="single", sz="4", space="0", color="808080")
    _set(tbl_pr, "w:tblLayout", type="fixed")
    grid = etree.SubElement(tbl, qn("w:tblGrid"))
    for column in widths:
        _set(grid, "w:gridCol", w=str(column))
    for index, cells in enumerate([tuple(columns), *rows]):
        tr = etree.SubElement(tbl, qn("w:tr"))
        if index == 0:
            _set(etree.SubElement(tr, qn("w:trPr")), "w:tblHeader")
        for column, text in zip(widths, cells, strict=False):
            tc = etree.SubElement(tr, qn("w:tc"))
            _set(etree.SubElement(tc, qn("w:tcPr")), "w:tcW", w=str(column), type="dxa")
            p = builder.paragraph(tc, style_id)
            run = builder.run(p, text)
            if index == 0:
                rpr = run.find(RPR)
                if rpr is None:
                    rpr = run.makeelement(RPR)
                    run.insert(0, rpr)
                add_property(rpr, qn("w:b"))
    # Word needs a paragraph between a table and whatever follows it in the same section.
    builder.paragraph(parent, style_id)
    return tbl

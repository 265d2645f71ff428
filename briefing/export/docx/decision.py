"""The decision block under a Recommendation, and small run helpers (bold, red).

The block is a ruled table: one row per pair of choices ("☐ Agreed  ☐ Not agreed"), then
a signature and date row. Every paragraph of the Recommendation, its timing line and the
block keep with the next one and no row splits, so the request and the place to answer
it always stand on one page.
"""

from __future__ import annotations

from docx.oxml.ns import qn
from lxml import etree

from briefing.export.docx.schema import add_property
from briefing.export.docx.xml import RPR, Builder, set_keep_next
from briefing.export.note import BLANK, DecisionBlock

BOX = "☐"  # U+2610 BALLOT BOX: Word and LibreOffice take it from a symbol font
_SYMBOL_FONT = "Segoe UI Symbol"  # Word on Windows has it; others fall back


def run_properties(run: etree._Element) -> etree._Element:
    rpr = run.find(RPR)
    if rpr is None:
        rpr = run.makeelement(RPR)
        run.insert(0, rpr)
    return rpr


def bold_run(builder: Builder, p: etree._Element, text: str) -> etree._Element:
    run = builder.run(p, text)
    add_property(run_properties(run), qn("w:b"))
    return run


def keep_lines(builder: Builder, p: etree._Element) -> None:
    add_property(builder.ppr(p), qn("w:keepLines"))


def labelled_line(
    parent: etree._Element, builder: Builder, style: str, label: str, text: str
) -> etree._Element:
    """ "Label: text" with the label in bold (the Attachments and timing lines)."""
    p = builder.paragraph(parent, style)
    bold_run(builder, p, f"{label}: ")
    builder.run(p, text)
    return p


def write_decision(
    parent: etree._Element, builder: Builder, style: str, block: DecisionBlock, width: int
) -> list[etree._Element]:
    """Append the timing line and the decision table; return the paragraphs written."""
    written = []
    if block.timing_label:
        line = labelled_line(parent, builder, style, block.timing_label, block.timing or BLANK)
        set_keep_next(builder, line)
        written.append(line)
    columns = max(len(row) for row in block.options)
    cell = width // columns
    tbl = etree.SubElement(parent, qn("w:tbl"))
    tbl_pr = etree.SubElement(tbl, qn("w:tblPr"))
    _set(tbl_pr, "w:tblW", w=str(cell * columns), type="dxa")
    borders = etree.SubElement(tbl_pr, qn("w:tblBorders"))
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _set(borders, f"w:{side}", val="single", sz="4", space="0", color="808080")
    _set(tbl_pr, "w:tblLayout", type="fixed")
    grid = etree.SubElement(tbl, qn("w:tblGrid"))
    for _ in range(columns):
        _set(grid, "w:gridCol", w=str(cell))
    for choices in block.options:
        tr = _row(tbl)
        for index in range(columns):
            span = columns - index if index == len(choices) - 1 else 1
            if index >= len(choices):
                break
            p = _cell(tr, builder, style, cell * span, span)
            box = builder.run(p, f"{BOX} ")
            fonts = add_property(run_properties(box), qn("w:rFonts"))
            fonts.set(qn("w:ascii"), _SYMBOL_FONT)
            fonts.set(qn("w:hAnsi"), _SYMBOL_FONT)
            builder.run(p, choices[index])
            written.append(p)
    # Signature (with the signer's title under it) and date: the date cell takes one
    # column, the signature the rest (the whole row when there is only one column).
    tr = _row(tbl)
    sign_span = columns - 1 if columns > 1 else 1
    p = _cell(tr, builder, style, cell * sign_span, sign_span)
    builder.run(p, f"{block.signature_label}: {BLANK}")
    written.append(p)
    if block.signer:
        signer = builder.paragraph(tr[-1], style)
        builder.run(signer, block.signer)
        written.append(signer)
    if columns > 1:
        p = _cell(tr, builder, style, cell, 1)
        builder.run(p, f"{block.date_label}: {BLANK[:10]}")
        written.append(p)
    for p in written[:-1]:
        set_keep_next(builder, p)
    for p in written:
        keep_lines(builder, p)
    builder.paragraph(parent, style)  # Word needs a paragraph between a table and the next
    return written


def _row(tbl: etree._Element) -> etree._Element:
    tr = etree.SubElement(tbl, qn("w:tr"))
    _set(etree.SubElement(tr, qn("w:trPr")), "w:cantSplit")
    return tr


def _cell(tr: etree._Element, builder: Builder, style: str, width: int, span: int):
    tc = etree.SubElement(tr, qn("w:tc"))
    tc_pr = etree.SubElement(tc, qn("w:tcPr"))
    _set(tc_pr, "w:tcW", w=str(width), type="dxa")
    if span > 1:
        _set(tc_pr, "w:gridSpan", val=str(span))
    return builder.paragraph(tc, style)


def _set(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, qn(tag))
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), value)
    return element

"""Schema order of paragraph and run properties, and inserting children in that order.

WordprocessingML declares ``w:pPr`` and ``w:rPr`` as sequences: their children must come
in one fixed order. Desktop Word silently repairs a file that breaks it, but Word for the
web opens it read-only as corrupt and validators reject it. Every property the writer
adds goes through ``add_property`` so it lands where the schema wants it, whatever the
paragraph (or a house template's style) already holds.
"""

from __future__ import annotations

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# ECMA-376 Part 1, CT_PPr (CT_PPrBase then its own tail).
PPR_ORDER = tuple(
    W + name
    for name in """
    pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers
    pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE
    autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents
    suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle
    rPr sectPr pPrChange
    """.split()
)
# ECMA-376 Part 1, CT_RPr (EG_RPrBase then rPrChange).
RPR_ORDER = tuple(
    W + name
    for name in """
    rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint
    noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u
    effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath rPrChange
    """.split()
)
# CT_TcPr and CT_TblPr (house templates' table styles: pandoc's puts vAlign first).
TCPR_ORDER = tuple(
    W + name
    for name in """
    cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText
    vAlign hideMark headers cellIns cellDel cellMerge tcPrChange
    """.split()
)
TBLPR_ORDER = tuple(
    W + name
    for name in """
    tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc
    tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption
    tblDescription tblPrChange
    """.split()
)
_RANK = {
    W + "pPr": {tag: i for i, tag in enumerate(PPR_ORDER)},
    W + "rPr": {tag: i for i, tag in enumerate(RPR_ORDER)},
    W + "tcPr": {tag: i for i, tag in enumerate(TCPR_ORDER)},
    W + "tblPr": {tag: i for i, tag in enumerate(TBLPR_ORDER)},
}


def add_property(props: etree._Element, tag: str) -> etree._Element:
    """The child ``tag`` of a w:pPr / w:rPr, created at its schema position if missing."""
    existing = props.find(tag)
    if existing is not None:
        return existing
    rank = _RANK[props.tag]
    mine = rank[tag]
    element = props.makeelement(tag)  # the document's parser: python-docx classes apply
    for index, child in enumerate(props):
        # Unknown children (extensions) sort last, so known ones go in before them.
        if rank.get(child.tag, len(rank)) > mine:
            props.insert(index, element)
            return element
    props.append(element)
    return element


def sort_properties(props: etree._Element) -> None:
    """Reorder a w:pPr / w:rPr / w:tcPr / w:tblPr's children into schema order.

    Left alone when it holds anything not in the table (revision marks, extensions):
    where those go depends on the context, and moving them could make things worse.
    """
    rank = _RANK[props.tag]
    children = list(props)
    if any(child.tag not in rank for child in children):
        return
    ordered = sorted(children, key=lambda c: rank[c.tag])
    if ordered != children:
        for child in children:
            props.remove(child)
        props.extend(ordered)

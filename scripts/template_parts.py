"""XML parts of the default briefing-note template: styles, numbering, settings, fonts.

Kept apart from ``make_template.py`` (which only packages them) so the house style can be
read and reviewed in one place. Sizes are half-points (``w:sz``), spacing and indents twips.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from xml.sax.saxutils import quoteattr

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.export.docx.schema import PPR_ORDER, RPR_ORDER

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

LATIN_FONT = "Arial"
# Word on Windows has Malgun Gothic; LibreOffice on Linux falls back per glyph to an
# installed CJK font (Noto Sans CJK KR), so Korean is never set in a font that lacks it.
EAST_ASIAN_FONT = "Malgun Gothic"
INK = "1A1A1A"
HEADING_INK = "1F3864"
MUTED = "595959"

# The abstract numbering that key points use; the writer adds one w:num per list.
KEY_POINT_ABSTRACT_ID = 10
KEY_POINT_NUM_ID = 1


def _style(
    kind: str,
    style_id: str,
    name: str,
    *,
    based_on: str | None = "Normal",
    next_id: str | None = None,
    ppr: str = "",
    rpr: str = "",
    extra: str = "",
    default: bool = False,
    qformat: bool = True,
    priority: int | None = None,
) -> str:
    attrs = f'w:type="{kind}" w:styleId="{style_id}"' + (' w:default="1"' if default else "")
    parts = [f"<w:style {attrs}>", f"<w:name w:val={quoteattr(name)}/>"]
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if next_id:
        parts.append(f'<w:next w:val="{next_id}"/>')
    if priority is not None:
        parts.append(f'<w:uiPriority w:val="{priority}"/>')
    if qformat:
        parts.append("<w:qFormat/>")
    if ppr:
        parts.append(f"<w:pPr>{_in_order(ppr, PPR_ORDER, style_id)}</w:pPr>")
    if rpr:
        parts.append(f"<w:rPr>{_in_order(rpr, RPR_ORDER, style_id)}</w:rPr>")
    parts.append(extra)
    parts.append("</w:style>")
    return "".join(parts)


# The top-level elements of a pPr/rPr fragment: "<w:tabs>...</w:tabs>" counts once.
_TOP_LEVEL = re.compile(r"<w:(\w+)\b[^>]*?(?:/>|>.*?</w:\1>)")


def _in_order(fragment: str, order: tuple[str, ...], style_id: str) -> str:
    """``fragment`` unchanged, or ValueError when its elements break the schema's order.

    The properties are sequences in the schema; Word for the web refuses a template whose
    styles list them out of order, so the generator will not write one.
    """
    rank = {tag.rsplit("}", 1)[1]: i for i, tag in enumerate(order)}
    names = _TOP_LEVEL.findall(fragment)
    ranks = [rank.get(name, -1) for name in names]
    if -1 in ranks or ranks != sorted(ranks):
        raise ValueError(f"style {style_id}: properties out of schema order: {names}")
    return fragment


def _para(style_id: str, name: str, **kw) -> str:
    return _style("paragraph", style_id, name, **kw)


def _char(style_id: str, name: str, **kw) -> str:
    kw.setdefault("based_on", "DefaultParagraphFont")
    return _style("character", style_id, name, **kw)


def _heading(level: int, size: int, spacing_before: int, italic: bool = False) -> str:
    return _para(
        f"Heading{level}",
        f"heading {level}",
        next_id="BodyText",
        priority=9,
        ppr=(
            f'<w:keepNext/><w:keepLines/><w:spacing w:before="{spacing_before}" w:after="80"/>'
            f'<w:outlineLvl w:val="{level - 1}"/>'
        ),
        rpr=(
            f'<w:b/><w:bCs/>{"<w:i/>" if italic else ""}<w:color w:val="{HEADING_INK}"/>'
            f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
        ),
    )


def styles_xml() -> str:
    """Every style the note uses, with Word's built-in names where one exists."""
    fonts = (
        f'<w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}" w:cs="{LATIN_FONT}" '
        f'w:eastAsia="{EAST_ASIAN_FONT}"/>'
    )
    defaults = (
        f"<w:docDefaults><w:rPrDefault><w:rPr>{fonts}"
        f'<w:color w:val="{INK}"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
        '<w:lang w:val="en-GB" w:eastAsia="ko-KR" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
    )
    hanging = (
        '<w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs><w:ind w:left="567" w:hanging="567"/>'
    )
    styles = [
        _para("Normal", "Normal", based_on=None, default=True, priority=0),
        _char(
            "DefaultParagraphFont",
            "Default Paragraph Font",
            based_on=None,
            default=True,
            qformat=False,
            priority=1,
        ),
        _style(
            "table",
            "TableNormal",
            "Normal Table",
            based_on=None,
            default=True,
            qformat=False,
            priority=99,
            extra='<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
            '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
            '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            "</w:tblCellMar></w:tblPr>",
        ),
        _style(
            "numbering",
            "NoList",
            "No List",
            based_on=None,
            default=True,
            qformat=False,
            priority=99,
        ),
        _para(
            "Title",
            "Title",
            next_id="BodyText",
            priority=10,
            ppr='<w:spacing w:before="0" w:after="160"/>',
            rpr=f'<w:b/><w:bCs/><w:caps/><w:color w:val="{HEADING_INK}"/><w:spacing w:val="20"/>'
            '<w:sz w:val="32"/><w:szCs w:val="32"/>',
        ),
        _para(
            "Subtitle",
            "Subtitle",
            next_id="BodyText",
            priority=11,
            ppr='<w:spacing w:after="160"/>',
            rpr=f'<w:i/><w:iCs/><w:color w:val="{MUTED}"/><w:sz w:val="22"/>',
        ),
        _heading(1, 24, 280),
        _heading(2, 22, 200),
        _heading(3, 22, 160, italic=True),
        _para("BodyText", "Body Text", priority=1, ppr='<w:spacing w:after="120"/>'),
        _para(
            "ListNumber",
            "List Number",
            based_on="BodyText",
            priority=1,
            ppr=f'<w:numPr><w:numId w:val="{KEY_POINT_NUM_ID}"/></w:numPr>'
            '<w:spacing w:after="120"/><w:ind w:left="567" w:hanging="567"/>',
        ),
        _para(
            "Quote",
            "Quote",
            based_on="BodyText",
            next_id="BodyText",
            priority=29,
            ppr='<w:ind w:left="567" w:right="567"/>',
            rpr=f'<w:i/><w:iCs/><w:color w:val="{MUTED}"/>',
        ),
        _para(
            "Classification",
            "Classification",
            priority=1,
            ppr='<w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/>',
            rpr='<w:b/><w:bCs/><w:caps/><w:spacing w:val="20"/><w:sz w:val="20"/>'
            '<w:szCs w:val="20"/>',
        ),
        _para(
            "Header",
            "header",
            priority=99,
            qformat=False,
            ppr='<w:tabs><w:tab w:val="center" w:pos="4820"/><w:tab w:val="right" '
            'w:pos="9639"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
            rpr='<w:sz w:val="18"/><w:szCs w:val="18"/>',
        ),
        _para(
            "Footer",
            "footer",
            priority=99,
            qformat=False,
            ppr='<w:tabs><w:tab w:val="center" w:pos="4820"/><w:tab w:val="right" '
            'w:pos="9639"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
            rpr=f'<w:color w:val="{MUTED}"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
        ),
        _para(
            "NoteFieldLabel",
            "Note Field Label",
            priority=1,
            ppr='<w:spacing w:before="20" w:after="20"/>',
            rpr="<w:b/><w:bCs/>",
        ),
        _para(
            "NoteFieldValue",
            "Note Field Value",
            priority=1,
            ppr='<w:spacing w:before="20" w:after="20"/>',
        ),
        _para(
            "NoteAction",
            "Note Action",
            next_id="BodyText",
            priority=1,
            ppr='<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="4" '
            f'w:color="{HEADING_INK}"/></w:pBdr><w:spacing w:before="160" w:after="200"/>',
            rpr=f'<w:b/><w:bCs/><w:caps/><w:color w:val="{HEADING_INK}"/>',
        ),
        _para("AnnexParagraph", "Annex Paragraph", based_on="BodyText", priority=1, ppr=hanging),
        _para(
            "AnnexItem",
            "Annex Item",
            based_on="BodyText",
            priority=1,
            ppr='<w:tabs><w:tab w:val="left" w:pos="1134"/></w:tabs>'
            '<w:ind w:left="1134" w:hanging="567"/>',
        ),
        _para(
            "AnnexNote",
            "Annex Note",
            based_on="BodyText",
            priority=1,
            ppr='<w:tabs><w:tab w:val="left" w:pos="1134"/></w:tabs>'
            '<w:ind w:left="1134" w:hanging="567"/>',
            rpr=f'<w:color w:val="{MUTED}"/><w:sz w:val="19"/><w:szCs w:val="19"/>',
        ),
        _para(
            "AnnexDateline",
            "Annex Dateline",
            based_on="BodyText",
            priority=1,
            rpr=f'<w:i/><w:iCs/><w:color w:val="{MUTED}"/>',
        ),
        _para(
            "CommentText",
            "annotation text",
            priority=99,
            qformat=False,
            ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
            rpr='<w:sz w:val="20"/><w:szCs w:val="20"/>',
        ),
        _char(
            "CommentReference",
            "annotation reference",
            priority=99,
            qformat=False,
            rpr='<w:sz w:val="16"/><w:szCs w:val="16"/>',
        ),
        _char(
            "Hyperlink",
            "Hyperlink",
            priority=99,
            qformat=False,
            rpr='<w:color w:val="0563C1"/><w:u w:val="single"/>',
        ),
        _char(
            "Citation",
            "Citation",
            priority=1,
            rpr=f'<w:color w:val="{MUTED}"/><w:sz w:val="20"/><w:szCs w:val="20"/>',
        ),
        _style(
            "table",
            "NoteHeaderTable",
            "Note Header Table",
            based_on="TableNormal",
            priority=1,
            extra='<w:tblPr><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/>'
            '<w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/>'
            '<w:insideV w:val="nil"/></w:tblBorders><w:tblCellMar>'
            '<w:left w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            "</w:tblCellMar></w:tblPr>",
        ),
    ]
    return (
        f'{XML_HEAD}<w:styles xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        f"{defaults}{''.join(styles)}</w:styles>"
    )


def numbering_xml() -> str:
    """One abstract list for key points: "1." at the margin, text at 1 cm."""
    return (
        f'{XML_HEAD}<w:numbering xmlns:w="{W_NS}">'
        f'<w:abstractNum w:abstractNumId="{KEY_POINT_ABSTRACT_ID}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="ListNumber"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:tabs><w:tab w:val="num" w:pos="567"/></w:tabs>'
        '<w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>'
        f'<w:num w:numId="{KEY_POINT_NUM_ID}"><w:abstractNumId w:val="{KEY_POINT_ABSTRACT_ID}"/>'
        "</w:num></w:numbering>"
    )


def settings_xml() -> str:
    return (
        f'{XML_HEAD}<w:settings xmlns:w="{W_NS}">'
        '<w:defaultTabStop w:val="567"/><w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        "</w:settings>"
    )


def font_table_xml() -> str:
    def font(name: str, charset: str, family: str, pitch: str = "variable") -> str:
        return (
            f'<w:font w:name="{name}"><w:charset w:val="{charset}"/>'
            f'<w:family w:val="{family}"/><w:pitch w:val="{pitch}"/></w:font>'
        )

    return (
        f'{XML_HEAD}<w:fonts xmlns:w="{W_NS}">'
        + font(LATIN_FONT, "00", "swiss")
        + font(EAST_ASIAN_FONT, "81", "swiss")
        + font("Noto Sans CJK KR", "81", "swiss")
        + "</w:fonts>"
    )


def document_xml() -> str:
    """An empty A4 body; the writer replaces the content and sets the paper."""
    return (
        f'{XML_HEAD}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>'
        '<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr></w:p>'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1418" w:right="1134" w:bottom="1418" w:left="1134" '
        'w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
        "</w:body></w:document>"
    )


def theme_xml() -> str:
    """A minimal Office theme: readers require the part (the validator reports its absence).

    The styles name their fonts and colours directly, so nothing in the note depends on the
    theme; its fonts and colours match the house style for anyone who applies a theme font.
    """
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    colours = [
        ("dk1", "000000"),
        ("lt1", "FFFFFF"),
        ("dk2", HEADING_INK),
        ("lt2", "E7E6E6"),
        ("accent1", HEADING_INK),
        ("accent2", "2E75B6"),
        ("accent3", "A5A5A5"),
        ("accent4", "BF9000"),
        ("accent5", "5B9BD5"),
        ("accent6", "70AD47"),
        ("hlink", "0563C1"),
        ("folHlink", "954F72"),
    ]
    scheme = "".join(f'<a:{name}><a:srgbClr val="{value}"/></a:{name}>' for name, value in colours)
    font = f'<a:latin typeface="{LATIN_FONT}"/><a:ea typeface=""/><a:cs typeface=""/>'
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = f'<a:ln w="{{}}" cap="flat" cmpd="sng" algn="ctr">{fill}<a:prstDash val="solid"/></a:ln>'
    return (
        f'{XML_HEAD}<a:theme xmlns:a="{a}" name="Briefing"><a:themeElements>'
        f'<a:clrScheme name="Briefing">{scheme}</a:clrScheme>'
        f'<a:fontScheme name="Briefing"><a:majorFont>{font}</a:majorFont>'
        f"<a:minorFont>{font}</a:minorFont></a:fontScheme>"
        f'<a:fmtScheme name="Briefing"><a:fillStyleLst>{fill * 3}</a:fillStyleLst>'
        f"<a:lnStyleLst>{''.join(line.format(w) for w in (6350, 12700, 19050))}</a:lnStyleLst>"
        "<a:effectStyleLst>"
        + "<a:effectStyle><a:effectLst/></a:effectStyle>"
        * 3
        + f"</a:effectStyleLst><a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst>"
        "</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
    )

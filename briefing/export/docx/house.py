"""Making a house template safe to build on: what it keeps, what it lacks, what goes stale.

A house template is whatever a department saved from Word, LibreOffice or pandoc. Before
the note is written into it:

* its body is cleared, except the blocks it marks to keep (``KEEP``): a letterhead panel,
  a caveat, a signature block;
* a section without page margins (pandoc's ``reference.docx`` has none) gets the bundled
  template's margins, so the layout has a text width to work with;
* Word 2010's ``stylesWithEffects`` copy of the styles is dropped: the note adds styles
  that copy would lack, and a reader comparing the two reports the package as damaged.
  Word rebuilds that part when it saves;
* the properties in its styles are put in schema order (templates saved by other tools
  sometimes break it, and the note would inherit the error).

Marking boilerplate to keep: wrap it in a content control (Developer > Rich Text Content
Control) whose Tag or Title is ``BriefingKeep``, or select it and insert a bookmark whose
name starts with ``BriefingKeep`` (``BriefingKeep``, ``BriefingKeep2``, ...). Kept blocks
at the top of the template's body stay above the note; any others follow the note's last
section, before the annexes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Twips
from lxml import etree

from briefing.export.docx.schema import sort_properties

KEEP = "BriefingKeep"
# The bundled template's margins (scripts/template_parts.py, document_xml): 2.5 cm top and
# bottom, 2 cm left and right, header and footer 1 cm from the edge.
DEFAULT_MARGINS = {
    "top_margin": 1418,
    "bottom_margin": 1418,
    "left_margin": 1134,
    "right_margin": 1134,
    "header_distance": 567,
    "footer_distance": 567,
    "gutter": 0,
}
_STYLES_WITH_EFFECTS = "/stylesWithEffects"
_SECT_PR, _BOOKMARK_START, _BOOKMARK_END = (
    qn("w:sectPr"),
    qn("w:bookmarkStart"),
    qn("w:bookmarkEnd"),
)
_SDT, _TAG, _ALIAS, _VAL, _NAME, _ID = (
    qn("w:sdt"),
    qn("w:tag"),
    qn("w:alias"),
    qn("w:val"),
    qn("w:name"),
    qn("w:id"),
)
# Text-bearing content: a block without any of these is an empty line, not content.
_CONTENT = (
    qn("w:t"),
    qn("w:drawing"),
    qn("w:pict"),
    qn("w:object"),
    qn("w:fldSimple"),
    qn("w:instrText"),
)


@dataclass
class Kept:
    """Boilerplate taken out of the template's body, to put back around the note."""

    top: list[etree._Element] = field(default_factory=list)
    bottom: list[etree._Element] = field(default_factory=list)


def prepare(document: Document) -> Kept:
    """Clear the body (keeping marked blocks), fix margins, drop stale parts, order styles."""
    kept = clear_body(document.element.body)
    for section in document.sections:
        for name, twips in DEFAULT_MARGINS.items():
            if getattr(section, name) is None:
                setattr(section, name, Twips(twips))
    _drop_styles_with_effects(document)
    _order_styles(document.styles.element)
    _order_settings(document.settings.element)
    return kept


def clear_body(body: etree._Element) -> Kept:
    """Remove every block but the final section properties; return the marked ones."""
    kept = Kept()
    seen_content = False
    open_marks: set[str] = set()
    for child in list(body):
        if child.tag == _SECT_PR:
            continue
        starts = {
            b.get(_ID) for b in child.iter(_BOOKMARK_START) if (b.get(_NAME) or "").startswith(KEEP)
        }
        marked = bool(open_marks or starts) or _is_keep_control(child)
        open_marks |= starts
        open_marks -= {b.get(_ID) for b in child.iter(_BOOKMARK_END)}
        body.remove(child)
        if marked:
            for sect_pr in child.iter(_SECT_PR):
                # A section break inside kept text would split the note into sections.
                sect_pr.getparent().remove(sect_pr)
            (kept.bottom if seen_content else kept.top).append(child)
        elif has_content(child):
            seen_content = True
    return kept


def has_content(element: etree._Element) -> bool:
    """True when ``element`` holds text, a picture or a field, not just empty lines."""
    for node in element.iter(*_CONTENT):
        if node.tag != qn("w:t") or (node.text or "").strip():
            return True
    return False


def _is_keep_control(element: etree._Element) -> bool:
    if element.tag != _SDT:
        return False
    props = element.find(qn("w:sdtPr"))
    if props is None:
        return False
    for tag in (_TAG, _ALIAS):
        marker = props.find(tag)
        if marker is not None and (marker.get(_VAL) or "").strip() == KEEP:
            return True
    return False


def _drop_styles_with_effects(document: Document) -> None:
    part = document.part
    for r_id, rel in list(part.rels.items()):
        if rel.reltype.endswith(_STYLES_WITH_EFFECTS):
            part.drop_rel(r_id)


# CT_Style's children, in schema order.
_STYLE_ORDER = {
    qn(f"w:{name}"): i
    for i, name in enumerate(
        "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden "
        "unhideWhenUsed qFormat locked personal personalCompose personalReply rsid pPr rPr "
        "tblPr trPr tcPr tblStylePr".split()
    )
}


def _order_styles(styles: etree._Element) -> None:
    for style in styles.iter(qn("w:style")):
        children = list(style)
        ordered = sorted(children, key=lambda c: _STYLE_ORDER.get(c.tag, len(_STYLE_ORDER)))
        if ordered != children:
            for child in children:
                style.remove(child)
            style.extend(ordered)
    for props in styles.iter(qn("w:pPr"), qn("w:rPr"), qn("w:tcPr"), qn("w:tblPr")):
        sort_properties(props)


# CT_Settings' children, in schema order (ECMA-376 Part 1 and the Word 2010/2013
# extensions at its end). pandoc's reference.docx, for one, lists footnotePr too early.
_PREFIXES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "sl": "http://schemas.openxmlformats.org/schemaLibrary/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
}
_SETTINGS_ORDER = {
    f"{{{_PREFIXES[name.split(':')[0]]}}}{name.split(':')[1]}": i
    for i, name in enumerate(
        """
        w:writeProtection w:view w:zoom w:removePersonalInformation w:removeDateAndTime
        w:doNotDisplayPageBoundaries w:displayBackgroundShape w:printPostScriptOverText
        w:printFractionalCharacterWidth w:printFormsData w:embedTrueTypeFonts
        w:embedSystemFonts w:saveSubsetFonts w:saveFormsData w:mirrorMargins
        w:alignBordersAndEdges w:bordersDoNotSurroundHeader w:bordersDoNotSurroundFooter
        w:gutterAtTop w:hideSpellingErrors w:hideGrammaticalErrors w:activeWritingStyle
        w:proofState w:formsDesign w:attachedTemplate w:linkStyles w:stylePaneFormatFilter
        w:stylePaneSortMethod w:documentType w:mailMerge w:revisionView w:trackRevisions
        w:doNotTrackMoves w:doNotTrackFormatting w:documentProtection w:autoFormatOverride
        w:styleLockTheme w:styleLockQFSet w:defaultTabStop w:autoHyphenation
        w:consecutiveHyphenLimit w:hyphenationZone w:doNotHyphenateCaps w:showEnvelope
        w:summaryLength w:clickAndTypeStyle w:defaultTableStyle w:evenAndOddHeaders
        w:bookFoldRevPrinting w:bookFoldPrinting w:bookFoldPrintingSheets
        w:drawingGridHorizontalSpacing w:drawingGridVerticalSpacing
        w:displayHorizontalDrawingGridEvery w:displayVerticalDrawingGridEvery
        w:doNotUseMarginsForDrawingGridOrigin w:drawingGridHorizontalOrigin
        w:drawingGridVerticalOrigin w:doNotShadeFormData w:noPunctuationKerning
        w:characterSpacingControl w:printTwoOnOne w:strictFirstAndLastChars
        w:noLineBreaksAfter w:noLineBreaksBefore w:savePreviewPicture
        w:doNotValidateAgainstSchema w:saveInvalidXml w:ignoreMixedContent
        w:alwaysShowPlaceholderText w:doNotDemarcateInvalidXml w:saveXmlDataOnly
        w:useXSLTWhenSaving w:saveThroughXslt w:showXMLTags w:alwaysMergeEmptyNamespace
        w:updateFields w:hdrShapeDefaults w:footnotePr w:endnotePr w:compat w:docVars
        w:rsids m:mathPr w:uiCompat97To2003 w:attachedSchema w:themeFontLang
        w:clrSchemeMapping w:doNotIncludeSubdocsInStats w:doNotAutoCompressPictures
        w:forceUpgrade w:captions w:readModeInkLockDown sl:schemaLibrary w:shapeDefaults
        w:decimalSymbol w:listSeparator w14:docId w14:discardImageEditingData
        w14:defaultImageDpi w14:conflictMode w15:chartTrackingRefBased w15:docId
        """.split()
    )
}


def _order_settings(settings: etree._Element) -> None:
    """Put the settings in schema order; left alone when any is unknown (a newer Word's
    extension), since then where it belongs is not known here."""
    children = list(settings)
    if any(child.tag not in _SETTINGS_ORDER for child in children):
        return
    ordered = sorted(children, key=lambda c: _SETTINGS_ORDER[c.tag])
    if ordered != children:
        for child in children:
            settings.remove(child)
        settings.extend(ordered)

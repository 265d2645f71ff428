"""Write a Note as a .docx on the template: header block, sections, annexes, properties."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document
from docx.oxml.ns import qn
from lxml import etree

from briefing.export.docx.annex import hanging_indents, write_annex
from briefing.export.docx.comments import Comments
from briefing.export.docx.decision import labelled_line, write_decision
from briefing.export.docx.fields import add_hyperlink
from briefing.export.docx.house import prepare
from briefing.export.docx.numbering import Lists, number_paragraph
from briefing.export.docx.page import set_paper, text_width, write_banners
from briefing.export.docx.schema import add_property
from briefing.export.docx.styles import StyleMap, resolve_styles
from briefing.export.docx.template import (
    default_styles_xml,
    open_template,
    template_warnings,
)
from briefing.export.docx.xml import Builder, T, set_keep_next
from briefing.export.note import Note, NoteParagraph, NoteSection
from briefing.export.options import ExportOptions

LABEL_COLUMN = 1701  # twips (3 cm): "File no.:" fits, values line up


@dataclass
class DocxReport:
    """What the export did that the user may want to know."""

    path: Path
    added_styles: list[str] = field(default_factory=list)  # missing from the house template
    comments: int = 0


def build_document(note: Note, options: ExportOptions) -> tuple[Document, DocxReport]:
    """The finished python-docx Document (not yet saved) and a report."""
    document = open_template(options.template)
    # What sanitising took out of a house template (once: previews build again).
    note.warnings.extend(w for w in template_warnings(options.template) if w not in note.warnings)
    kept = prepare(document)  # clears the body, keeping what the template marks to keep
    styles = resolve_styles(document.styles.element, etree.fromstring(default_styles_xml()))
    builder = Builder(options.east_asian_font)
    if not options.template:
        _house_font(document, note.house)
    body = document.element.body
    set_paper(document, options.paper)
    write_banners(
        document, builder, styles, note.classification, note.file_number, note.draft, note.labels
    )

    # w:sectPr must stay last: take it out, append everything, put it back. (Building in
    # a separate element and moving the children over costs ~250 µs per paragraph: lxml
    # re-checks namespaces on every moved subtree.)
    width = text_width(document.sections[-1])
    sect_pr = body.find(qn("w:sectPr"))
    if sect_pr is not None:
        body.remove(sect_pr)
    content = body
    content.extend(kept.top)
    builder.text_paragraph(content, styles["title"], note.title)
    _header_block(content, builder, styles, note, width)
    builder.text_paragraph(content, styles["action"], note.action)
    lists = Lists(document, styles["list_number"])
    groups = [
        _section(content, builder, styles, lists, document, section, width)
        for section in note.sections
    ]
    closing = [
        labelled_line(content, builder, styles["body"], label, text) for label, text in note.closing
    ]
    last_in_body = not kept.bottom and not note.annexes
    _keep_the_end_together(builder, groups, closing, width, last_in_body)
    content.extend(kept.bottom)
    comments = Comments(document, builder, styles) if options.comments else None
    keys = ("annex_paragraph", "annex_item", "annex_note", "quote")
    hanging = hanging_indents(document.styles.element, [styles[k] for k in keys])
    for annex in note.annexes:
        write_annex(content, builder, styles, annex, comments, hanging)
    if sect_pr is not None:
        body.append(sect_pr)
    _properties(document, note, options)
    report = DocxReport(Path(), styles.added, comments.count if comments else 0)
    return document, report


def _header_block(
    parent: etree._Element, builder: Builder, styles: StyleMap, note: Note, width: int
) -> None:
    """To / From / Date / Subject / File no. as a borderless two-column table."""
    tbl = etree.SubElement(parent, qn("w:tbl"))
    tbl_pr = etree.SubElement(tbl, qn("w:tblPr"))
    _set(tbl_pr, "w:tblStyle", styles["header_table"])
    _set(tbl_pr, "w:tblW", None, w=str(width), type="dxa")
    borders = etree.SubElement(tbl_pr, qn("w:tblBorders"))
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _set(borders, f"w:{side}", "nil")
    _set(tbl_pr, "w:tblLayout", None, type="fixed")
    # No header row, first column or banding: the bit flags in w:val alone, which every
    # Word reads (the named attributes are Word 2010's and fail the Office 2007 schema).
    _set(tbl_pr, "w:tblLook", "0600")
    grid = etree.SubElement(tbl, qn("w:tblGrid"))
    # Wide enough for the longest label on one line ("Critical date:" is longer than
    # "File no.:"): ~115 twips a character of 11 pt bold, plus the cell's padding.
    label_width = max(LABEL_COLUMN, *(115 * (len(label) + 1) + 250 for label, _ in note.fields))
    columns = (label_width, width - label_width)
    for column in columns:
        _set(grid, "w:gridCol", None, w=str(column))
    for label, value in note.fields:
        tr = etree.SubElement(tbl, qn("w:tr"))
        for column, (style, text) in zip(
            columns,
            ((styles["field_label"], f"{label}:"), (styles["field_value"], value)),
            strict=True,
        ):
            tc = etree.SubElement(tr, qn("w:tc"))
            tc_pr = etree.SubElement(tc, qn("w:tcPr"))
            _set(tc_pr, "w:tcW", None, w=str(column), type="dxa")
            builder.text_paragraph(tc, style, text)


def _set(parent: etree._Element, tag: str, val: str | None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, qn(tag))
    if val is not None:
        element.set(qn("w:val"), val)
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), value)
    return element


def _section(
    parent: etree._Element,
    builder: Builder,
    styles: StyleMap,
    lists: Lists,
    document: Document,
    section: NoteSection,
    width: int = 9000,
) -> list[etree._Element]:
    """Write one section; return its paragraphs (heading first), or [] after a table."""
    heading = builder.text_paragraph(parent, styles["h1"], section.title)
    set_keep_next(builder, heading)
    written = [heading]
    if section.rows:
        from briefing.export.docx.table import write_table

        write_table(parent, builder, styles["body"], section.columns, section.rows, width)
        written = []  # a table ends the group: nothing to chain across it
    num_id = lists.start() if section.numbered else None
    style = styles["list_number"] if section.numbered else styles["body"]
    for paragraph in section.paragraphs:
        p = builder.paragraph(parent, style)
        if num_id is not None:
            number_paragraph(builder, p, num_id)
        _paragraph_text(p, builder, styles, document, paragraph)
        written.append(p)
    if section.decision is not None:
        # The request and the place to answer it stay on one page.
        for p in written:
            set_keep_next(builder, p)
        write_decision(parent, builder, styles["body"], section.decision, width)
        written = []  # the block is a table: the tail chain stops there
    return written


# A tail longer than this is not held together: moving a long section to the next page
# would leave a gap worse than the spill it prevents (widow control then does the job).
_TAIL_GROUP = 5
_TAIL_MAX_LINES = 10
# A page that holds only the body's last few lines before the annex reads as a page left
# out by mistake: the end held together is at least this many measured lines, taking in
# the body's last paragraphs before it (never the whole body, never past a table).
_TAIL_MIN_LINES = 5
_CHARS_PER_LINE = 90  # A4 text width at 11 pt (see briefing/brief/length.py)


def _keep_the_end_together(
    builder: Builder,
    groups: list[list[etree._Element]],
    closing: list[etree._Element],
    width: int,
    last_in_body: bool,
) -> None:
    """No one- or two-line spill onto an otherwise empty page.

    The body's end (the last section, a one-line Contact say, and the Attachments line)
    goes into one borderless table row that cannot split, so what reaches a new page is
    the whole of it or nothing. Keep-with-next chains would say the same, but LibreOffice
    (the PDF export) breaks chains of several paragraphs at some page positions; an
    unsplittable row it always moves whole, and so does Word.
    """
    tail = [*(groups[-1] if groups else []), *closing]
    if not tail:
        return
    lines = sum(_lines(p) for p in tail)
    if len(tail) > _TAIL_GROUP or lines > _TAIL_MAX_LINES:
        for p in tail[-3:-1]:  # a long tail: at least its last lines stay together
            set_keep_next(builder, p)
        return
    _lead_in(tail, groups, lines)
    _hold_together(builder, tail, width, last_in_body)


def _lead_in(tail: list[etree._Element], groups: list[list[etree._Element]], lines: int) -> None:
    """Take the body's paragraphs before a short tail into it until it has enough lines.

    Counted in measured lines, not paragraphs: a heading, a one-line say and the
    Attachments line are three paragraphs and still a bare page when they spill alone.
    Paragraphs are taken from the end back only while they sit right before the tail in
    the body (a table or decision block between them stops the chain: moving paragraphs
    across it would reorder the note), and the body's first paragraph always stays out,
    so the whole body is never one unsplittable block.
    """
    before = [p for group in groups[:-1] for p in group]
    while lines < _TAIL_MIN_LINES and len(before) > 1:
        p = before.pop()
        added = _lines(p)
        if p.getnext() is not tail[0] or lines + added > _TAIL_MAX_LINES:
            break
        tail.insert(0, p)
        lines += added


def _hold_together(
    builder: Builder, paragraphs: list[etree._Element], width: int, last_in_body: bool
) -> None:
    """Move consecutive body paragraphs into one borderless, unsplittable table row."""
    first = paragraphs[0]
    tbl = first.makeelement(qn("w:tbl"))
    first.addprevious(tbl)
    tbl_pr = etree.SubElement(tbl, qn("w:tblPr"))
    _set(tbl_pr, "w:tblW", None, w=str(width), type="dxa")
    borders = etree.SubElement(tbl_pr, qn("w:tblBorders"))
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _set(borders, f"w:{side}", "nil")
    _set(tbl_pr, "w:tblLayout", None, type="fixed")
    margins = etree.SubElement(tbl_pr, qn("w:tblCellMar"))
    for side in ("left", "right"):  # text lines up with the body's, not indented
        _set(margins, f"w:{side}", None, w="0", type="dxa")
    _set(tbl_pr, "w:tblLook", "0600")
    _set(etree.SubElement(tbl, qn("w:tblGrid")), "w:gridCol", None, w=str(width))
    tr = etree.SubElement(tbl, qn("w:tr"))
    _set(etree.SubElement(tr, qn("w:trPr")), "w:cantSplit", None)
    tc = etree.SubElement(tr, qn("w:tc"))
    _set(etree.SubElement(tc, qn("w:tcPr")), "w:tcW", None, w=str(width), type="dxa")
    for p in paragraphs:
        tc.append(p)  # moves it out of the body
    if last_in_body:
        # The body must end with a paragraph before its section properties: a hairline
        # one, so it never makes a page of its own.
        end = builder.paragraph(tbl.getparent(), None)
        tbl.addnext(end)
        ppr = builder.ppr(end)
        spacing = add_property(ppr, qn("w:spacing"))
        for name, value in (("before", "0"), ("after", "0"), ("line", "20"), ("lineRule", "exact")):
            spacing.set(qn(f"w:{name}"), value)


def _lines(p: etree._Element) -> int:
    text = "".join(t.text or "" for t in p.iter(T))
    return max(1, -(-len(text) // _CHARS_PER_LINE))


# Spaces that must not break inside a citation: "(para 5)" read as "(para" / "5)" at a
# line end cites nothing; the comma-separated numbers of a long list may still wrap.
_NO_BREAK = re.compile(r"\b(paras?|Annex|release) ")


def no_break(cite: str) -> str:
    return _NO_BREAK.sub("\\1\u00a0", cite)


def _paragraph_text(
    p: etree._Element,
    builder: Builder,
    styles: StyleMap,
    document: Document,
    paragraph: NoteParagraph,
) -> None:
    builder.run(p, paragraph.text)
    if paragraph.cite:
        builder.run(p, " ")
        builder.run(p, no_break(paragraph.cite), styles["citation"])
    if paragraph.link_url:
        add_hyperlink(
            builder,
            document.part,
            p,
            paragraph.link_url,
            paragraph.link_text or paragraph.link_url,
            styles["hyperlink"],
        )


# Word's document properties hold at most 255 characters each (python-docx refuses more):
# a long title (a UN press release's 40-word headline) is cut there; the note prints it whole.
PROPERTY_CHARS = 255


def _fits(text: str) -> str:
    if len(text) <= PROPERTY_CHARS:
        return text
    cut = text[: PROPERTY_CHARS - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > PROPERTY_CHARS // 2 else cut).rstrip(" ,;:") + "…"


def _properties(document: Document, note: Note, options: ExportOptions) -> None:
    props = document.core_properties
    comments = f"Classification: {note.classification}"
    if note.draft:
        comments += "; DRAFT, not reviewed"
    for name, value in (
        ("title", f"{note.title}: {note.subject}" if note.subject else note.title),
        ("subject", note.subject),
        ("author", note.author),
        ("last_modified_by", note.author),
        ("keywords", "; ".join(k for k in note.keywords if k)),
        ("category", note.title),
        ("content_status", note.classification),
        ("comments", comments),
    ):
        setattr(props, name, _fits(value or ""))
    props.created = options.now
    props.modified = options.now
    props.revision = 1


def _house_font(document: Document, house: str) -> None:
    """The preset's body font on every style of the bundled template (Normal takes the size).

    Headings keep their own sizes: a house font rule names the typeface and the body size.
    """
    from briefing.export.presets import choose_preset

    preset = choose_preset(house, None)
    if preset.font is None:
        return
    from docx.shared import Pt

    name, size = preset.font
    for style in document.styles:
        font = getattr(style, "font", None)
        if font is None:
            continue
        font.name = name
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.get_or_add_rFonts()
        fonts.set(qn("w:cs"), name)
    document.styles["Normal"].font.size = Pt(size)

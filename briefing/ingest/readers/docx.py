"""Word .docx: one Line per paragraph, with Word's list numbering and notes resolved."""

from __future__ import annotations

import re
from pathlib import Path

from briefing.ingest.errors import ReleaseReadError
from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.readers.docx_footer_dates import footer_date
from briefing.ingest.readers.docx_headers import (
    headers_footers,
    printed_date,
    running_title,
)
from briefing.ingest.readers.docx_manual import link_manual_notes, raised, superscript_mark
from briefing.ingest.readers.docx_notes import (
    Notes,
    framed_note,
    link_framed_notes,
    load_notes,
    note_lines,
)
from briefing.ingest.readers.docx_numbering import Numbering, left_indent
from briefing.ingest.readers.docx_package import (
    core_metadata,
    damaged,
    open_docx,
    part_xml,
    related_parts,
)
from briefing.ingest.readers.docx_styles import Styles, on_off
from briefing.ingest.readers.docx_xml import NS, W, w_int, w_val
from briefing.ingest.readers.limits import check_file

_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Subtrees that hold no visible paragraph text.
_SKIP = frozenset(
    W + t
    for t in (
        "pPr",
        "rPr",
        "delText",
        "del",
        "moveFrom",
        "commentReference",
        "footnoteRef",
        "endnoteRef",
    )
)
_SKIP |= {_MC_FALLBACK}


# A contents entry ends in a tab (or dot leader) and its page number: "Introduction\t2".
# Only the page number is matched by pattern (anchored, bounded: linear on any text).
_PAGE_AT_END = re.compile(r"(?:\d{1,4}|[ivxlc]{1,6})$", re.IGNORECASE)


def _contents_entry(text: str) -> bool:
    m = _PAGE_AT_END.search(text)
    return m is not None and text[: m.start()].rstrip(" ").endswith(("\t", "...", "…"))


# Twips (1/1440 inch) by which a nested list sits deeper than its parent item: Word's
# own steps are 360-720; less is alignment noise.
_NESTED_INDENT = 200
# A caption names the table or figure it sits over: "Table 2", "Figure 1.3", "Chart A".
_CAPTION = re.compile(r"(?:Table|Figure|Chart|Graph|Box)\s+[\w.-]{1,6}\b", re.IGNORECASE)


# A line that only names a table or figure: "Table", "Figure 2", "Chart 3.1".
_CAPTION_WORD = re.compile(
    r"^(?:Table|Figure|Chart|Graph|Box|Map|Tableau|Cuadro|Gráfico)(?:\s+[\w.-]{1,8})?$"
)

# Lines between a table and a note printed under it ("Unit: %", "Source: ...").
_TABLE_NOTE_GAP = 2


class _Reader:
    """Walks document.xml in order, producing Lines."""

    def __init__(
        self, styles: Styles, numbering: Numbering, footnotes: Notes, endnotes: Notes
    ) -> None:
        self.styles = styles
        self.numbering = numbering
        self.notes = {"footnoteReference": footnotes, "endnoteReference": endnotes}
        self.lines: list[Line] = []
        self.refs: list[tuple[Notes, str]] = []  # note references of the paragraph being read
        self.crossheads: set[int] = set()  # lines styled as headings for their bold
        self.page_heads: set[int] = set()  # bold headings opening a new page
        # Nesting of separate lists: numId -> levels added to its ilvl; the list item
        # read last as (numId, level, left indent).
        self.list_offsets: dict[str, int] = {}
        self.last_item: tuple[str, int, int | None] | None = None
        self.dropped: list[tuple[str, str]] = []  # text Word shows but never prints
        # Open complex fields (w:fldChar begin..end): [instruction, in its result?].
        self.fields: list[list] = []
        self.in_contents = False  # text of the paragraph came from a TOC field's result
        self.table_end = -1  # len(lines) when the last table of several columns ended
        # Superscript marks typed by hand (docx_manual): (mark, opens the paragraph?)
        # of the paragraph being read; (line, mark) cited in the text; line -> the mark
        # a paragraph opens with.
        self.sup_marks: list[tuple[str, bool]] = []
        self.manual_cites: list[tuple[int, str]] = []
        self.manual_openers: dict[int, str] = {}
        self.row_marks: list[tuple[int, str, bool]] = []  # marks of table cells, unsettled

    def blocks(self, parent, in_table: bool = False) -> None:
        """Paragraphs and tables under a body, cell, text box or content control."""
        children = list(parent)
        for i, child in enumerate(children):
            tag = child.tag
            if tag == W + "p":
                before_table = i + 1 < len(children) and children[i + 1].tag == W + "tbl"
                self.paragraph(child, in_table, before_table)
            elif tag == W + "tbl":
                self.table(child)
            elif tag == W + "sdt":  # content control around whole paragraphs
                content = child.find("w:sdtContent", NS)
                if content is None or self._placeholder(child, content):
                    continue
                if _gallery(child) == "table of contents":
                    # Word wraps its table of contents in a control of this gallery,
                    # also when the TOC field was flattened to text: all of it is the
                    # file's furniture (the "Contents" title and the entries).
                    fields, self.fields = self.fields, []
                    for p in content.iter(W + "p"):
                        parts: list[str] = []
                        self._text(p, parts, [])
                        if text := " ".join("".join(parts).split()):
                            self.dropped.append(("contents", text))
                    self.fields = fields
                    continue
                self.blocks(content, in_table)
            elif tag in (W + "customXml", W + "ins", W + "moveTo"):
                self.blocks(child, in_table)

    def table(self, tbl) -> None:
        """A table of several columns is read one line per row, its cells joined by
        " | " (as the HTML reader does): a row ("35 | Development Account | 19 011")
        is one statement of the table, and cut into cells its figures lose the label
        they belong to. A one-column table is a frame around paragraphs: read as such."""
        rows = [list(_unwrap(row, "tc")) for row in _unwrap(tbl, "tr")]
        if all(len(cells) <= 1 for cells in rows):
            start = len(self.lines)
            for cells in rows:
                for cell in cells:
                    self.blocks(cell, in_table=True)
            self._settle_row_marks(start, joined=False)
            return
        labels = [_cell_text(cells[0]) if len(cells) == 2 else "" for cells in rows if cells]
        if labels and all(_CELL_LABEL.match(label) for label in labels):
            # Legal texts set numbered points as two-cell rows ("(a) | text"), the
            # number in a narrow left cell: the rows are the text's numbered points.
            for cells in (c for c in rows if c):
                start = len(self.lines)
                self.blocks(cells[1], in_table=False)
                if start < len(self.lines):
                    first = self.lines[start]
                    self.lines[start] = Line(
                        first.text,
                        style=first.style or "list-item",
                        level=first.level,
                        label=_cell_text(cells[0]),
                        note_of=first.note_of,
                    )
            return
        for cells in rows:
            start = len(self.lines)
            bounds = []
            for cell in cells:
                self.blocks(cell, in_table=True)
                bounds.append(len(self.lines))
            got = self.lines[start:]
            if len(got) < 2 or any(line.style == "footnote" for line in got):
                self._settle_row_marks(start, joined=False)
                continue  # nothing to join, or a note framed inside the row
            texts, lo = [], start
            for hi in bounds:
                texts.append(" ".join(line.text for line in self.lines[lo:hi]))
                lo = hi
            del self.lines[start:]
            self.lines.append(Line(" | ".join(texts), style="table"))
            for notes in self.notes.values():  # references in the row now sit on it
                for citation in notes.cited.values():
                    if citation.line is not None and citation.line >= start:
                        citation.line = start
            self._settle_row_marks(start, joined=True)
        self.table_end = len(self.lines)

    def paragraph(self, p, in_table: bool, before_table: bool = False) -> None:
        ppr = p.find("w:pPr", NS)
        style_id = w_val(ppr, "w:pStyle") or self.styles.default_id
        label, ilvl = self._label(ppr, style_id)
        if label is not None and not in_table:
            ilvl = self._nested(ppr, style_id, ilvl)
        boxes: list = []
        parts: list[str] = []
        self.refs = []
        self.in_contents = False
        self.sup_marks = []
        self._text(p, parts, boxes)
        refs, self.refs = self.refs, []
        marks, self.sup_marks = self.sup_marks, []
        text = "".join(parts).replace("\xa0", " ").strip()
        if self.in_contents and (not text or _contents_entry(text)):
            # A table of contents generated by Word (a TOC field) repeats the headings
            # with page numbers: it is the file's furniture, and read as text its
            # entries would pass for a run of headings before the body. Only entries
            # (text, tab, page number) go, so a TOC field left unclosed loses no body.
            if text:
                self.dropped.append(("contents", " ".join(text.split())))
            for box in boxes:
                self.blocks(box, in_table)
            return
        pieces = [piece.strip() for piece in text.split("\n") if piece.strip()]
        if len(pieces) > 1 and not in_table and label is None and _lines_of_a_block(pieces):
            # Short lines broken by hand (a title over its "Generated on" line, an
            # address) are lines of their own, as the author set them.
            for piece in pieces[:-1]:
                self.lines.append(Line(piece, style=self.styles.hint(style_id)))
            text = pieces[-1]
        else:
            text = " ".join(text.split("\n")) if "\n" in text else text
        if text:
            outline = w_int(ppr, "w:outlineLvl")
            if outline is None:
                outline = self.styles.outline_level(style_id)
            style = self.styles.hint(style_id)
            if not style and outline is not None and outline < 6:
                style = f"heading{outline + 1}"
            if (
                not style
                and not in_table
                # "Members Present:" in bold is a lead-in to the list under it.
                and (label is not None or not text.endswith(":"))
                # "Table 2 Inflation forecasts" set in bold over its table is the
                # table's caption: the cells under it are its notes, not a section.
                and not (before_table and _CAPTION.match(text))
                and self._bold_crosshead(p, style_id, text, _page_start(p))
            ):
                style = _crosshead_style(label)
                if _page_start(p):
                    # A bold line opening a new page names the part the author started
                    # the page for (an appendix, an annex): a heading even when a bold
                    # title line follows it (that line is then its text).
                    self.page_heads.add(len(self.lines))
                else:
                    self.crossheads.add(len(self.lines))
            if style.startswith("heading") and label is None and _CAPTION_WORD.match(text):
                # "Table 36.1" set in a heading style over the table's title names no
                # section: the title under it is the heading; this line is its number.
                style = ""
            if not style and label is not None:
                style = "list-item"
            if in_table:
                style = "table"
            line = Line(
                text, style=style, level=ilvl if label is not None else 0, label=label or ""
            )
            if ppr is not None and ppr.find("w:framePr", NS) is not None:
                line = framed_note(line, self.lines)
            elif not in_table and 0 <= len(self.lines) - self.table_end <= _TABLE_NOTE_GAP:
                # A table prints its notes right under it ("* Excluding energy."), a
                # unit line or source between at most; the mark sits on a cell's word.
                # Only a row citing that mark makes the line a note.
                noted = framed_note(line, self.lines)
                if noted.style == "footnote":
                    line = noted
            self.lines.append(line)
            for notes, note_id in refs:
                notes.place(note_id, len(self.lines) - 1)
            # In a table the lines may still be joined into rows: table() settles them.
            pending = self.row_marks if in_table else None
            for mark, opens in marks:
                self._manual_mark(len(self.lines) - 1, mark, opens, pending)
        for box in boxes:  # text boxes anchored in this paragraph follow it
            self.blocks(box, in_table)

    def _manual_mark(self, line: int, mark: str, opens: bool, pending: list | None) -> None:
        if pending is not None:
            pending.append((line, mark, opens))
        elif opens:
            self.manual_openers[line] = mark
        else:
            self.manual_cites.append((line, mark))

    def _settle_row_marks(self, start: int, joined: bool) -> None:
        """Marks read in table cells from line ``start`` on: a row joined into one line
        cites from that line; a paragraph opening a cell of its own may be a note (the
        notes a table prints in its last rows)."""
        keep = [m for m in self.row_marks if m[0] < start]
        for line, mark, opens in self.row_marks[len(keep) :]:
            # In a joined row a mark opening a cell follows the cells before it.
            self._manual_mark(start if joined else line, mark, opens and not joined, None)
        self.row_marks = keep

    def _bold_crosshead(self, p, style_id: str | None, text: str, page_start: bool = False) -> bool:
        """A short paragraph set all in bold, not ending like a sentence, is a
        crosshead: documents formatted by hand (minutes, press releases) mark their
        section titles so rather than with heading styles. An appendix's title on its
        own page may run longer."""
        words = _PAGE_HEAD_WORDS if page_start else _CROSSHEAD_WORDS
        if len(text.split()) > words or text[-1:] in ".;,!?" or len(text) < 2:
            return False
        base = self.styles.bold(style_id)
        seen = False
        for run in p.iter(W + "r"):
            if not "".join(t.text or "" for t in run.iterfind("w:t", NS)).strip():
                continue
            seen = True
            bold = on_off(run.find("w:rPr/w:b", NS))
            if not (base if bold is None else bold):
                return False
        return seen

    def _nested(self, ppr, style_id: str | None, ilvl: int) -> int:
        """The item's level across lists. Word counts ilvl within one list only: minutes
        often set sub-points ("A.", "B.") as a separate list at ilvl 0 under an item
        "(2)" of another list, indented further. A list that first appears after
        an item of another list and is indented deeper than it is nested under it."""
        num_id = self._num_id(ppr, style_id)
        if num_id is None:
            return ilvl
        indent = left_indent(ppr)
        if indent is None:
            indent = self.numbering.indent(num_id, ilvl)
        if num_id not in self.list_offsets:
            offset = 0
            last = self.last_item
            if (
                last is not None
                and last[0] != num_id
                and indent is not None
                and last[2] is not None
                and indent >= last[2] + _NESTED_INDENT
            ):
                offset = max(0, last[1] + 1 - ilvl)
            self.list_offsets[num_id] = offset
        level = min(ilvl + self.list_offsets[num_id], 8)
        self.last_item = (num_id, level, indent)
        return level

    def _num_id(self, ppr, style_id: str | None) -> str | None:
        num_pr = ppr.find("w:numPr", NS) if ppr is not None else None
        num_id = w_val(num_pr, "w:numId") if num_pr is not None else None
        return num_id if num_id is not None else self.styles.numbering(style_id)[0]

    def _label(self, ppr, style_id: str | None) -> tuple[str | None, int]:
        num_pr = ppr.find("w:numPr", NS) if ppr is not None else None
        style_num, style_ilvl = self.styles.numbering(style_id)
        num_id = w_val(num_pr, "w:numId") if num_pr is not None else None
        ilvl = w_int(num_pr, "w:ilvl") if num_pr is not None else None
        if num_id is None:
            num_id = style_num
        if ilvl is None:
            ilvl = style_ilvl
        if num_id is None:
            return None, 0
        if ilvl is None:
            ilvl = self.numbering.level_for_style(num_id, style_id or "")
        ilvl = max(0, min(ilvl, 8))
        # Empty numbered paragraphs still advance Word's counters, so always ask.
        return self.numbering.label(num_id, ilvl), ilvl

    def _placeholder(self, sdt, content) -> bool:
        """A content control still showing its prompt ("Click or tap here to enter
        text.") holds nothing the author wrote: templates of ministries and councils
        leave such fields in issued releases. Its prompt is listed as dropped."""
        if on_off(sdt.find("w:sdtPr/w:showingPlcHdr", NS)) is not True:
            return False
        parts: list[str] = []
        self._text(content, parts, [])
        prompt = " ".join("".join(parts).split())
        if prompt:
            self.dropped.append(("placeholder", prompt))
        return True

    def _text(self, el, out: list[str], boxes: list) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == W + "r" and _hidden(child):
                # Hidden text (w:vanish) is never printed: drafters' notes, merge
                # instructions. Listed as dropped, not read as the release's words.
                hidden: list[str] = []
                self._text(child, hidden, [])
                if "".join(hidden).strip():
                    self.dropped.append(("hidden", " ".join("".join(hidden).split())))
                continue
            if tag == W + "r" and raised(child, self.styles.superscript):
                start = len(out)
                self._text(child, out, boxes)
                if mark := superscript_mark(child, "".join(out[start:])):
                    self.sup_marks.append((mark, not "".join(out[:start]).strip()))
                continue
            if tag == W + "sdt":
                content = child.find("w:sdtContent", NS)
                if content is not None and not self._placeholder(child, content):
                    self._text(content, out, boxes)
                continue
            if tag == W + "sym":
                out.append(_symbol(child))
            elif tag == W + "t":
                out.append(child.text or "")
                if child.text and self._in_contents():
                    self.in_contents = True
            elif tag == W + "fldChar":
                self._field_char(child.get(W + "fldCharType"))
            elif tag == W + "instrText":
                if self.fields:
                    self.fields[-1][0] += child.text or ""
            elif tag == W + "tab" or tag == W + "ptab":
                out.append("\t")
            elif tag in (W + "br", W + "cr"):
                # A page or column break is just a space; a line break may separate
                # lines of a block (see paragraph()).
                out.append("\n" if child.get(W + "type") in (None, "textWrapping") else " ")
            elif tag == W + "noBreakHyphen":
                out.append("-")
            elif tag == W + "txbxContent":
                boxes.append(child)
            elif tag in (W + "footnoteReference", W + "endnoteReference"):
                out.append(self._note_marker(child))
            elif tag != W + "softHyphen":
                self._text(child, out, boxes)

    def _field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self.fields.append(["", False])
        elif kind == "separate" and self.fields:
            self.fields[-1][1] = True
        elif kind == "end" and self.fields:
            self.fields.pop()

    def _in_contents(self) -> bool:
        """Inside the printed result of a TOC field (the result of a field nested in
        it, a page-number PAGEREF or a HYPERLINK, counts too)."""
        return any(shown and instr.split()[:1] == ["TOC"] for instr, shown in self.fields)

    def _note_marker(self, ref) -> str:
        notes = self.notes[ref.tag[len(W) :]]
        custom = None
        if ref.get(W + "customMarkFollows") in ("1", "true", "on"):
            run = ref.getparent()
            custom = "".join(t.text or "" for t in run.iterfind("w:t", NS)).strip() or "*"
        note_id = ref.get(W + "id", "")
        self.refs.append((notes, note_id))
        return notes.cite(note_id, custom)

    def note_text(self, p) -> str:
        """A note paragraph as text (its own auto-number, w:footnoteRef, is skipped)."""
        parts: list[str] = []
        fields, self.fields = self.fields, []  # a note's fields are its own
        self._text(p, parts, [])
        self.fields = fields
        return " ".join("".join(parts).replace("\xa0", " ").split())


def _cells(table):
    """The cells of a table in reading order. Rows and cells may sit inside content
    controls (a repeating section's rows) or custom XML; their text is the table's."""
    for row in _unwrap(table, "tr"):
        yield from _unwrap(row, "tc")


def _unwrap(parent, name: str):
    for child in parent:
        if child.tag == W + name:
            yield child
        elif child.tag == W + "sdt":
            content = child.find("w:sdtContent", NS)
            if content is not None:
                yield from _unwrap(content, name)
        elif child.tag in (W + "customXml", W + "ins", W + "moveTo"):
            yield from _unwrap(child, name)


# A point's number alone in a cell: "1.", "(a)", "iv)", "–".
_CELL_LABEL = re.compile(
    r"^(?:\(?\d{1,3}[a-z]?[.)]?|\(?[a-z]{1,2}\)|[a-z]\.|\(?[ivxlc]{1,6}[.)]|[—–•·▪◦*-])$",
    re.IGNORECASE,
)


def _cell_text(cell) -> str:
    return " ".join("".join(t.text or "" for t in cell.iter(W + "t")).split())


def _gallery(sdt) -> str:
    """The building-block gallery of a content control ("table of contents"), lower-cased."""
    return (w_val(sdt, "w:sdtPr/w:docPartObj/w:docPartGallery") or "").lower()


def _hidden(run) -> bool:
    return on_off(run.find("w:rPr/w:vanish", NS)) is True


# Symbol and Wingdings characters (w:sym) are stored at private-use code points
# (F0xx); the common list and check marks map to their Unicode look-alikes.
_SYMBOLS = {
    0xB7: "•",
    0xA7: "▪",
    0xD8: "➢",
    0xFC: "✓",
    0x6E: "■",
    0x71: "❑",
    0x2D: "–",
    0xBE: "—",
    0xB1: "±",
    0xB4: "×",
}


def _symbol(sym) -> str:
    try:
        code = int(sym.get(W + "char", ""), 16)
    except ValueError:
        return ""
    if code >= 0xF000:
        code -= 0xF000
    return _SYMBOLS.get(code, chr(code) if 0x20 < code < 0x7F else "")


def _load_notes(doc, kind: str) -> Notes:
    doc_part = doc.part
    parts = [part_xml(part) for part in related_parts(doc_part, kind + "s")]
    settings = None
    for part in related_parts(doc_part, "settings"):
        settings = part_xml(part)
    body = doc.element.find("w:body", NS)
    sect_pr = body.find("w:sectPr", NS) if body is not None else None
    return load_notes(kind, parts, settings, sect_pr)


_SHORT_LINE_WORDS = 15
_CROSSHEAD_WORDS = 15  # a bold paragraph longer than this is a bold lead sentence
_PAGE_HEAD_WORDS = 25  # a part's title set alone atop a new page
# Crosshead levels by the shape of their number, as official documents nest them:
# "I." parts over "1." sections over "(1)" subsections over "(a)" points.
_ROMAN = re.compile(r"^[IVXLC]+[.)]$")
_DIGIT = re.compile(r"^\d+[.)]$")


def _crosshead_style(label: str | None) -> str:
    if not label:
        return "heading2"
    if _ROMAN.match(label):
        return "heading3"
    if _DIGIT.match(label):
        return "heading4"
    return "heading5"


def _page_start(p) -> bool:
    """The paragraph opens a new page: Word's page-break-before, or a page break typed
    before its first words."""
    ppr = p.find("w:pPr", NS)
    if ppr is not None and on_off(ppr.find("w:pageBreakBefore", NS)):
        return True
    for el in p.iter(W + "br", W + "t"):
        if el.tag == W + "t" and (el.text or "").strip():
            return False
        if el.tag == W + "br" and el.get(W + "type") == "page":
            return True
    return False


def _page_head_titles(lines: list[Line], page_heads: set[int], crossheads: set[int]) -> None:
    """A bold line right under a page's heading ("Appendix 2" then "Comparison of the
    facilities") is that part's title, printed as its first line: text of the part,
    not a heading of its own that holds nothing."""
    for i in sorted(page_heads):
        if i + 1 in crossheads:
            crossheads.discard(i + 1)
            one = lines[i + 1]
            one.style = "list-item" if one.label else ""


def _lone_crossheads(lines: list[Line], crossheads: set[int]) -> None:
    """Two bold "crossheads" of one level in a row head nothing: a list of bold items
    (decisions, names), not sections. They go back to plain lines or list items."""
    for i in sorted(crossheads):
        j = i + 1
        if j in crossheads and lines[i].style == lines[j].style:
            for one in (lines[i], lines[j]):
                one.style = "list-item" if one.label else ""


def _lines_of_a_block(pieces: list[str]) -> bool:
    """Manual line breaks between short lines (no piece longer than a heading) are line
    ends; inside prose a hand-made break is only a wrap."""
    return all(len(piece.split()) <= _SHORT_LINE_WORDS for piece in pieces)


def read_docx(path: Path) -> Extracted:
    """Read a .docx: body paragraphs and table cells in order, numbering labels,
    footnotes and endnotes (their marks printed in the text, the notes appended with
    ``note_of``), headers/footers as removed."""
    check_file(path)
    doc = open_docx(path)
    try:
        return _extract(doc, path)
    except ReleaseReadError:
        raise
    except Exception as exc:  # malformed parts we only meet while walking
        raise damaged(path, f"{type(exc).__name__}: {exc}"[:120]) from exc


def _extract(doc, path: Path) -> Extracted:
    doc_part = doc.part
    styles_parts = related_parts(doc_part, "styles")
    styles = Styles(part_xml(styles_parts[0]) if styles_parts else None)
    numbering_parts = related_parts(doc_part, "numbering")
    numbering = Numbering(
        part_xml(numbering_parts[0]) if numbering_parts else None, styles.numbering_styles()
    )
    footnotes, endnotes = _load_notes(doc, "footnote"), _load_notes(doc, "endnote")
    reader = _Reader(styles, numbering, footnotes, endnotes)
    body = doc.element.find("w:body", NS)
    if body is not None:
        reader.blocks(body)
    link_framed_notes(reader.lines)
    link_manual_notes(reader.lines, reader.manual_cites, reader.manual_openers)
    _page_head_titles(reader.lines, reader.page_heads, reader.crossheads)
    _lone_crossheads(reader.lines, reader.crossheads)
    dropped: list[tuple[str, str]] = reader.dropped
    # Notes follow the body: the body's paragraphs stay one unbroken run for the
    # segmenting and role rules, and note_of already ties each note to its paragraph.
    for notes in (footnotes, endnotes):
        if notes.cited and not notes.has_part:
            raise ReleaseReadError(
                path,
                f"the text refers to {notes.kind}s but the file has no {notes.kind}s part "
                f"(word/{notes.kind}s.xml is missing)",
            )
        lines, left_out = note_lines(notes, reader.note_text)
        reader.lines.extend(lines)
        dropped.extend(left_out)
    metadata = core_metadata(doc)
    # (Date fields' results are left out: they show the day the file was opened.)
    headers = headers_footers(doc_part, ("header",))
    footers = headers_footers(doc_part, ("footer",))
    printed = printed_date(headers)
    if printed:
        metadata["date"] = printed
    footed = footer_date(footers)
    if footed:
        metadata["footer_date"] = footed
    running = running_title(headers)
    if running:
        metadata["running_title"] = running
    return Extracted(
        lines=reader.lines,
        format="docx",
        blocks_are_paragraphs=True,
        join_wraps=False,
        removed=list(dict.fromkeys(headers + footers)),
        dropped=dropped,
        metadata=metadata,
    )

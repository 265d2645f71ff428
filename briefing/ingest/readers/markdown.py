"""Markdown (CommonMark) releases: one Line per block, markup stripped, nothing lost.

markdown-it-py parses the file; this module walks its block tokens. Releases reach us
as Markdown from static sites, archives and converters (pandoc), so the walk keeps what
a reader of the rendered page sees: headings, list numbers (a list may start at 33),
quotes, tables, footnotes; and lists what the page does not show as text (front
matter, comments, images, rules, "###" end marks) in ``dropped``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from briefing.ingest.errors import ReleaseReadError
from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.page_separators import strip_page_separators
from briefing.ingest.readers.decode import decode_bytes
from briefing.ingest.readers.limits import read_bytes
from briefing.ingest.readers.markdown_emphasis import close_spaced_bold
from briefing.ingest.readers.markdown_headings import space_glued_headings
from briefing.ingest.readers.markdown_html_notes import html_items, take_markers
from briefing.ingest.readers.markdown_inline import (
    Inline,
    ends_with_gaps,
    note_label,
    render_inline,
)
from briefing.ingest.readers.markdown_item_labels import printed_label_wins
from briefing.ingest.readers.markdown_lines import pdf_lines_markdown
from briefing.ingest.readers.markdown_mkdocs import strip_mkdocs_boxes
from briefing.ingest.readers.markdown_pages import strip_paged_furniture
from briefing.ingest.readers.markdown_pandoc import strip_pandoc_attributes
from briefing.ingest.readers.text import extract_text

_HTML_PAGE = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
# Press releases end with "###" or "-30-" (a newsroom convention, not content).
_END_MARK = re.compile(r"^(?:#{2,}|-\s?30\s?-)$")
_WS = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]*>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
# One Markdown link to an anchor of the page itself, with words for its text.
_ANCHOR_LINK = re.compile(r"\[[^\]\[]*[^\W\d_][^\]\[]*\]\(#[^)\s]*\)")
# An HTML block that is one link to a document file and nothing else.
_FILE_LINK = re.compile(
    r"<a\b[^>]*\bhref=[\"'][^\"']+\.(?:pdf|docx?|odt|rtf|xlsx?|zip)(?:[?#][^\"']*)?[\"'][^>]*>"
    r"[^<]{0,200}</a>"
    r"|\[[^\]]{0,200}\]\([^)\s]+\.(?:pdf|docx?|odt|rtf|xlsx?|zip)(?:[?#][^)\s]*)?\)",
    re.I,
)
# A bold-only paragraph longer than this is emphasis, not a heading.
_MAX_HEADING_WORDS = 14
# Prepositions that open the name of a topic ("Au titre des ...", "On ...", "Sobre ...",
# "In materia di ...", "Relativement à ...") in the languages of the releases read.
_TOPIC_OPENING = re.compile(
    r"^(?:AU TITRE D|SUR |EN MATI[EÈ]RE D|CONCERNANT |RELATIVEMENT [AÀ] |S'AGISSANT D"
    r"|S’AGISSANT D|POUR CE QUI (?:EST|CONCERNE) |ON |REGARDING |CONCERNING |AS REGARDS "
    r"|WITH REGARD TO |IN RESPECT OF |UNDER |SOBRE |EN MATERIA DE |RESPECTO (?:DE|A) "
    r"|IN MATERIA DI |RIGUARDO A|QUANTO A|EM MAT[EÉ]RIA DE |NO QUE (?:SE REFERE|DIZ RESPEITO) )"
)


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark").use(front_matter_plugin).use(footnote_plugin).enable("table")
    # The footnote plugin silently discards definitions nothing refers to; keep them.
    md.core.ruler.before("footnote_tail", "keep_unused_notes", _keep_unused_notes)
    return md


def _keep_unused_notes(state) -> None:
    """Record the inline text of every footnote definition before the plugin's tail
    rule drops the ones never referred to."""
    label = None
    found: dict[str, list[str]] = {}
    for token in state.tokens:
        if token.type == "footnote_reference_open":
            label = token.meta.get("label", "")
            found[label] = []
        elif token.type == "footnote_reference_close":
            label = None
        elif label is not None and token.type == "inline":
            found[label].append(token)
    state.env["all_notes"] = found


def read_markdown(path: Path) -> Extracted:
    """Read a .md/.markdown file, detecting its encoding."""
    notes: list[tuple[str, str]] = []
    text, encoding = decode_bytes(read_bytes(path), path, notes=notes)
    extracted = extract_markdown(text, path, encoding)
    extracted.dropped.extend(notes)
    return extracted


def extract_markdown(text: str, source: Path | str = "text", encoding: str = "") -> Extracted:
    """Blocks of Markdown ``text`` as Lines, with front matter as metadata."""
    text = text.lstrip("\ufeff")
    if _HTML_PAGE.match(text[:4096]):
        raise ReleaseReadError(
            source, "this is an HTML page saved as .md (rename it to .html to read it)"
        )
    if pdf_lines_markdown(text):
        # A PDF's lines with page marks and no Markdown: plain text (markdown_lines).
        return extract_text(text, "txt", encoding)
    attributes: list[str] = []
    text = strip_pandoc_attributes(text, attributes)
    text = strip_mkdocs_boxes(text, attributes)
    text = close_spaced_bold(text)
    text = space_glued_headings(text)  # "####Inleiding" (markdown_headings)
    separators: list[tuple[str, str]] = []  # "===== Page 12 =====" (page_separators)
    text = strip_page_separators(text, separators)
    # A PDF's text with "<!-- page 2 -->" marks: its running heads and page numbers.
    text = strip_paged_furniture(text, separators)
    env: dict = {}
    tokens = _parser().parse(text, env)
    walker = _Walker(source, text.splitlines())
    walker.gap_ends = ends_with_gaps(text)  # (markdown_inline: lost paragraph breaks)
    walker.walk(tokens, env)
    if attributes:
        walker.dropped.append(("markup", " ".join(attributes)))
    walker.dropped.extend(separators)
    if not any(line.text or line.label for line in walker.lines):
        raise ReleaseReadError(source, "the file has no text (only markup or front matter)")
    return Extracted(
        lines=walker.lines,
        format="md",
        blocks_are_paragraphs=True,
        join_wraps=False,
        encoding=encoding,
        dropped=walker.dropped,
        metadata=walker.metadata,
    )


class _Walker:
    """Turns the flat token stream into Lines, tracking lists, quotes and tables."""

    def __init__(self, source: Path | str, source_lines: list[str]) -> None:
        self.source = source
        self.source_lines = source_lines  # for markup we list as written ("---")
        self.lines: list[Line] = []
        self.dropped: list[tuple[str, str]] = []
        self.metadata: dict[str, str] = {}
        self.lists: list[dict] = []  # open lists: ordered?, next number, delimiter
        self.quote = 0
        self.item_label: str | None = None  # label of the list item not yet printed
        self.block = ""  # "heading1".."heading6", "paragraph", "cell"
        self.row: list[str] | None = None
        self.note_refs: dict[int, int] = {}  # footnote id -> line holding its first ref
        self.note: int | None = None  # footnote id whose definition is being read
        self.note_label = ""  # ... and the number it is printed with
        self.sup_marks: dict[str, int] = {}  # <sup> marker -> line holding it
        self.last_heading = 1
        self.heading_markup = ""
        # The document ends paragraphs with runs of spaces (markdown_inline.ends_with_gaps).
        self.gap_ends = False

    def walk(self, tokens: list, env: dict) -> None:
        for token in tokens:
            handler = getattr(self, "_" + token.type, None)
            if handler is not None:
                handler(token)
        self._unused_notes(env)
        # Link reference definitions ("[1]: http://...") are not shown on the page.
        for label, ref in env.get("references", {}).items():
            self.dropped.append(("link", f"[{label}]: {ref.get('href', '')}".strip()))

    # Block structure.
    def _front_matter(self, token) -> None:
        from briefing.ingest.readers.markdown_meta import parse_front_matter

        self.metadata.update(parse_front_matter(token.content, self.source))
        self.dropped.append(("metadata", token.content.strip()))

    def _heading_open(self, token) -> None:
        self.block = f"heading{token.tag[1:]}"
        self.heading_markup = token.markup
        if token.markup.startswith("#"):
            self.last_heading = int(token.tag[1:])

    def _paragraph_open(self, token) -> None:
        self.block = "paragraph"

    def _bullet_list_open(self, token) -> None:
        self.lists.append({"ordered": False})

    def _ordered_list_open(self, token) -> None:
        start = token.attrs.get("start", 1)
        self.lists.append({"ordered": True, "next": int(start) if start is not None else 1})

    def _bullet_list_close(self, token) -> None:
        self._close_item()
        self.lists.pop()

    _ordered_list_close = _bullet_list_close

    def _list_item_open(self, token) -> None:
        self._close_item()
        current = self.lists[-1]
        if current["ordered"]:
            # markup is the delimiter, "." or ")": printed as the source wrote it.
            self.item_label = f"{current['next']}{token.markup or '.'}"
            current["next"] += 1
        else:
            # "*" and "+" render as a bullet; a "*" label would read as a footnote mark.
            self.item_label = "-" if token.markup == "-" else "•"

    def _list_item_close(self, token) -> None:
        self._close_item()

    def _close_item(self) -> None:
        """An item with no text still prints its number: keep it as a label. (A bullet
        with no text of its own, "- 1. The ...", where the converter's bullet stands
        before the document's numbered list, prints nothing: markdown_item_labels.)"""
        if self.item_label is not None:
            if self.item_label in ("-", "•"):
                self.item_label = None
                return
            self._add("", "list-item")

    def _blockquote_open(self, token) -> None:
        self.quote += 1

    def _blockquote_close(self, token) -> None:
        self.quote -= 1

    def _hr(self, token) -> None:
        self.dropped.append(("markup", self._source_line(token) or "---"))

    def _source_line(self, token) -> str:
        if token.map is None or token.map[0] >= len(self.source_lines):
            return ""
        return self.source_lines[token.map[0]].strip()

    def _code_block(self, token) -> None:
        # Releases have no code: an indented block is text indented by accident.
        for part in re.split(r"\n\s*\n", token.content):
            if part.lstrip().startswith("<") and self._html_notes(part):
                continue  # notes of a raw HTML list indented under a blank line
            if text := _squash(part):
                self._add(text, "")

    def _fence(self, token) -> None:
        self.dropped.append(("markup", self._source_line(token) or token.markup))
        self._code_block(token)

    def _html_block(self, token) -> None:
        raw = token.content
        for comment in _COMMENT.findall(raw):
            self.dropped.append(("comment", comment))
        for part in re.split(r"\n\s*\n", _COMMENT.sub(" ", raw)):
            if self._html_notes(part):
                continue
            part, markers = take_markers(part)
            text = _squash(_TAG.sub(" ", part))
            if text and _FILE_LINK.fullmatch(part.strip()):
                self.dropped.append(("link", text))  # see _inline
            elif text:
                index = self._add(text, "")
                for mark in markers:
                    self.dropped.append(("footnote-marker", mark))
                    self.sup_marks.setdefault(mark, index)

    def _html_notes(self, part: str) -> bool:
        """Read a raw HTML block that lists notes of earlier <sup> markers, item by item
        (markdown_html_notes); False when it lists none."""
        items = html_items(part, self.sup_marks)
        if items is None:
            return False
        for item in items:
            if item.marker:
                self._add(item.text, "footnote", label=item.marker)
                self.lines[-1].note_of = self.sup_marks[item.marker]
            else:
                self._add(item.text, "")
        return True

    # Tables: one line per row.
    def _tr_open(self, token) -> None:
        self.row = []

    def _th_open(self, token) -> None:
        self.block = "cell"

    _td_open = _th_open

    def _tr_close(self, token) -> None:
        cells, self.row = self.row or [], None
        if any(cells):
            self._add(" | ".join(cells), "table")

    # Footnote definitions (the plugin moves them to the end, in reference order).
    def _footnote_open(self, token) -> None:
        self.note = token.meta.get("id")
        self.note_label = note_label(token.meta)
        self.block = "note"

    def _footnote_close(self, token) -> None:
        self.note = None

    # Text.
    def _inline(self, token) -> None:
        if (
            self.block == "paragraph"
            and not self.lists
            and _FILE_LINK.fullmatch(token.content.strip())
        ):
            # A paragraph that is only a link to a file ("📄 Télécharger le PDF",
            # "[Download the statement (PDF)](/files/x.pdf)"): the site offering the
            # release in another format, not text of the release.
            self.dropped.append(("link", _squash(_TAG.sub(" ", token.content))))
            return
        if self.block == "paragraph" and _ANCHOR_LINK.fullmatch(token.content.strip()):
            # A paragraph or list item that is only a link to a place in the same page
            # ("[Saisine du conseil](#saisine)", "[Back to top](#top)"): a table of
            # contents or a jump; the part it names is printed below with its heading.
            self.dropped.append(("navigation", _squash(token.content)))
            self.item_label = None
            return
        rendered = render_inline(token.children or [], token.content, self.gap_ends)
        self._dropped_from(rendered)
        if self.block == "cell":
            if self.row is not None:
                self.row.append(" ".join(_squash(p) for p in rendered.pieces if _squash(p)))
            return
        if self.note is not None:
            self._note_text(rendered)
            return
        style = self.block if self.block.startswith("heading") else ""
        if not style and self._crosshead(rendered):
            style = f"heading{min(self.last_heading + 1, 6)}"
        for number, piece in enumerate(rendered.pieces):
            text = _squash(piece)
            if not text:
                continue
            if style.startswith("heading") and _END_MARK.match(text):
                self.dropped.append(("end-mark", text))
                continue
            if not style and _END_MARK.match(text) and self.item_label is None:
                self.dropped.append(("end-mark", text))
                continue
            label = ""
            heading = self._own_line_heading(rendered, number, text)
            if number == 0 and rendered.lead_sup and rendered.lead_sup in self.sup_marks:
                # "<sup>1</sup> See ..." after a "<sup>1</sup>" marker: that marker's note.
                self._add(text, "footnote", label=rendered.lead_sup)
                self.lines[-1].note_of = self.sup_marks[rendered.lead_sup]
                continue
            if number == 0 and rendered.lead_sup:
                label = rendered.lead_sup
            index = self._add(text, heading or style, label=label)
            for note_id in rendered.refs_in(number):
                self.note_refs.setdefault(note_id, index)
            for mark in rendered.sups_in(number):
                self.sup_marks.setdefault(mark, index)
            for mark, note in rendered.inline_notes_in(number):
                # (Printed at its marker, the note is read after the paragraph holding it.)
                self._add(note, "footnote", label=mark)
                self.lines[-1].note_of = index
        if self.block.startswith("heading") and not any(_squash(p) for p in rendered.pieces):
            # An empty ATX heading: a bare "###" line, the newsroom end mark.
            mark = self.heading_markup
            self.dropped.append(("end-mark" if _END_MARK.match(mark) else "markup", mark))

    def _bold_heading(self, rendered: Inline) -> bool:
        """A paragraph all in bold is a crosshead when it is short and not a sentence or
        a lead-in: releases bold their section names ("Next steps") but also bold whole
        sentences for emphasis and "WE HEREBY COMMIT TO:" before a list."""
        if self.item_label is not None or self.lists or self.quote:
            return False
        text = _squash(" ".join(rendered.pieces))
        # (A break before any text, "<u>  " ending a line, parts no lines.)
        lines = [p for p in rendered.pieces if _squash(p)]
        if len(lines) > 1 or rendered.broken or not text or text[-1] in ".,;:":
            return False
        return len(text.split()) <= _MAX_HEADING_WORDS

    def _crosshead(self, rendered: Inline) -> bool:
        if rendered.all_bold and self._bold_heading(rendered):
            return True
        return (rendered.all_bold or rendered.bold_but_stops) and self._topic_crosshead(rendered)

    def _topic_crosshead(self, rendered: Inline) -> bool:
        """A bold line in capitals that names a topic with a preposition and ends in ":"
        or "," ("AU TITRE DES COMMUNICATIONS DES MINISTRES :", "ON THE ECONOMY:",
        "EN MATIÈRE DE SÉCURITÉ,") is a crosshead: councils' communiqués head their
        parts so. A lead-in in capitals ("WE HEREBY COMMIT TO:") is a clause opening on
        its subject, never on a preposition of topic."""
        if self.item_label is not None or self.lists or self.quote:
            return False
        if len(rendered.pieces) > 1 or rendered.broken:
            return False
        text = _squash(" ".join(rendered.pieces))
        if not text or text[-1] not in ":," or len(text.split()) > _MAX_HEADING_WORDS:
            return False
        letters = [ch for ch in text if ch.isalpha()]
        if len(letters) < 6 or not all(ch.isupper() for ch in letters):
            return False
        return bool(_TOPIC_OPENING.match(text))

    def _own_line_heading(self, rendered: Inline, number: int, text: str) -> str:
        """A short line in capitals the writer put on its own line above a paragraph
        ("OBJECTIFS" over a text written a paragraph a line) is a crosshead: capitals
        on a line of their own are how plain typists set a section's name."""
        if number not in rendered.own_lines or self.block != "paragraph" or self.lists:
            return ""
        if not text.isupper() or len(text.split()) > _MAX_HEADING_WORDS:
            return ""
        return f"heading{min(self.last_heading + 1, 6)}"

    def _note_text(self, rendered: Inline) -> None:
        text = _squash(" ".join(rendered.pieces))
        if not text or self.note is None:
            return
        label = self.note_label  # (markdown_inline.note_label: the author's number, if any)
        if self.lines and self.lines[-1].style == "footnote" and self.lines[-1].label == label:
            self.lines[-1].text += " " + text  # a second paragraph of the same note
            return
        self._add(text, "footnote", label=label)
        self.lines[-1].note_of = self.note_refs.get(self.note)

    def _unused_notes(self, env: dict) -> None:
        """Definitions nothing refers to: still text of the release, kept as notes."""
        refs = env.get("footnotes", {}).get("refs", {})
        for label, inlines in env.get("all_notes", {}).items():
            if refs.get(":" + label, -1) != -1:
                continue
            parts = [" ".join(render_inline(t.children or []).pieces) for t in inlines]
            if text := _squash(" ".join(parts)):
                self._add(text, "footnote", label=label)

    def _dropped_from(self, rendered: Inline) -> None:
        self.dropped.extend(rendered.dropped)

    def _add(self, text: str, style: str, label: str = "") -> int:
        """Append a Line; inside a list it is the item's (first gets the label)."""
        level = 0
        if self.lists and style in ("", "list-item"):
            style = "list-item"
            level = len(self.lists) - 1
            if self.item_label is not None:
                label, self.item_label = self.item_label, None
                if printed_label_wins(label, text):
                    label = ""  # "- 4.1.1Ensuring ...": the printed number labels it
        elif self.quote and not style:
            style = "quote"
        self.lines.append(Line(text, style=style, level=level, label=label))
        return len(self.lines) - 1


def _squash(text: str) -> str:
    return _WS.sub(" ", text.replace("\xa0", " ")).strip()

"""The same note as Markdown, for e-mail and chat (and the app's quick preview).

Annotations become numbered notes after the annexed passage they mark ("[^a1]"), since
Markdown has no comments; the classification opens and closes the text as it does the
pages of the .docx.
"""

from __future__ import annotations

import re

from briefing.export.clean import strip_invalid
from briefing.export.links import markdown_autolink
from briefing.export.note import Annex, DecisionBlock, Note

BOX = "☐"
BLANK_MD = "\\_" * 12  # underscores escaped, or Markdown reads them as emphasis

_SPECIAL = re.compile(r"([\\`*_\[\]#|<>])")
_LINE_START = re.compile(r"^(\d+)([.)])(\s)", re.MULTILINE)


def escape(text: str) -> str:
    """Escape what Markdown would read as markup (so "1." in prose stays text)."""
    text = _SPECIAL.sub(r"\\\1", text)
    text = _LINE_START.sub(r"\1\\\2\3", text)
    if text.startswith(("-", "+")):
        text = "\\" + text
    return text


def render_markdown(note: Note) -> str:
    """The note as CommonMark text (with footnote-style notes for annotations)."""
    banner = f"**{escape(note.classification.upper())}**"
    out: list[str] = [banner, ""]
    if note.draft:
        out += [f"**{note.labels.draft_mark}**", ""]
    out += [f"# {escape(note.title)}", ""]
    for label, value in note.fields:
        out.append(f"**{label}:** {escape(value)}  ")
    out += ["", f"**{note.action.upper()}**", ""]
    for section in note.sections:
        out += [f"## {escape(section.title)}", ""]
        if section.rows:
            out += [*_table(section.columns, section.rows), ""]
        for number, paragraph in enumerate(section.paragraphs, start=1):
            text = escape(paragraph.text)
            if paragraph.cite:
                text += f" *{escape(paragraph.cite)}*"
            if paragraph.link_url:
                text += markdown_autolink(paragraph.link_url)
            out.append(f"{number}. {text}" if section.numbered else text)
            if not section.numbered:
                out.append("")
        if section.numbered:
            out.append("")
        if section.decision is not None:
            out += [*_decision(section.decision), ""]
    for label, text in note.closing:
        out += [f"**{escape(label)}:** {escape(text)}", ""]
    for annex in note.annexes:
        out += _annex(annex)
    out += ["---", "", banner, ""]
    # The annex text keeps control characters until written (see export/clean.py).
    return strip_invalid("\n".join(out))


def _decision(block: DecisionBlock) -> list[str]:
    """The decision block as lines to tick and sign (hard line breaks between them)."""
    lines = []
    if block.timing_label:
        lines += [f"**{escape(block.timing_label)}:** {escape(block.timing or BLANK_MD)}", ""]
    rows = ["   ".join(f"{BOX} {escape(choice)}" for choice in row) for row in block.options]
    rows.append(f"{block.signature_label}: {BLANK_MD}   {block.date_label}: {BLANK_MD}")
    if block.signer:
        rows.append(escape(block.signer))
    return [*lines, *(row + "  " for row in rows[:-1]), rows[-1]]


def _table(columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    """A pipe table (the Key people section)."""
    lines = ["| " + " | ".join(escape(c) for c in columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(escape(c) for c in row) + " |" for row in rows]
    return lines


def _annex(annex: Annex) -> list[str]:
    out = ["---", "", f"## {escape(annex.heading)}", ""]
    # A note marker goes after the block holding the end of the annotated passage.
    markers: dict[int, list[str]] = {}
    notes: list[str] = []
    for number, comment in enumerate(annex.comments, start=1):
        ref = f"{annex.letter.lower()}{number}"
        index = _block_at(annex, comment.end - 1) if not comment.orphaned else None
        markers.setdefault(-1 if index is None else index, []).append(ref)
        when = f", {comment.date:%Y-%m-%d}" if comment.date else ""
        body = escape(comment.text).replace("\n", " ")
        who = escape(comment.author)
        notes.append(f"[^{ref}]: “{escape(comment.quote)}” — {who}{when}: {body}")
    if -1 in markers:
        refs = " ".join(f"[^{r}]" for r in markers[-1])
        out += [f"Notes on passages no longer found: {refs}", ""]
    for index, block in enumerate(annex.blocks):
        refs = "".join(f"[^{r}]" for r in markers.get(index, []))
        text = escape(block.text) + refs
        if block.kind == "title":
            out.append(f"### {text}")
        elif block.kind == "heading":
            out.append(f"#### {text}")
        elif block.kind in ("subtitle", "dateline"):
            out.append(f"*{text}*")
        elif block.kind == "quote":
            out.append(f"> {text}")
        else:
            # The release's own labels, escaped so Markdown keeps them as text rather than
            # renumbering; items indented by three spaces (four would make a code block).
            indent = "   " if block.depth else ""
            label = escape(f"{block.label} ") if block.label else ""
            out.append(f"{indent}{label}{text}")
        out.append("")
    if notes:
        out += [*notes, ""]
    return out


def _block_at(annex: Annex, offset: int) -> int | None:
    for index, block in enumerate(annex.blocks):
        if block.start <= offset < block.end:
            return index
    return None

"""Markdown inline tokens -> plain text as the rendered page shows it.

Emphasis, links and code keep their text and lose their markup; hard line breaks (a
line ending in two spaces, a backslash or <br>) split the block, as they do on the page;
images, HTML comments and superscript note markers are kept aside with a kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_BR = re.compile(r"<br\s*/?>", re.I)
_SUP_OPEN = re.compile(r"<sup\b[^>]*>", re.I)
_SUP_CLOSE = re.compile(r"</sup\s*>", re.I)
# What a superscript note marker looks like: "1", "12", "*", "†", "[3]". Ordinal
# suffixes ("11<sup>th</sup>", "1<sup>er</sup>") are letters and stay in the text.
_NOTE_MARK = re.compile(r"^\[?(?:\d{1,3}|[*†‡§]{1,3})\]?$")
_TEXT_TYPES = frozenset(("text", "text_special", "code_inline"))


@dataclass
class Inline:
    """The rendered text of one inline token, split at hard breaks."""

    pieces: list[str] = field(default_factory=lambda: [""])
    refs: list[tuple[int, int]] = field(default_factory=list)  # (piece, footnote id)
    sups: list[tuple[int, str]] = field(default_factory=list)  # (piece, marker)
    lead_sup: str = ""  # a marker printed before any text: this block is that note
    all_bold: bool = False
    dropped: list[tuple[str, str]] = field(default_factory=list)

    def refs_in(self, piece: int) -> list[int]:
        return [note for at, note in self.refs if at == piece]

    def sups_in(self, piece: int) -> list[str]:
        return [mark for at, mark in self.sups if at == piece]


def render_inline(children: list) -> Inline:
    out = Inline()
    bold = 0
    saw_bold = plain = False
    sup: list[str] | None = None  # text inside an open <sup>

    def add(text: str) -> None:
        out.pieces[-1] += text

    for token in children:
        kind = token.type
        if sup is not None and kind in _TEXT_TYPES:
            sup.append(token.content)
            continue
        if kind in _TEXT_TYPES:
            add(token.content)
            if token.content.strip():
                if bold:
                    saw_bold = True
                else:
                    plain = True
        elif kind == "softbreak":
            add(" ")
        elif kind == "hardbreak":
            out.pieces.append("")
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold = max(0, bold - 1)
        elif kind == "image":
            out.dropped.append(("image", token.content or token.attrs.get("src", "")))
        elif kind == "footnote_ref":
            note_id = token.meta.get("id", 0)
            # Printed as the rendered page numbers it: notes in order of first reference.
            add(str(note_id + 1))
            out.refs.append((len(out.pieces) - 1, note_id))
        elif kind == "html_inline":
            raw = token.content
            if raw.startswith("<!--"):
                out.dropped.append(("comment", raw))
            elif _BR.fullmatch(raw):
                out.pieces.append("")
            elif _SUP_OPEN.fullmatch(raw):
                sup = []
            elif _SUP_CLOSE.fullmatch(raw) and sup is not None:
                _close_sup(out, "".join(sup).strip(), plain or saw_bold)
                sup = None
            # Other tags (<u>, <span>, <a>) are formatting: their text is kept.
    if sup is not None:  # an unclosed <sup>: its text is still text
        add("".join(sup))
    out.all_bold = saw_bold and not plain
    return out


def _close_sup(out: Inline, text: str, after_text: bool) -> None:
    if not _NOTE_MARK.match(text):
        out.pieces[-1] += text  # "11<sup>th</sup>" reads "11th"
        return
    marker = text.strip("[]")
    if not after_text and len(out.pieces) == 1 and not out.pieces[0].strip():
        out.lead_sup = marker
        return
    out.dropped.append(("footnote-marker", text))
    out.sups.append((len(out.pieces) - 1, marker))

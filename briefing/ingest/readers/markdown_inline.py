"""Markdown inline tokens -> plain text as the rendered page shows it.

Emphasis, links and code keep their text and lose their markup; images, HTML comments
and superscript note markers are kept aside with a kind.

Line breaks. CommonMark's hard break (a line ending in two spaces or a backslash, or
``<br>``) breaks a line *inside* its paragraph: the lines are one unit, as the page's
<p> is (an address, a signature, a speaker's turn whose source lines end in spaces). The
block is split where the page shows a paragraph's gap (a break, a line of only
no-break spaces between two breaks: "<br>&nbsp;<br>"), before a line that opens with a
list label, after a line too long for a wrap or a short line above one (text written a
paragraph a line: its line breaks are the writer's), and between a line set all
in bold (a crosshead on its own line) and a line
that is not. Lines joined so are never a crosshead: a crosshead is one line; a bold
block broken over lines is a byline or an address. A source line opening
with an escaped list number ("1\\.", "ii\\.", "3\\)") starts a unit of its own: the
backslash is written (by hand or by a converter) only to keep a number that opens a
line from being read as a list, so the document prints that line with its label.

Lost paragraph breaks. A sentence's end followed by a run of spaces and a capital, inside
a source line ("... in force.      The Minister ..."), is a paragraph break a converter
(a legal database's export, a page saved as Markdown) flattened into spaces, when the
run is long (five spaces or more: no one pads two sentences of one paragraph so), or
when the document ends its paragraphs' lines with such runs too (``ends_with_gaps``):
then the run is the converter's mark of a paragraph's end, found inside a line where
the break itself was lost. Markdown shows any run of spaces as one, so the run is the
only trace of the break. A run of three after a stop alone is no evidence: writers and
translators leave them inside paragraphs, and text justified with spaces pads anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

_BR = re.compile(r"<br\s*/?>", re.I)
_SUP_OPEN = re.compile(r"<sup\b[^>]*>", re.I)
_SUP_CLOSE = re.compile(r"</sup\s*>", re.I)
# Underline (kept as <u> by converters such as pandoc): a paragraph set wholly in it is
# marked out as bold is, the way Word-drafted releases type their crossheads.
_U_OPEN = re.compile(r"<u\b[^>]*>", re.I)
_U_CLOSE = re.compile(r"</u\s*>", re.I)
# What a superscript note marker looks like: "1", "12", "*", "†", "[3]". Ordinal
# suffixes ("11<sup>th</sup>", "1<sup>er</sup>") are letters and stay in the text.
_NOTE_MARK = re.compile(r"^\[?(?:\d{1,3}|[*†‡§]{1,3})\]?$")
_TEXT_TYPES = frozenset(("text", "text_special", "code_inline"))
# A source line opening with an escaped label: "1\\.", "12\\)", "ii\\.", "a\\)", "(b\\)".
_ESCAPED_LABEL = re.compile(r"^[ \t]*\(?(?:\d{1,3}|[ivxlc]{1,6}|[a-zA-Z])\\[.)][ \t]")
# A lost paragraph break (see the module's docstring): a sentence's end, closing quotes
# or brackets, three spaces or more, then an opening quote or a letter that is no lower
# case one (``_opens_paragraph``: a capital, or a letter of a script without case).
_END = r"[.!?][\"”’»)]*"
_GAP = re.compile(_END + r"([ \t]{3,})(?=[\"“„«(]?([^\W\d_]))")
_LONG_GAP = re.compile(_END + r"([ \t]{5,})(?=[\"“„«(]?([^\W\d_]))")
_GAP_AT_END = re.compile(_END + r"[ \t]{3,}$")
# Three spaces or more ending a source line (see ``ends_with_gaps``); found by its
# literal spaces first, the stop before them checked after (a fast scan of a big file).
_LINE_END_RUN = re.compile(r"   +\r?$", re.M)
_STOP_BEFORE = re.compile(r"[.!?][\"”’»)*]*$")
# Two spaces or more between two words: a justified text's padding, where a run of spaces
# after a stop is padding too, not a lost break.
_PADDED = re.compile(r"[^\W_] {2,}[^\W_]")
_OPENS_PARAGRAPH = re.compile(r"[\"“„«(]?([^\W\d_])")


def _opens_paragraph(found: re.Match[str] | None) -> bool:
    """Whether the letter a gap pattern found opens a paragraph: any letter but a lower
    case one, in every script ("żeby" or "и" go on the sentence as "and" does)."""
    return found is not None and not found.group(found.re.groups).islower()


@dataclass
class Inline:
    """The rendered text of one inline token, split at hard breaks."""

    pieces: list[str] = field(default_factory=lambda: [""])
    refs: list[tuple[int, int]] = field(default_factory=list)  # (piece, footnote id)
    sups: list[tuple[int, str]] = field(default_factory=list)  # (piece, marker)
    # Notes printed inside their own superscript, at the marker: (piece, marker, text).
    inline_notes: list[tuple[int, str, str]] = field(default_factory=list)
    lead_sup: str = ""  # a marker printed before any text: this block is that note
    all_bold: bool = False
    # Bold but for stops typed after the closing "**" ("**AU TITRE DES MESURES** :").
    bold_but_stops: bool = False
    broken: bool = False  # lines parted by a hard break were joined (never a heading)
    own_lines: set[int] = field(default_factory=set)  # pieces that are a line of their own
    dropped: list[tuple[str, str]] = field(default_factory=list)

    def refs_in(self, piece: int) -> list[int]:
        return [note for at, note in self.refs if at == piece]

    def sups_in(self, piece: int) -> list[str]:
        return [mark for at, mark in self.sups if at == piece]

    def inline_notes_in(self, piece: int) -> list[tuple[str, str]]:
        return [(mark, text) for at, mark, text in self.inline_notes if at == piece]


def ends_with_gaps(text: str) -> bool:
    """Whether the document ends two lines or more with a sentence's end and a run of
    three spaces or more: its converter's mark of a paragraph's end (see the module's
    docstring)."""
    found = 0
    for run in _LINE_END_RUN.finditer(text):
        if _STOP_BEFORE.search(text, max(0, run.start() - 4), run.start()):
            found += 1
            if found == 2:
                return True
    return False


def render_inline(children: list, source: str = "", gap_ends: bool = False) -> Inline:
    """The text of an inline token's ``children``; ``source`` is the token's own text
    (its source lines, to see which line opens with an escaped label); ``gap_ends``:
    the document ends paragraphs with runs of spaces (``ends_with_gaps``)."""
    out = Inline()
    bold = 0
    saw_bold = plain = plain_words = False
    sup: list[str] | None = None  # text inside an open <sup>
    breaks: list[str] = []  # between pieces i and i + 1: "hard" or "label"
    piece_bold: list[bool] = [False]
    piece_plain: list[bool] = [False]
    source_lines = source.split("\n")
    if sum(t.type in ("softbreak", "hardbreak") for t in children) != len(source_lines) - 1:
        source_lines = []  # (a code span across lines: breaks and lines do not pair up)
    line_no = 0
    gap = False  # a text token ended on a lost paragraph break (see _GAP)
    # (Cheap gate first: most blocks have no run of three spaces.)
    gaps = "   " in source and not _PADDED.search(source)

    def add(text: str) -> None:
        out.pieces[-1] += text

    def new_piece(kind: str) -> None:
        out.pieces.append("")
        breaks.append(kind)
        piece_bold.append(False)
        piece_plain.append(False)

    def opens_with_escape() -> bool:
        return line_no < len(source_lines) and bool(_ESCAPED_LABEL.match(source_lines[line_no]))

    for token in children:
        kind = token.type
        if sup is not None and kind in _TEXT_TYPES:
            sup.append(token.content)
            continue
        if sup is not None and kind in ("softbreak", "hardbreak"):
            sup.append(" ")  # (a note in a superscript wraps as its paragraph does)
            line_no += 1
            continue
        if kind in _TEXT_TYPES:
            if gaps and kind == "text":
                gap = _add_parted(token.content, gap, out.pieces, new_piece, gap_ends)
            else:
                add(token.content)
            if token.content.strip():
                if bold:
                    saw_bold = piece_bold[-1] = True
                else:
                    plain = piece_plain[-1] = True
                    if token.content.strip(" \t:,;."):
                        plain_words = True
        elif kind == "softbreak":
            gap = False
            line_no += 1
            if opens_with_escape():
                new_piece("label")
            elif _own_line(source_lines, line_no):
                new_piece("line")
            else:
                add(" ")
        elif kind == "hardbreak":
            gap = False
            line_no += 1
            new_piece("label" if opens_with_escape() else "hard")
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold = max(0, bold - 1)
        elif kind == "image":
            out.dropped.append(("image", token.content or token.attrs.get("src", "")))
        elif kind == "footnote_ref":
            note_id = token.meta.get("id", 0)
            add(note_label(token.meta))
            out.refs.append((len(out.pieces) - 1, note_id))
        elif kind == "html_inline":
            raw = token.content
            if raw.startswith("<!--"):
                out.dropped.append(("comment", raw))
            elif _BR.fullmatch(raw):
                new_piece("hard")
            elif _U_OPEN.fullmatch(raw):
                bold += 1
            elif _U_CLOSE.fullmatch(raw):
                bold = max(0, bold - 1)
            elif _SUP_OPEN.fullmatch(raw):
                sup = []
            elif _SUP_CLOSE.fullmatch(raw) and sup is not None:
                _close_sup(out, "".join(sup).strip(), plain or saw_bold)
                sup = None
            # Other tags (<u>, <span>, <a>) are formatting: their text is kept.
    if sup is not None:  # an unclosed <sup>: its text is still text
        add("".join(sup))
    out.all_bold = saw_bold and not plain
    out.bold_but_stops = saw_bold and plain and not plain_words
    if breaks:
        bold_only = [b and not p for b, p in zip(piece_bold, piece_plain, strict=True)]
        _join_line_breaks(out, breaks, bold_only)
    return out


def _add_parted(
    text: str, gap: bool, pieces: list[str], new_piece: Callable[[str], None], gap_ends: bool
) -> bool:
    """Add a text token's ``text`` to the last piece, starting a new piece at each lost
    paragraph break (see ``_GAP``); ``gap`` says the text before it ended on one. Returns
    whether this text ends on one (its next text, after a "*", may open the paragraph)."""
    if gap and _opens_paragraph(_OPENS_PARAGRAPH.match(text.lstrip())):
        new_piece("gap")
        text = text.lstrip()
    elif not text.strip():
        # Spaces alone between two emphases ("... in force.*   *The ..."): judged with
        # the piece so far.
        pieces[-1] += text
        return gap_ends and (gap or bool(_GAP_AT_END.search(pieces[-1][-40:])))
    at = 0
    for found in (_GAP if gap_ends else _LONG_GAP).finditer(text):
        if not _opens_paragraph(found):
            continue
        pieces[-1] += text[at : found.start(1)]
        new_piece("gap")
        at = found.end(1)
    pieces[-1] += text[at:]
    return gap_ends and bool(_GAP_AT_END.search(pieces[-1][-40:]))


def _join_line_breaks(out: Inline, breaks: list[str], bold_only: list[bool]) -> None:
    """Join the pieces a hard break parted back into one line, but for the breaks the
    page shows as a unit's edge (see the module's docstring)."""
    from briefing.ingest.patterns import match_label

    pieces = out.pieces
    joined: list[str] = [pieces[0]]
    where = [0]  # old piece -> new piece
    for i, kind in enumerate(breaks):
        before, after = joined[-1], pieces[i + 1]
        if (
            kind == "hard"
            and not _blank(before)
            and not _blank(after)
            # (Two bold lines are one bold block: a byline, an address.)
            and bold_only[i] == bold_only[i + 1]
            and match_label(after.lstrip()) is None
        ):
            joined[-1] = before.rstrip() + " " + after.lstrip()
            out.broken = True
        else:
            joined.append(after)
        where.append(len(joined) - 1)
    out.pieces = joined
    out.own_lines = {where[i] for i, kind in enumerate(breaks) if kind == "line"}
    out.refs = [(where[at], note) for at, note in out.refs]
    out.sups = [(where[at], mark) for at, mark in out.sups]
    out.inline_notes = [(where[at], mark, text) for at, mark, text in out.inline_notes]


# A source line this long is no hard wrap: the text has a paragraph a line.
_UNWRAPPED = 100
_SHORT_LINE = 60
# What a wrapping converter cannot break: a link's destination ("](https://...)") and a
# bare address. A wrapped line holding one overruns the margin by its length, so a line's
# length as a wrap sees it leaves them out.
_UNBREAKABLE = re.compile(r"\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)|<?\bhttps?://[^\s>]+>?")


def _wrap_length(line: str) -> int:
    """The length of ``line`` but for its unbreakable links (see ``_UNBREAKABLE``)."""
    if "://" not in line and "](" not in line:
        return len(line)
    return len(_UNBREAKABLE.sub("]", line))


def _own_line(source_lines: list[str], line_no: int) -> bool:
    """Whether the soft break before source line ``line_no`` ends a line of its own: a
    line too long for any wrap that ends a sentence or clause, or a short line
    ("OBJECTIFS") above a line too long for any wrap that opens like a sentence. Text
    written a paragraph a line never wraps, so its breaks are the writer's (paragraphs,
    a heading typed above its paragraph); a renderer joining them runs them together."""
    if not 0 < line_no < len(source_lines):
        return False
    before, after = source_lines[line_no - 1].strip(), source_lines[line_no].strip()
    if _wrap_length(before) > _UNWRAPPED:
        # A line longer than any wrap ended where its writer ended it: after a sentence
        # or a clause, the next line is the next paragraph (a paragraph a line).
        return (
            before[-1:] in '.;:!?»”")'
            and (after[:1].isupper() or after[:1] in '«“"')
            and not _wrapped_wide(source_lines)
        )
    return (
        _wrap_length(after) > _UNWRAPPED
        and 0 < len(before) <= _SHORT_LINE
        and after[:1].isupper()
        and before[-1:].isalnum()  # (not "... as follows," nor a hyphen's wrap)
    )


def _wrapped_wide(source_lines: list[str]) -> bool:
    """A paragraph hard-wrapped at a wide margin (say 120 columns): a wrap ends a line
    only where the next word would not fit, so every line but the last is too full for
    the next line's first word; a paragraph a line has lines of any length."""
    lines = [line.strip() for line in source_lines]
    if len(lines) < 3:
        return False
    margin = max(len(line) for line in lines)
    return all(
        len(line) + 1 + len(after.split(" ", 1)[0]) > margin for line, after in pairwise(lines)
    )


def _blank(text: str) -> bool:
    """A piece with no text: spaces and no-break spaces only (a "&nbsp;" line)."""
    return not text.replace("\xa0", " ").strip()


# A note printed whole inside its superscript, where its marker stands: the number, then
# the note's words ("LNG<sup> 1 LNG (Liquefied Natural Gas) is ... </sup>-tankstations").
# Sites that show a note as a pop-up at its marker, and the texts converted from them,
# print it so: the number alone would be the marker; a number followed by a sentence is
# the marker with its note. (Two words at least: "<sup>2 nd</sup>" is no note.)
_INLINE_NOTE = re.compile(r"^(\d{1,3}|[*†‡])\s+(\S+(?:\s+\S+)+)$", re.S)


# A power after a unit of measure that follows a figure, "10 km<sup>2</sup>", "5
# m<sup>3</sup>", or of ten, "10<sup>-6</sup>": a superscript figure there is an exponent,
# never a note's marker (a note is cited after a word or a sentence's end, not inside a
# measure). It is printed as a superscript figure, "km²", so no later pass takes the
# figure for a flattened marker and cuts it out.
# (A figure's last digit is looked behind, so each try fails at once but at the end.)
_POWER_BASE = re.compile(r"(?:(?<=\d)|(?<=\d ))(?:[kcmµn]?m|ft|mi|yd)$|(?<![\d,.])10$")
_POWER = re.compile(r"-?\d{1,2}")
_SUPERSCRIPT_FIGURES = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def _close_sup(out: Inline, text: str, after_text: bool) -> None:
    note = _INLINE_NOTE.match(text) if after_text else None
    if note is not None and any(ch.isalpha() for ch in note.group(2)):
        words = " ".join(note.group(2).split())
        out.inline_notes.append((len(out.pieces) - 1, note.group(1), words))
        return
    if _POWER.fullmatch(text) and _POWER_BASE.search(out.pieces[-1]):
        out.pieces[-1] += text.translate(_SUPERSCRIPT_FIGURES)  # "km<sup>2</sup>": "km²"
        return
    if not _NOTE_MARK.match(text):
        out.pieces[-1] += text  # "11<sup>th</sup>" reads "11th"
        return
    marker = text.strip("[]")
    if not after_text and len(out.pieces) == 1 and not out.pieces[0].strip():
        out.lead_sup = marker
        return
    out.dropped.append(("footnote-marker", text))
    out.sups.append((len(out.pieces) - 1, marker))


def note_label(meta: dict) -> str:
    """The number a footnote is printed with. A note the author numbered ("[^3]", as a
    release converted from a PDF keeps its notes' numbers, some of which the converter
    may have left as plain text) keeps its number; a named one ("[^a]") is numbered as
    the rendered page numbers it, in order of first reference."""
    label = str(meta.get("label") or "")
    if label.isdigit() and len(label) <= 3:
        return label
    return str(meta.get("id", 0) + 1)

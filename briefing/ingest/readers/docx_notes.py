"""Word footnotes and endnotes: the marks Word prints and the notes they point to.

Word numbers automatic notes itself, in the order their references appear in the
body, starting at the document's w:numStart in its w:numFmt (footnotes 1, 2, 3 and
endnotes i, ii, iii unless the document says otherwise). A reference with
w:customMarkFollows prints the mark typed after it ("*", "†") and takes no number.
The separator and continuation "notes" are page furniture, not notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.ingest.extracted import Line
from briefing.ingest.readers.docx_numbering import format_number
from briefing.ingest.readers.docx_xml import NS, W, w_int, w_val

_NOT_NOTES = ("separator", "continuationSeparator", "continuationNotice")
_DEFAULT_FORMAT = {"footnote": "decimal", "endnote": "lowerRoman"}
# A framed paragraph opening with a symbol mark and a tab or space: "*\tA/80/50."
_FRAMED_NOTE = re.compile(r"^([*†‡]{1,3})[\t ]+(\S.*)$", re.S)
_LOOK_BACK = 30  # a faked note sits on the page its mark is on: a few paragraphs back


@dataclass
class Citation:
    marker: str
    line: int | None = None  # index of the Line holding the reference


@dataclass
class Notes:
    """The notes of one kind: bodies by id, and the marks the body text printed."""

    kind: str  # "footnote" | "endnote"
    has_part: bool = False
    bodies: dict[str, list] = field(default_factory=dict)
    number_format: str = ""
    start: int = 1
    cited: dict[str, Citation] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    counter: int = 0

    def cite(self, note_id: str, custom_mark: str | None) -> str:
        """Register a reference; return what to print where it stands ("" for a custom
        mark: the run prints the mark itself)."""
        if note_id in self.cited:  # a second reference to one note prints its mark again
            return "" if custom_mark else self.cited[note_id].marker
        if custom_mark:
            marker = custom_mark
        else:
            number = self.start + self.counter
            self.counter += 1
            fmt = self.number_format or _DEFAULT_FORMAT[self.kind]
            marker = format_number(number, fmt) or str(number)
        self.cited[note_id] = Citation(marker)
        self.order.append(note_id)
        return "" if custom_mark else marker

    def place(self, note_id: str, line: int) -> None:
        """The reference to ``note_id`` ended up in Line ``line``."""
        citation = self.cited.get(note_id)
        if citation is not None and citation.line is None:
            citation.line = line


def load_notes(kind: str, parts: list, settings, sect_pr) -> Notes:
    """Read the footnotes or endnotes parts (``parts``: their XML roots) and the
    numbering the document sets for them (section first, then document settings)."""
    notes = Notes(kind, has_part=bool(parts))
    for root in parts:
        for note in root.iterfind(f"w:{kind}", NS):
            note_id = note.get(W + "id", "")
            if note.get(W + "type") in _NOT_NOTES or _is_separator(note):
                continue
            notes.bodies[note_id] = note.findall(".//w:p", NS)
    for holder in (sect_pr, settings):
        pr = holder.find(f"w:{kind}Pr", NS) if holder is not None else None
        if pr is None:
            continue
        notes.number_format = notes.number_format or (w_val(pr, "w:numFmt") or "")
        start = w_int(pr, "w:numStart")
        if start is not None and notes.start == 1:
            notes.start = start
    return notes


def _is_separator(note) -> bool:
    """Some writers omit w:type on the separator notes; their content gives them away."""
    return any(
        note.find(f".//w:{tag}", NS) is not None for tag in ("separator", "continuationSeparator")
    )


def note_lines(notes: Notes, text_of) -> tuple[list[Line], list[tuple[str, str]]]:
    """One footnote Line per cited note (its paragraphs joined), in citation order, with
    ``note_of`` on the line holding its mark; notes nothing cites are listed as dropped
    (Word shows a note only at its reference). ``text_of(p)`` renders a paragraph."""
    lines: list[Line] = []
    for note_id in notes.order:
        body = notes.bodies.get(note_id)
        if not body:
            continue
        citation = notes.cited[note_id]
        text = " ".join(t for t in (text_of(p) for p in body) if t)
        # A custom-mark note usually types its mark again at its start: the label has it.
        if citation.marker and text.startswith(citation.marker) and not text[:1].isalnum():
            text = text[len(citation.marker) :].lstrip()
        if text:
            lines.append(Line(text, "footnote", label=citation.marker, note_of=citation.line))
    dropped = [
        (f"unreferenced-{notes.kind}", text)
        for note_id, body in notes.bodies.items()
        if note_id not in notes.cited
        and (text := " ".join(t for t in (text_of(p) for p in body) if t))
    ]
    return lines, dropped


def framed_note(line: Line, earlier: list[Line]) -> Line:
    """``line`` as a footnote when it is a faked one: Word users (UN documents among
    them) put a note in a frame at the foot of the page instead of a real footnote,
    opening it with the mark ("*", "†") that a nearby paragraph carries after a word.
    The frame may come before that paragraph in the file (a frame is anchored where the
    author inserted it, often at the top of the page): then ``note_of`` stays None and
    :func:`link_framed_notes` looks ahead once the body is read. Anything else is
    returned unchanged."""
    m = _FRAMED_NOTE.match(line.text)
    if not m or line.label:
        return line
    mark = m.group(1)
    first = max(0, len(earlier) - _LOOK_BACK)
    for index in range(len(earlier) - 1, first - 1, -1):
        if earlier[index].style != "footnote" and _cites(mark).search(earlier[index].text):
            return Line(m.group(2).strip(), "footnote", label=mark, note_of=index)
    return Line(line.text, line.style, line.level, line.label, note_of=_LOOK_AHEAD)


def link_framed_notes(lines: list[Line]) -> None:
    """Tie framed notes printed before their mark to the paragraph that follows with it;
    a frame that explains nothing is left as the plain line it was."""
    for index, line in enumerate(lines):
        if line.note_of != _LOOK_AHEAD:
            continue
        m = _FRAMED_NOTE.match(line.text)
        mark = m.group(1) if m else ""
        target = next(
            (
                ahead
                for ahead in range(index + 1, min(len(lines), index + 1 + _LOOK_BACK))
                if mark
                and lines[ahead].style != "footnote"
                and _cites(mark).search(lines[ahead].text)
            ),
            None,
        )
        if m and target is not None:
            lines[index] = Line(m.group(2).strip(), "footnote", label=mark, note_of=target)
        else:
            lines[index] = Line(line.text, line.style, line.level, line.label)


# A sentinel for "a framed note whose mark comes later" (never a real line index).
_LOOK_AHEAD = -1


def _cites(mark: str) -> re.Pattern[str]:
    """The mark glued to a word or closing punctuation, and not part of a longer mark."""
    return re.compile(rf"[^\s*†‡]{re.escape(mark)}(?![*†‡])")

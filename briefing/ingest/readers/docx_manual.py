"""Notes typed by hand in a Word file: a superscript number set on a word in the text
("economy¹") and, further down, a paragraph opening with the same superscript number (or a
typed "1." under a "Notes" heading). Authors who paste a release from elsewhere, or who do
not know Word's footnote command, write notes so; the marks are real superscripts, which
is what tells them from a number in the text."""

from __future__ import annotations

import re

from briefing.ingest.extracted import Line
from briefing.ingest.readers.docx_xml import NS, W

# A note mark: a number, a sign or one lower-case letter (tables mark their notes
# "a", "b"). Longer letter runs ("er", "th") set as superscripts are ordinals; a lone
# raised "e" ("2e") is only a mark when a paragraph opening with it answers it.
_MARK = re.compile(r"^\s*(\d{1,3}|[*†‡]{1,3}|[a-z])\s*$")
_NOTES_HEADING = re.compile(r"^(?:end|foot)?notes?\s*:?$", re.IGNORECASE)
_TYPED_NOTE = re.compile(r"^(\d{1,3})[.)]?\s+(\S.*)$", re.S)


def raised(run, superscript_styles: set[str]) -> bool:
    """Whether the run is set as a superscript, directly or by its character style."""
    rpr = run.find("w:rPr", NS)
    if rpr is None:
        return False
    align = rpr.find("w:vertAlign", NS)
    if align is not None:
        return align.get(W + "val") == "superscript"
    style = rpr.find("w:rStyle", NS)
    return style is not None and style.get(W + "val") in superscript_styles


def superscript_mark(run, text: str) -> str | None:
    """The mark a raised ``run`` prints when it holds only a mark (not Word's own note
    reference, which the notes parts answer)."""
    if run.find("w:footnoteReference", NS) is not None:
        return None
    if run.find("w:endnoteReference", NS) is not None:
        return None
    m = _MARK.match(text)
    return m.group(1) if m else None


def link_manual_notes(
    lines: list[Line], cites: list[tuple[int, str]], openers: dict[int, str]
) -> None:
    """Turn note paragraphs into footnotes tied to the line citing their mark.

    ``cites``: (line, mark) of superscript marks set after text, in reading order;
    ``openers``: line -> the superscript mark the paragraph opens with. A note comes
    after its mark (at the foot of a section or the end of the document), so each note
    takes the nearest earlier unused citation of its mark; a paragraph opening with a
    mark nobody cites is left as it is. Under a "Notes" heading a typed "1." opens a note
    too, when a superscript 1 is cited above."""
    if not cites:
        return
    used: set[int] = set()
    under_notes = False
    for index, line in enumerate(lines):
        if line.style == "footnote":
            continue
        if _NOTES_HEADING.match(line.text):
            under_notes = True
            continue
        mark, text = openers.get(index), ""
        if mark is not None:
            text = line.text[line.text.find(mark) + len(mark) :].strip()
        elif under_notes and line.style != "table" and (m := _TYPED_NOTE.match(line.text)):
            mark, text = m.group(1), m.group(2).strip()
        if mark is None or not text:
            continue
        cite = next(
            (
                k
                for k, (at, cited) in reversed(list(enumerate(cites)))
                if cited == mark and at < index and k not in used
            ),
            None,
        )
        if cite is None:
            continue
        used.add(cite)
        lines[index] = Line(text, "footnote", label=mark, note_of=cites[cite][0])

"""Notes printed whole inside an HTML superscript, in a plain text.

Sites that show a footnote as a pop-up at its marker print the note inside the
superscript where the marker stands, the number and then the note's words
(``LNG<sup> 1 LNG (Liquefied Natural Gas) is ... </sup>-tankstations``), and a Markdown
or HTML file saved or pasted as text keeps those tags. The Markdown reader reads them as
notes (``markdown_inline._INLINE_NOTE``); in a text the tags say the same thing, since
only markup writes ``<sup>``, and a number followed by words inside it is no exponent or
ordinal ("m<sup>2</sup>", "11<sup>th</sup>" stay as they are). So each such note is cut
out of its sentence and set after its paragraph as a footnote linked to the line that
held it, as the Markdown reader links it: no word is dropped, the note's words move to
a unit of their own.
"""

from __future__ import annotations

import re

from briefing.ingest.extracted import Line
from briefing.lazyre import lazy

# A superscript and what it holds (no tag inside: one pass, no backtracking over a long
# line; a literal first, so the search skips ahead in C); a note holds a number, then
# words with a letter among them.
_SUPERSCRIPT = lazy(r"<sup\b[^>]*+>([^<]*+)</sup>", re.I)
_NOTE = lazy(r"^\s*(\d{1,3})\s+(\S.*)$", re.S)


def move_inline_notes(lines: list[Line], dropped: list[tuple[str, str]]) -> list[Line]:
    """``lines`` with each note printed inside its superscript cut out of its line and
    set after its paragraph, linked to that line (``note_of``)."""
    out: list[Line] = []
    pending: list[Line] = []  # notes of the paragraph being read

    def flush() -> None:
        for note in pending:
            out.extend((Line(""), note))
        pending.clear()

    for line in lines:
        text = line.text
        # (A paragraph ends at a blank line or a Markdown heading's hashes.)
        if pending and (not text.strip() or text.startswith("#")):
            flush()
        if ("<sup" in text or "<SUP" in text) and not line.style:
            holder = len(out)

            def cut(m: re.Match[str], holder: int = holder) -> str:
                if not m.start() or m.string[m.start() - 1].isspace():
                    return m.group(0)  # (a note's marker follows the word it explains)
                note = _NOTE.match(m.group(1))
                words = note.group(2).split() if note else []
                if len(words) < 2 or not any(ch.isalpha() for ch in note.group(2)):
                    return m.group(0)  # ("<sup>2</sup>", "<sup>2 nd</sup>" are no notes)
                pending.append(
                    Line(" ".join(words), "footnote", label=note.group(1), note_of=holder)
                )
                dropped.append(("footnote-marker", note.group(1)))
                return ""

            new = _SUPERSCRIPT.sub(cut, text)
            if new != text:
                line = Line(new)
        out.append(line)
    flush()
    return out if len(out) != len(lines) else lines

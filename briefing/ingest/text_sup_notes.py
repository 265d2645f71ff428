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

# A superscript after text holding a number, then words with a letter among them.
_INLINE_NOTE = lazy(
    r"(?<=\S)<sup\b[^>]*>[ \t]*(\d{1,3})[ \t]+([^<]*?[^\W\d_][^<]*?)[ \t]*</sup>", re.I
)


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
                words = m.group(2).split()
                if len(words) < 2:
                    return m.group(0)  # ("<sup>2 nd</sup>" is no note)
                pending.append(Line(" ".join(words), "footnote", label=m.group(1), note_of=holder))
                dropped.append(("footnote-marker", m.group(1)))
                return ""

            new = _INLINE_NOTE.sub(cut, text)
            if new != text:
                line = Line(new)
        out.append(line)
    flush()
    return out if len(out) != len(lines) else lines

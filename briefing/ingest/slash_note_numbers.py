"""A note numbered "1/" whose number a PDF-to-text tool printed apart from its text.

Latin American central banks and statistics offices number their notes "1/", "2/" (or
"*/"), raised as the marker is: "Monetary Policy Meeting1/". Taken out of the PDF, the
note's raised number often comes out on a line of its own, just over or just under the
rest of the note, which then opens on the bare slash:

    1
    / This is a translation of a document originally written in Spanish. ...

A line of prose opens on "/ " only so: no sentence starts with a slash. The document's own
evidence that the slash belongs to a note number is its marker: the text prints that
number and slash glued to the word it explains ("Meeting1/", "MEETING*/"). Then the lone
number beside the line (the nearest line above, or the first after the note's lines) is
put back in front of it, "1/ This is ...", the shape the note linker reads.
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

_CUT_NOTE = lazy(r"^([ \t\f]*)/[ \t]+(?=[A-Z\u00C0-\u00DE])")
_ANY_CUT_NOTE = lazy(r"^[ \t\f]*/[ \t]+[A-Z\u00C0-\u00DE]", re.M)
_LONE_MARK = lazy(r"^[ \t\f]*(\d{1,2}|\*{1,3})[ \t]*$")
NOTE_LINES = 4  # a cut note's own lines before its number, printed after it
REACH = 2  # lines between a number and its note (blank lines)


def _marked(blob: str, mark: str) -> bool:
    """Whether ``blob`` prints ``mark`` and a slash glued to a word as a marker."""
    pattern = rf"(?:(?<=[^\W\d_])|(?<=[,.;:)\]”’\"])){re.escape(mark)}/(?=[\s,.;:)]|$)"
    return re.search(pattern, blob) is not None


def join_cut_slash_numbers(lines: list[str], blob: str) -> list[str]:
    """``lines`` with each "/ ..." note line given back its lone number ("1/ ..."), when
    the text prints that number's marker; otherwise ``lines`` unchanged."""
    if not _ANY_CUT_NOTE.search(blob):
        return lines  # (one scan of the text: most have no line opening on a slash)
    out = list(lines)
    taken: set[int] = set()
    for i, line in enumerate(lines):
        m = _CUT_NOTE.match(line)
        if m is None:
            continue
        at = _number_line(lines, i, taken)
        if at is None:
            continue
        mark = _LONE_MARK.match(lines[at]).group(1)  # type: ignore[union-attr]
        if not _marked(blob, mark):
            continue
        taken.add(at)
        out[i] = f"{m.group(1)}{mark}{line[m.end(1):]}"
    if not taken:
        return lines
    # (A form feed on the number's line stays: it opens a page.)
    return [
        ("\f" if "\f" in line else "") if k in taken else line for k, line in enumerate(out)
    ]


def _number_line(lines: list[str], i: int, taken: set[int]) -> int | None:
    """The line of the lone number of the note opening at ``lines[i]``: the nearest line
    above (blank lines between), else the first line after the note's own lines."""
    k = i - 1
    while k >= 0 and i - k <= REACH + 1 and not lines[k].strip():
        k -= 1
    if k >= 0 and k not in taken and _LONE_MARK.match(lines[k]):
        return k
    k = i + 1
    while k < len(lines) and k - i <= NOTE_LINES and lines[k].strip():
        if _LONE_MARK.match(lines[k]):
            return k if k not in taken else None
        k += 1
    while k < len(lines) and k - i <= NOTE_LINES + REACH and not lines[k].strip():
        k += 1
    if k < len(lines) and k not in taken and _LONE_MARK.match(lines[k]):
        return k
    return None

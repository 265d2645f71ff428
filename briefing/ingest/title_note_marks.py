"""A footnote's reference mark printed on the title is not a word of the title.

Minutes, reports and statements often hang a note on their title (who approved the
text, when it was published): a raised "1", a "1/" (the Latin American central banks'
way of marking notes), an asterisk. Text taken from a PDF or copied from a page lowers
the raised mark onto the line, glued to the word it follows ("Meeting Minutes1 on
Monetary Policy", "MONETARY POLICY MEETING1/") or set apart at the end ("... 5 MAY 2031
*"). The mark explains the title; the title shown leaves it out.

Only shapes a title's own words never take are read as marks: a number and a slash glued
to a word and closing it ("Meeting1/"; "1/2" and "7/2031" are figures), and asterisks or
a dagger at the title's end. One figure glued to a word of four or more letters that ends
in a small letter ("Minutes1"; "G20", "Covid19", "H.R.5129" and "Agenda 2030" keep
theirs) is a mark only when the release prints that note: read as a note, or its number
alone on a line where the note's text starts. A PDF that lost a space prints a name's
number so too ("Programme Tranche3"), with no such note.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from briefing.lazyre import lazy

# "Minutes1 on", "Meeting2," — a word of four or more letters, small at its end, with a
# one-figure number glued on and nothing but a space, a stop or the end after it
# ("Covid19", "Windows10": a name's number has two figures or more).
_GLUED_NUMBER = lazy(r"(?<=[^\W\d_]{3}[^\W\d_A-Z])[1-9](?=[\s,.;:)]|$)")
# "MEETING1/": a number and a slash glued on a word's end (a note's "1/" label).
_NUMBER_SLASH = lazy(r"(?<=[^\W\d_]{3})\d{1,2}/(?=\s|$)")
# "Report of the Working Group*", "... HELD ON 5 MAY 2031 *", "Title†".
_CLOSING_STARS = lazy(r"(?<=\S)\s?(?:\*{1,3}|[†‡])$")


def without_note_marks(title: str, text: str = "", note_labels: Collection[str] = ()) -> str:
    """The title without the footnote reference marks printed on it; ``text`` is the
    release's text and ``note_labels`` the labels of the notes read in it, the proof a
    figure glued on a word is a note's mark."""
    if not title:
        return title
    cleaned = _NUMBER_SLASH.sub("", title)
    cleaned = _GLUED_NUMBER.sub(
        lambda m: "" if _small_end(m) and prints_note(m.group(), text, note_labels) else m.group(),
        cleaned,
    )
    cleaned = _CLOSING_STARS.sub("", cleaned).rstrip()
    return cleaned or title


def _small_end(m) -> bool:
    """The word the figure is glued on ends in no capital, in any script: the pattern
    leaves out A-Z only, and "ЗАСЕДАНИЯ1", "RÉUNIÉ1" are capitals as "MEETING1" is."""
    return not m.string[m.start() - 1].isupper()


def prints_note(number: str, text: str, note_labels: Collection[str]) -> bool:
    """The release prints note ``number``: read as a note, or the number alone on a line
    (where the note's text starts). One scan of the text, no list of its lines."""
    if number in note_labels:
        return True
    lone = rf"(?m)^[^\S\n]*{re.escape(number)}[^\S\n]*$"
    return re.search(lone, text) is not None

"""A translation notice hung on the title by a note mark, in text taken from a PDF.

Offices that publish a translation of their minutes or decisions say so in a footnote on
the title: the title carries a raised mark ("Meeting Minutes1 on Monetary Policy",
"MONETARY POLICY MEETING1/") and the page's foot the notice ("1/ This is a translation of
a document originally written in Spanish ...", "1 This English translation is provided
for information purposes only ..."). Taken as text, the raised number of the notice is
often lifted off its line: printed alone above or below it, with only the slash of a
"1/" left where it stood ("/ This is a translation ..."), or lost altogether. The note
linker then has no number to read, and the notice stays a paragraph of the body.

A notice saying the text is a translation (or which language's original prevails) is
never the release's content, and what a mark on the title explains is the document as a
whole: so where the title's lines carry a mark and no line opens with that mark, the
first such notice below the title is the mark's note. It is tied to the title's line
as a format ties a note to its marker's line (``Line.note_of``), and a lone copy of the
mark's number right above or below the notice (the lifted number) is blanked.
"""

from __future__ import annotations

from typing import NamedTuple

from briefing.ingest.extracted import Line
from briefing.lazyre import lazy

HEAD_LINES = 12  # non-empty lines at the text's top where the title stands
TITLE_MAX_WORDS = 16  # a line longer than this is prose, not a title's line
NOTICE_MAX_LINES = 4  # a notice is a sentence or two
PROSE_MIN_WORDS = 10  # a line this long is a line of the page's text
FIELD_MAX_WORDS = 6  # a line this short above a notice is a field, not a wrapped sentence
# A mark on a title's word: one figure (and a slash, the Latin American central banks'
# "1/"), or a star and a slash, glued to a word of four letters or more ("Minutes1",
# "MEETING1/", "MEETING*/"). A name's number has two figures ("Covid19", "G20").
_TITLE_MARK = lazy(r"(?<=[^\W\d_]{4})([1-9]/?|\*/)(?=[\s,.;:]|$)")
# The notice: what the text is a translation of, or which original prevails; after the
# slash left of a lifted "1/" or "*/", if any.
_NOTICE = lazy(
    r"[ \t]*(?:/[ \t]*)?(?=(?i:this (?:english |french |spanish )?translation is|"
    r"this is an? (?:unofficial |informal |courtesy )?translation of|"
    r"this (?:document|text) (?:was|is|has been) originally (?:written|drafted|prepared) in|"
    r"the [a-z]+ original (?:prevails|shall prevail))\b)"
)


class TitleNotice(NamedTuple):
    """A translation notice found under a marked title: its text and the title's mark."""

    text: str
    label: str


_LONE_NUMBER = lazy(r"[ \t]*([1-9])[ \t]*$")
_LONE_MARK = lazy(r"[ \t]*([1-9]|\*)[ \t]*$")
# A line opening on a mark and its note's words ("1 The minutes were approved ...",
# "1/ ...", "*/ ..."): the mark's own note, which the linker ties to the title.
_MARKED_NOTE = lazy(r"[ \t]*([1-9]|\*)/?[ \t]+\S")
# (A cheap look at the whole text first: most texts print no such notice.)
_NOTICE_WORDS = ("ranslation", "riginally written", "original prevails", "shall prevail")


def find_title_notice(
    lines: list[str], whole: str, dropped: list[tuple[str, str]]
) -> tuple[list[str], TitleNotice | None]:
    """``lines`` with the first translation notice under a title carrying a note mark
    joined onto one line (its wrapped lines blanked) and a lone copy of the mark lifted
    off next to it blanked (listed in ``dropped``), and that notice; or ``lines`` and
    None. (The mark stays on the title's line: it keeps the title apart from the running
    heads repeating its words, and the title shown leaves it out.)"""
    if not any(word in whole for word in _NOTICE_WORDS):
        return lines, None
    found = _title_mark(lines)
    if found is None:
        return lines, None
    at, mark = found
    label = "*" if mark.startswith("*") else mark
    if _mark_has_note(lines, at, label.rstrip("/")):
        return lines, None  # (the mark's note is printed: a notice later is no note of it)
    prose = False  # a line of prose seen below the title: the notice is at a page's foot
    for k in range(at + 1, len(lines)):
        notice = _NOTICE.match(lines[k])
        if notice is None or not _opens_paragraph(lines, k, notice.end()):
            prose = prose or len(lines[k].split()) >= PROSE_MIN_WORDS
            continue
        if not prose:
            # Among the head's short lines, above any text of the page, a notice is the
            # head's (where the title is still to be told from the running heads): left
            # to the head's roles. A footnote stands below its page's text.
            return lines, None
        end = _notice_end(lines, k)
        parts = [lines[k][notice.end() :].strip()]
        parts += [text.strip() for text in lines[k + 1 : end + 1]]
        out = list(lines)
        for j in range(k + 1, end + 1):
            out[j] = ""
        lifted = _lifted_number(lines, k, end, label.rstrip("/"))
        if lifted is not None:
            dropped.append(("note mark", lines[lifted].strip()))
            out[lifted] = ""
        out[k] = " ".join(parts)
        return out, TitleNotice(out[k], label)
    return lines, None


def mark_title_notice(lines: list[Line], notice: TitleNotice) -> None:
    """Give the notice's line (found by its text: the note passes between may have
    joined lines) the footnote style and the title's mark as its label. The note
    linker then ties it to the title's line, where it reads the mark; a note it cannot
    tie stays a note, never a numbered paragraph."""
    for i, line in enumerate(lines):
        if line.text == notice.text and not line.style:
            lines[i] = Line(line.text, "footnote", label=notice.label)
            return


def _title_mark(lines: list[str]) -> tuple[int, str] | None:
    """The line of the text's head printing a note mark on a title's word, and the mark."""
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > HEAD_LINES:
            return None
        if len(line.split()) > TITLE_MAX_WORDS:
            continue
        m = _TITLE_MARK.search(line)
        if m is not None:
            return i, m.group(1)
    return None


def _mark_has_note(lines: list[str], at: int, mark: str) -> bool:
    """Whether a line below the title's (``lines[at]``) opens on ``mark`` and words."""
    for line in lines[at + 1 :]:
        opened = _MARKED_NOTE.match(line)
        if opened is not None and opened.group(1) == mark:
            return True
    return False


def _opens_paragraph(lines: list[str], k: int, start: int) -> bool:
    """Whether the notice at ``lines[k]`` opens its own paragraph: a capital first, after
    a blank line, a lone number, a slash left of a mark, a sentence's end or a short
    field line ("Presiding: ..."); a wrapped sentence's next line says nothing of the
    kind ("... in case of divergence" / "the Spanish original prevails")."""
    if not lines[k][start : start + 1].isupper():
        return False
    if k == 0 or "/" in lines[k][:start]:
        return True
    above = lines[k - 1].rstrip()
    return (
        not above
        or _LONE_NUMBER.match(above) is not None
        or above.endswith((".", ";", ":", "!", "?"))
        or len(above.split()) <= FIELD_MAX_WORDS
    )


def _notice_end(lines: list[str], k: int) -> int:
    """The last line of the notice opening at ``lines[k]``: its sentence wraps on over
    the next lines, up to a blank line, a lone number or a new sentence's line."""
    end = k
    while end + 1 < len(lines) and end - k < NOTICE_MAX_LINES - 1:
        following = lines[end + 1].strip()
        if not following or _LONE_NUMBER.match(following):
            break
        if following[:1].isupper() and lines[end].rstrip().endswith((".", "!", "?")):
            break
        end += 1
    return end


def _lifted_number(lines: list[str], k: int, end: int, mark: str) -> int | None:
    """Where ``mark``'s number or star stands alone right above the notice
    (``lines[k]`` to ``lines[end]``) or below it, a blank line apart at most: the
    raised mark lifted off the notice's line."""
    below = end + 1
    if below < len(lines) and not lines[below].strip():
        below += 1
    for j in (k - 1, below):
        lone = _LONE_MARK.match(lines[j]) if 0 <= j < len(lines) else None
        if lone is not None and lone.group(1) == mark:
            return j
    return None

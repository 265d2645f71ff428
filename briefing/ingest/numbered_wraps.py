"""Wraps inside numbered paragraphs of hard-wrapped text with no blank lines.

Minutes and statements that number every paragraph (the Copom's "atas", UN resolutions'
operative paragraphs, treaty-body observations) copied from a PDF as text with no blank
lines between paragraphs leave a sentence's end at the right margin looking like a
paragraph's end: "... (3,82%, ante 5,21%)." / "Finalmente, o núcleo ...". Where the
paragraphs run 1., 2., 3. ... through the text, each paragraph opens on its number, so a
line under a full one that starts with no number, and whose first word had no room on
the line above (the wrap, not the writer, broke there), goes on with the paragraph.
A short unpunctuated line over the next number is left alone: that is a section's heading.
"""

from __future__ import annotations

from briefing.lazyre import lazy

_NUMBERED = lazy(r"(\d{1,3})\.\s+[A-ZÀ-Ý“\"(]")
MIN_RUN = 5  # paragraphs numbered in sequence before the text counts as numbered
FULL = 0.8  # of the wrap width: the line above was filled by the wrap
HEADING_MAX = 0.6  # of the width: a section heading's line is short


def numbered_run(texts: list[str]) -> bool:
    """Whether line starts number paragraphs 1, 2, 3 ... (at least MIN_RUN in order)."""
    expected = 1
    for text in texts:
        m = _NUMBERED.match(text.lstrip())
        if m and int(m.group(1)) == expected:
            expected += 1
            if expected > MIN_RUN:
                return True
    return False


def wraps_in_numbered(current: list[str], line: str, following: str, reach: int) -> bool:
    """``line`` continues the numbered paragraph ``current`` (see the module's note):
    the line above was full and ``line``'s first word would not have fit on it."""
    if not current or not _NUMBERED.match(current[0]) or not reach:
        return False
    prev = current[-1]
    first = line.split(None, 1)[0] if line.split() else ""
    if not first or not (first[0].isalpha() or first[0] in '“"('):
        return False  # a number, a bullet, a dash: a unit of its own
    if len(prev) < reach * FULL or len(prev) + 1 + len(first) <= reach:
        return False  # room was left: the writer ended the paragraph there
    return not heading_over_number(line, following, reach)


def heading_over_number(line: str, following: str, reach: int) -> bool:
    """ "Mercado de trabalho" over "47. ...": a short line that opens with a capital and
    ends on a word, straight over the next numbered paragraph, is a section's heading
    (a paragraph's last line ends its sentence; its next paragraph opens on a number)."""
    return (
        0 < len(line) < reach * HEADING_MAX
        and line[:1].isupper()
        and line[-1:].isalnum()
        and bool(_NUMBERED.match(following))
    )

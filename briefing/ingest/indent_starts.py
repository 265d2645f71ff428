"""Paragraphs marked by a small first-line indent in hard-wrapped text.

Typed and typeset text often marks a paragraph by setting its first line in by two or
three spaces, with no blank line between paragraphs: the GPO's text of the Congressional
Record ("  Mr. LEVIN. Mr. President, ..."), typewritten releases keyed in as text, mail
written in an editor that indents paragraphs. The segmenter already takes a first line
set in by four spaces or more after a sentence's end as a paragraph's start; two or three
spaces are also what a layout's jitter or a centred line produce, so a small indent counts
only when the text shows it as its own way of marking paragraphs: several lines set in by
the same two or three spaces, each after a line at the margin that ends a sentence or
clause and before a line back at the margin, and most such lines being so.
"""

from __future__ import annotations

MIN_STARTS = 3  # indented first lines the text must show before a small indent counts
SHARE = 0.6  # of the lines set in so after a line at the margin
LOOKED_AT = 400  # candidate lines examined at most (a long text shows its way early)
SCAN_LINES = 3000  # lines looked through at most, for the same reason (a 5 MB text: 56,000)
_ENDS = (".", ",", ";", ":", "!", "?", "”", '"', ")", "'")
_OPENS = "\"“‘'`("


def small_first_line_indent(texts: list[str]) -> int | None:
    """The indent (2 or 3 spaces) by which this text sets a paragraph's first line in,
    when it shows that way of marking paragraphs; else None."""
    good = [0, 0, 0, 0]
    seen = [0, 0, 0, 0]
    looked = 0
    count = min(len(texts), SCAN_LINES)
    for i in range(1, count - 1):
        raw = texts[i]
        if raw[:2] != "  ":
            continue
        indent = 3 if raw[2:3] == " " else 2
        if raw[indent : indent + 1] == " " or not raw[indent:].strip():
            continue  # (set in further: a quotation, a centred line, a column)
        prev = texts[i - 1]
        if not prev or prev[:1].isspace():
            continue
        looked += 1
        if looked > LOOKED_AT:
            break
        seen[indent] += 1
        after = texts[i + 1]
        first = raw[indent]
        if (
            (first.isupper() or first in _OPENS)
            and prev.rstrip().endswith(_ENDS)
            and after[:1].strip()
        ):
            good[indent] += 1
    for indent in (2, 3):
        if good[indent] >= MIN_STARTS and good[indent] >= seen[indent] * SHARE:
            return indent
    return None

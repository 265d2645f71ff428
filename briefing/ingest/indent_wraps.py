"""Hard-wrapped text that marks its paragraphs by a first-line indent only.

Mail and notes written in an editor that indents paragraphs, typewritten releases keyed
in as text, a plain copy of a page set so: every paragraph opens with its first line set
in by the same few spaces, its wraps go back to the margin, and no blank line parts the
paragraphs. The indent is then the text's only paragraph mark, and it says two things
the line ends cannot:

- a line back at the margin is a wrap, even under a line that ends a sentence at a
  short length (a proportional font's line, a wrap measured in characters that fall
  short of the margin): the paragraph's next sentence, not a new paragraph;
- a line set in by that indent opens a paragraph, even under a single line at the
  margin that ends on no stop (the release's headline or a heading over its text).

The way counts only where the text shows it (``text_first_line_indent``): several lines
set in by the same two to eight spaces, each after a line at the margin and before a
line back at it, and most lines so set in being so. A layout copy of a PDF (centred
headings, tables in columns, indents that vary) seldom passes, and then nothing
changes.
"""

from __future__ import annotations

MIN_STARTS = 3  # indented first lines the text must show before the indent counts
SHARE = 0.6  # of the lines set in so under a line at the margin
MAX_INDENT = 8  # a first line set in further is a quotation or a centred line
LOOKED_AT = 400  # candidate lines examined at most (a long text shows its way early)
SCAN_LINES = 3000  # lines looked through at most, for the same reason
_OPENS = "\"“„«‘‚'`("
PROSE_SHARE = 0.6  # of the text's width: a line this long at the margin is prose, no heading


def text_first_line_indent(texts: list[str]) -> int | None:
    """The indent (2 to 8 spaces) by which this text sets each paragraph's first line in,
    when that is how it marks its paragraphs; else None."""
    good = [0] * (MAX_INDENT + 1)
    seen = [0] * (MAX_INDENT + 1)
    looked = 0
    for i in range(1, min(len(texts), SCAN_LINES) - 1):
        raw = texts[i]
        if raw[:2] != "  ":
            continue
        body = raw.lstrip(" ")
        indent = len(raw) - len(body)
        if indent > MAX_INDENT or not body.strip() or body[:1] == "\t":
            continue
        prev = texts[i - 1]
        if not prev.strip() or prev[:1].isspace():
            continue
        looked += 1
        if looked > LOOKED_AT:
            break
        seen[indent] += 1
        if (body[:1].isupper() or body[:1] in _OPENS) and texts[i + 1][:1].strip():
            good[indent] += 1
    best = max(range(2, MAX_INDENT + 1), key=good.__getitem__)
    if good[best] >= MIN_STARTS and good[best] >= seen[best] * SHARE:
        return best
    return None


def margin_line_goes_on(
    first_raw: str, prev_ends_sentence: bool, raw: str, next_raw: str, indent: int, width: int
) -> bool:
    """In a text marking paragraphs by ``indent``, whether ``raw``, a line at the margin
    under a paragraph that opened with that indent, is that paragraph's wrap although
    the line above ended a sentence. A heading at the margin between paragraphs is no
    wrap: it ends on no stop, is short, and an indented line follows it."""
    if not prev_ends_sentence or raw[:1].isspace() or not raw.strip():
        return False
    if len(first_raw) - len(first_raw.lstrip(" ")) != indent:
        return False  # (the paragraph did not open the text's way: leave it to the rest)
    first = raw[:1]
    if not (first.isupper() or first in _OPENS):
        return False  # (lower case: the usual rules already join it)
    text = raw.rstrip()
    if text[-1:] == ":" and len(text) < width * PROSE_SHARE and _set_in(next_raw, indent):
        # "Background:" / "Notes to editors:" between two paragraphs: a short lead-in
        # over the paragraph set in under it, not the last line of the one above.
        return False
    if text[-1:] in ".!?…:;“”\"»«'’)":
        return True  # a sentence or clause: the paragraph's last line, set at the margin
    if len(text) >= width * PROSE_SHARE:
        return True
    return bool(next_raw[:1].strip())  # a wrap the paragraph goes on under


def _set_in(raw: str, indent: int) -> bool:
    """Whether ``raw`` is set in by the text's paragraph indent (a paragraph's first line)."""
    body = raw.lstrip(" ")
    return len(raw) - len(body) == indent and bool(body.strip())


def opens_under_single_line(block_lines: int, prev_raw: str, raw: str, indent: int) -> bool:
    """In a text marking paragraphs by ``indent``, a line set in by it under a block of a
    single line at the margin (a headline, a heading over its text) opens a paragraph,
    whatever that line ends on: the text's wraps never come back set in."""
    return (
        block_lines == 1
        and not prev_raw[:1].isspace()
        and _set_in(raw, indent)
        and not raw.lstrip(" ")[:1].islower()
    )

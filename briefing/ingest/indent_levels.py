"""The depth of a plain text's labels read from how far the text indents them.

Text written as a nested list (Markdown or a pandoc "plain" copy saved as text, a
mail's outline, a web page's nested list typed out) shows each sub-list by indenting it
further: "2. Supply chains" / "    1. Raw materials ..." / "        1. ...", "- Item" /
"  - Sub-item". The label alone cannot say it ("1." under "1."), the indentation does.
It is read only where the document shows its indentation means depth: at least two
times a label starting a sequence ("1.", "(a)", a bullet) is indented deeper than the
label right before it (unless both stand on the middle most of the text's labelled
lines are centred on: a centred list's shorter lines are indented further, at no
depth), and a deeper label going on a sequence ("3." right under "2."'s shallower
line) is rarer than that. A page laid out
by ``pdftotext -layout`` indents a line for its column, its centring or a first-line
indent: those indents are not steps into a new list, and the text's own labels then
say so.
"""

from __future__ import annotations

from collections import Counter
from operator import attrgetter, itemgetter

from briefing.ingest.extracted import Extracted
from briefing.ingest.patterns import label_number

MIN_STEPS = 2  # deeper sequence starts that show indentation is depth (one is chance)
_TAB = 4
# One-line labelled lines on one middle that show the text centres them (centred_middle).
CENTRED_MIN_LINES = 3
_TEXT = attrgetter("text")
_OPENING = itemgetter(slice(None, 1))  # a line's first character ("" for a blank line)


def indents_any(lines: list) -> bool:
    """Whether any line opens on white space (each line's first character, asked in C:
    a text set flush at the margin has no indent to read, and is spared the passes over
    its lines and blocks)."""
    return any(map(str.isspace, map(_OPENING, map(_TEXT, lines))))


def _indent(raw: str) -> int:
    head = raw[: len(raw) - len(raw.lstrip())]
    return len(head.expandtabs(_TAB)) if "\t" in head else len(head)


def _centred_middle(centres: list[int | None]) -> set[int]:
    """The doubled middle a text centres its labelled lines on ({W - 1, W}: a centred
    line's indent is half what its width leaves over, rounded down), when most of its
    one-line labelled lines stand on it; else none. (A nested list's short items may
    meet one middle by chance, not three in four of them.)"""
    known = [c for c in centres if c is not None]
    if len(known) < CENTRED_MIN_LINES:
        return set()
    counts = Counter(known)
    top = max(counts, key=lambda c: counts[c] + counts[c - 1])
    if (counts[top] + counts[top - 1]) * 4 < len(known) * 3:
        return set()
    return {top - 1, top}


def _starts_sequence(label: str, family: str) -> bool:
    return family.startswith("bullet") or label_number(label) == 1


def nest_by_indent(extracted: Extracted, blocks: list, block_of: list[int]) -> None:
    """Set each labelled block's ``level`` to its indentation's depth among the text's
    labelled lines, when the text shows it nests its lists by indenting them. Not in
    text laid out on pages (``pdftotext`` parts them by form feeds): there a line's
    indent is where the page set it, its margin, a column, a centred line."""
    lines = extracted.lines
    # (No line indented: every indent is 0, no label stands deeper than the one above
    # it, and no step shows.)
    if not indents_any(lines):
        return
    if extracted.page_starts or any("\f" in line.text for line in lines):
        return
    first: dict[int, int] = {}  # block -> its first line
    for index, block in enumerate(block_of[: len(lines)]):
        if block not in first and lines[index].text.strip():  # (a blank line: the next)
            first[block] = index
    labelled: list[tuple[int, int]] = []  # (block, indent), in reading order
    centres: list[int | None] = []  # each labelled block's, None for several lines
    # ((indent, centre) above, (indent, centre) below, whether the lower label starts a
    # sequence) for each labelled block right under another and indented deeper (only a
    # deeper line can be a step or a stray; the rest are never counted)
    pairs: list[tuple[tuple[int, int | None], tuple[int, int | None], bool]] = []
    previous: tuple[int, int, int | None] | None = None  # (block, indent, centre) before
    for b in range(len(blocks)):
        line = first.get(b)
        # (The block's label as read once; a star opening a list's items was told from a
        # note's mark by segment._star_bullets.)
        found = blocks[b].label if line is not None else None
        if found is None or blocks[b].style:
            previous = None
            continue
        indent = _indent(lines[line].text)
        # (A one-line block's middle, doubled to stay whole: indent + half its width.)
        centre = 2 * indent + len(lines[line].text.strip()) if blocks[b].line_count == 1 else None
        if previous is not None and previous[0] == b - 1 and indent > previous[1]:
            starts = _starts_sequence(found.label, found.family)
            pairs.append(((previous[1], previous[2]), (indent, centre), starts))
        previous = (b, indent, centre)
        labelled.append((b, indent))
        centres.append(centre)
    middle = _centred_middle(centres)
    steps = strays = 0
    for (upper, upper_centre), (lower, lower_centre), starts in pairs:
        if lower <= upper or (middle and {upper_centre, lower_centre} <= middle):
            continue  # (not deeper, or both lines centred on the text's one middle)
        if starts:
            steps += 1
        else:
            strays += 1
    if steps < MIN_STEPS or strays * 2 >= steps:
        return
    open_indents: list[int] = []
    for b, indent in labelled:
        while open_indents and open_indents[-1] > indent:
            open_indents.pop()
        if not open_indents or open_indents[-1] < indent:
            open_indents.append(indent)
        blocks[b].level = len(open_indents) - 1

"""The depth of a plain text's labels read from how far the text indents them.

Text written as a nested list (Markdown or a pandoc "plain" copy saved as text, a
mail's outline, a web page's nested list typed out) shows each sub-list by indenting it
further: "2. Supply chains" / "    1. Raw materials ..." / "        1. ...", "- Item" /
"  - Sub-item". The label alone cannot say it ("1." under "1."), the indentation does.
It is read only where the document shows its indentation means depth: at least two
times a label starting a sequence ("1.", "(a)", a bullet) is indented deeper than the
label right before it (not centred on the same middle as it: a centred list's
shorter lines are indented further, at no depth), and a deeper label going on a
sequence ("3." right under "2."'s shallower line) is rarer than that. A page laid out
by ``pdftotext -layout`` indents a line for its column, its centring or a first-line
indent: those indents are not steps into a new list, and the text's own labels then
say so.
"""

from __future__ import annotations

from briefing.ingest.extracted import Extracted
from briefing.ingest.patterns import label_number

MIN_STEPS = 2  # deeper sequence starts that show indentation is depth (one is chance)
_TAB = 4
# Two one-line items whose middles agree (in doubled units: a centred line's indent is
# half what its width leaves over, rounded down) are centred, not stepped in. (Lines
# filled to one measure share their right edge, not their middle.)
_CENTRED = 1


def _indent(raw: str) -> int:
    head = raw[: len(raw) - len(raw.lstrip())]
    return len(head.expandtabs(_TAB)) if "\t" in head else len(head)


def _centred_pair(upper, lower, upper_centre: int, lower_centre: int) -> bool:
    """Whether two one-line blocks stand on one middle: centred, however indented."""
    return (
        abs(lower_centre - upper_centre) <= _CENTRED
        and upper.line_count == 1
        and lower.line_count == 1
    )


def _starts_sequence(label: str, family: str) -> bool:
    return family.startswith("bullet") or label_number(label) == 1


def nest_by_indent(extracted: Extracted, blocks: list, block_of: list[int]) -> None:
    """Set each labelled block's ``level`` to its indentation's depth among the text's
    labelled lines, when the text shows it nests its lists by indenting them. Not in
    text laid out on pages (``pdftotext`` parts them by form feeds): there a line's
    indent is where the page set it, its margin, a column, a centred line."""
    lines = extracted.lines
    if extracted.page_starts or any("\f" in line.text for line in lines):
        return
    first: dict[int, int] = {}  # block -> its first line
    for index, block in enumerate(block_of[: len(lines)]):
        if block not in first and lines[index].text.strip():  # (a blank line: the next)
            first[block] = index
    labelled: list[tuple[int, int]] = []  # (block, indent), in reading order
    steps = strays = 0
    # (block, indent, doubled centre) of the labelled block before
    previous: tuple[int, int, int] | None = None
    for b in range(len(blocks)):
        line = first.get(b)
        # (The block's label as read once; a star opening a list's items was told from a
        # note's mark by segment._star_bullets.)
        found = blocks[b].label if line is not None else None
        if found is None or blocks[b].style:
            previous = None
            continue
        indent = _indent(lines[line].text)
        centre = 2 * indent + len(lines[line].text.strip())  # (doubled: whole numbers)
        if (
            previous is not None
            and previous[0] == b - 1
            and indent > previous[1]
            and not _centred_pair(blocks[b - 1], blocks[b], previous[2], centre)
        ):
            if _starts_sequence(found.label, found.family):
                steps += 1
            else:
                strays += 1
        previous = (b, indent, centre)
        labelled.append((b, indent))
    if steps < MIN_STEPS or strays * 2 >= steps:
        return
    open_indents: list[int] = []
    for b, indent in labelled:
        while open_indents and open_indents[-1] > indent:
            open_indents.pop()
        if not open_indents or open_indents[-1] < indent:
            open_indents.append(indent)
        blocks[b].level = len(open_indents) - 1

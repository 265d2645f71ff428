"""Parties' signature blocks printed side by side, read back one party at a time.

An agreement between parties (a bilateral accord, a memorandum of understanding, a
joint declaration) closes on each party's signature block: "For Examplia:" over the
signatory's name and office. Offices print the blocks side by side, because the parties
sign as equals and neither block may stand under the other's. Text taken from the page
reads them across, a row at a time, in one of three shapes:

- the rows as a table's (the PDF reader's "For Examplia: | For Samplia:" / "Jane Example
  | John Sample" / "Minister | President"), or a layout copy's cells parted by runs of
  spaces;
- one cell a line, row after row ("For Examplia:" / "For Samplia:" / "Jane Example" /
  "John Sample" / "Minister" / "President": ``pdftotext`` without layout);
- the parties' names on one line ("For Examplia: For Samplia:") over the blocks read down
  one after the other (``pdftotext -raw``).

Each party's block is one unit of the release, its words in their order ("For Examplia:
Jane Example Minister"); read across, every name lands under the wrong party. The cells
are put back column by column, a party's block on a line of its own. Only a row of two
to four cells that all open on "For" (or its French, Spanish, German, Dutch, Russian or
Ukrainian word) and the short worded cells under it, in the same number of columns, are
read so: a sentence, a page number or a row of another width ends the block.

Session 42: the Norway-Ukraine and Japan-Ukraine agreements (the PDF and its pdftotext
layout, plain and raw texts).
"""

from __future__ import annotations

import re

from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.handling_notices import is_handling_notice
from briefing.ingest.known_lines import CONTACT_START, NOTE_LINE
from briefing.lazyre import lazy

# The word a party's cell opens on, "For", "Pour", "Por", "Für", "Voor", "За", as printed
# (capitalised: "for" inside a sentence opens no block).
_FOR = "(?:For|FOR|Pour|POUR|Por|POR|Für|FÜR|Voor|VOOR|За|ЗА)"
# Where a party's block may start. (Opens on the newline: the search jumps between line
# starts in C.)
_PARTY_START = re.compile(rf"\n[ \t]*{_FOR}[ \t]")
_PARTY = lazy(rf"^{_FOR}\s+\S")
# Several parties named on one line, each ending on its colon: "For A: For B:".
_PARTY_AFTER_COLON = lazy(rf"(?<=:)\s+(?={_FOR}\s)")
# "For" opening what a release says about itself or whom to ask, not a party's name.
_NO_PARTY = lazy(
    r"(?:for|pour|por|für|voor)\s+(?:immediate|more|further|media|press|information|details"
    r"|enquiries|inquiries|questions|release|publication|use|the\s+(?:press|media))\b",
    re.I,
)
_CELL_GAP = lazy(r"\s*\|\s*|\s{3,}")
_SECOND_PARTY = lazy(rf"\s{_FOR}\s")
CELL_MAX_WORDS = 8  # a party, a name, an office: a few words, never a sentence
ROWS_MAX = 4  # the party, a name, an office, perhaps a date: no block runs longer
PARTIES_MAX = 4  # more parties than a row holds sign one under another
BLANKS_MAX = 4  # blank lines a layout copy leaves between a block's rows


def _cell(text: str) -> bool:
    """A short worded cell that is no sentence: a party, a name, an office."""
    words = text.split()
    return (
        0 < len(words) <= CELL_MAX_WORDS
        and any(ch.isalpha() for ch in text)
        and not text.endswith((".", ";", ","))
    )


def _party(text: str) -> bool:
    """A party's cell, "For Examplia:": never a release's handling notice or the caption
    of its contacts ("FOR IMMEDIATE RELEASE" over "For more information:" over a press
    officer's name and office read as two parties' blocks, session 42 review)."""
    return (
        bool(_PARTY.match(text))
        and _cell(text)
        and not _NO_PARTY.match(text)
        and not is_handling_notice(text)
        and not CONTACT_START.match(text)
        and not NOTE_LINE.match(text)
    )


def _cells(text: str) -> list[str]:
    """The cells of a row parted by " | " or a run of spaces (one cell when none)."""
    return [cell for cell in _CELL_GAP.split(text.strip()) if cell]


def _next_filled(lines: list[Line], i: int) -> int | None:
    """The first line after ``i`` with text, within BLANKS_MAX blank lines."""
    for k in range(i + 1, min(len(lines), i + 2 + BLANKS_MAX)):
        if lines[k].text.strip():
            return k
    return None


def _across(lines: list[Line], i: int) -> tuple[list[int], list[str]] | None:
    """Rows of cells read across (a table's, a layout copy's), the first naming the
    parties: the lines and each party's block."""
    parties = _cells(lines[i].text)
    if not 2 <= len(parties) <= PARTIES_MAX or not all(map(_party, parties)):
        return None
    columns = [[p] for p in parties]
    used = [i]
    k: int | None = i
    while len(used) < ROWS_MAX and (k := _next_filled(lines, k)) is not None:
        row = _cells(lines[k].text)
        if len(row) != len(parties) or not all(map(_cell, row)) or any(map(_party, row)):
            break
        for column, cell in zip(columns, row, strict=True):
            column.append(cell)
        used.append(k)
    if len(used) < 2:
        return None
    return used, [" ".join(column) for column in columns]


def _run_of_cells(lines: list[Line], i: int) -> list[int]:
    """``i`` and the filled lines after it that are short worded cells (blank lines
    between allowed), up to the first that is not."""
    run = [i]
    k: int | None = i
    while (
        len(run) <= PARTIES_MAX * ROWS_MAX  # (bounded: see _down)
        and (k := _next_filled(lines, k)) is not None
        and _cell(lines[k].text.strip())
    ):
        run.append(k)
    return run


def _down(lines: list[Line], i: int) -> tuple[list[int], list[str]] | None:
    """One cell a line: the parties one under the other, then the rows under them one
    cell a line (row after row), or, when the parties share one line, each block read
    down in turn."""
    head = lines[i].text.strip()
    named = [p for p in _PARTY_AFTER_COLON.split(head) if p]
    run = _run_of_cells(lines, i)
    if len(run) > PARTIES_MAX * ROWS_MAX:
        return None  # a long list of short lines, no parties' blocks
    if 2 <= len(named) <= PARTIES_MAX and all(map(_party, named)):
        # "For A: For B:" over the blocks, each read down in turn (-raw).
        width, below = len(named), [lines[k].text.strip() for k in run[1:]]
        if not below or any(map(_party, below)) or len(below) % width:
            return None
        depth = len(below) // width
        if depth >= ROWS_MAX:
            return None
        blocks = [" ".join([named[c], *below[c * depth : (c + 1) * depth]]) for c in range(width)]
        return run, blocks
    texts = [lines[k].text.strip() for k in run]
    width = 0
    while width < len(texts) and _party(texts[width]):
        width += 1
    if not 2 <= width <= PARTIES_MAX or any(map(_party, texts[width:])):
        return None
    below = texts[width:]
    if not below or len(below) % width or len(below) // width >= ROWS_MAX:
        return None
    blocks = [" ".join(texts[c::width]) for c in range(width)]
    return run, blocks


def _write(extracted: Extracted, used: list[int], blocks: list[str]) -> bool:
    """Each party's block on a line of its own, a blank line apart, in the lines the
    rows took (the others blanked). False when the rows took too few lines."""
    lines = extracted.lines
    if any(lines[k].text.startswith("\f") for k in used):
        # A cell opening a new page ("\fJane Example"): its line keeps the page's break,
        # so it is no slot, and its words would stand twice, as printed and in the block.
        # Blocks across a page are left as read.
        return False
    slots = [k for k in range(used[0], used[-1] + 1) if not lines[k].text.startswith("\f")]
    if len(slots) < 2 * len(blocks) - 1:
        return False
    # A line of text right over the rows (no blank line between, as -raw prints them)
    # would take the first block as its wrap: leave a blank line under it when there is
    # room. (A table's rows are parted from the text by their style.)
    first = used[0]
    lead = int(
        first > 0
        and bool(lines[first - 1].text.strip())
        and not lines[first].style
        and len(slots) >= 2 * len(blocks)
    )
    styles = {k: lines[k].style for k in slots}
    for k in slots:
        lines[k] = Line("")
    for c, block in enumerate(blocks):
        k = slots[2 * c + lead]
        lines[k] = Line(block, style=styles[k])
    return True


def _two_parties(lines: list[Line], i: int) -> bool:
    """The cheap look first: a second party on line ``i`` or on the next filled line."""
    if _SECOND_PARTY.search(lines[i].text.strip()):
        return True
    k = _next_filled(lines, i)
    return k is not None and bool(_PARTY.match(lines[k].text.lstrip()))


def read_signing_columns(extracted: Extracted, whole: str) -> bool:
    """Put the parties' signature blocks read across back one party at a time (see the
    module's docstring). ``whole``: the lines' texts joined by newlines. True when a
    line changed."""
    lines = extracted.lines
    if not lines:
        return False
    if extracted.blocks_are_paragraphs:
        # (A block may hold newlines: no line count from the joined text.)
        if not _PARTY_START.search(whole):
            return False
        starts = [i for i, line in enumerate(lines) if _PARTY.match(line.text.lstrip())]
    else:
        starts = [0] if _PARTY.match(lines[0].text.lstrip()) else []
        at, count = 0, 0
        for found in _PARTY_START.finditer(whole):
            count += whole.count("\n", at, found.start() + 1)
            at = found.start() + 1
            starts.append(count)
    changed = False
    done = -1
    for i in starts:
        if i <= done or i >= len(lines) or not _two_parties(lines, i):
            continue
        read = _across(lines, i) or _down(lines, i)
        if read is None:
            continue
        used, blocks = read
        if _write(extracted, used, blocks):
            changed = True
            done = used[-1]
    return changed

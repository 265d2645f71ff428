"""Markdown that writes each printed line of a PDF as a paragraph of its own.

Some PDF-to-Markdown converters set a blank line under every line the PDF printed:

    The Committee voted by a majority of 8-1 to raise the target stock of

    purchased government bonds, financed by the issuance of central bank

    reserves.

CommonMark reads every line as a paragraph, so each paragraph of the release comes out
cut at each of its line ends. The shape is plain to see over a whole file: most of its
paragraphs are about as long as one another (a printed line's measure, under ~160
characters), and a large share of the full ones are followed by one opening in lower
case, which no paragraph of written Markdown does. In such a file a paragraph's last
line ends short, so a full line goes on into the next paragraph when that opens in lower
case, or when the line stops mid-clause: on a comma or a dash, or, a line of running
prose, on a bare word. A full line ending a sentence is left as the paragraph's end (a
sentence may end at the margin, but so do a roster's and a list's lines).

The converter's headings ("## ...") and notes are left as they are, but for a bold
lead sentence it styled a heading from its type that runs on at the margin, and a line
opening in lower case it styled a heading (a page's first line, set a point larger).
"""

from __future__ import annotations

import itertools

from briefing.ingest.mend import joined_blocks
from briefing.ingest.patterns import FUNCTION_WORDS
from briefing.ingest.segment import Block, unfinished_prose
from briefing.lazyre import lazy

MAX_MEASURE = 160  # characters: a printed line, never a paragraph written on one line
MIN_FULL_LINES = 10  # full lines the evidence needs
FULL_SHARE = 0.7  # of the measure: a line the wrap filled
# Of the full lines, the share followed by a paragraph opening in lower case (written
# Markdown: none; a PDF's printed lines: most, as most lines end inside a sentence).
RUN_ON_SHARE = 0.4
MEASURE_RANK = 0.9  # the measure: this share of the plain paragraphs is no longer
_OPENING_QUOTES = "“‘\"'«„"
# A paragraph, or a list item (its number or bullet read by the converter), runs on.
_HOST_STYLES = ("", "list-item")
_PAGE_NUMBER = lazy(r"^\d{1,3}(?:\s?/\s?\d{1,3})?$")  # "2", "1/3"
# A paragraph's or a note's number before a capital, or a bracketed note's label.
_OPENS_UNIT = lazy(r"^(?:\d{1,3}\s+[A-Z“\"(]|\[)")
_CLAUSE_GOES_ON = ",-–—("


def _plain(block: Block) -> bool:
    return (
        not block.style
        and block.label is None
        and block.footnote_label is None
        and block.note_of is None
        and bool(block.text)
    )


def _goes_on_shape(block: Block) -> bool:
    """A plain paragraph, or a "heading" opening in lower case: such a converter marks a
    printed line as a heading by its type size alone (a page's first line, set a point
    larger), and no heading opens in the middle of a sentence."""
    if _plain(block):
        return True
    return (
        block.style.startswith("heading")
        and block.label is None
        and block.note_of is None
        and _opens_lower(block)
    )


def _opens_lower(block: Block) -> bool:
    return block.text.lstrip(_OPENING_QUOTES)[:1].islower()


def printed_line_measure(blocks: list[Block]) -> int:
    """The measure of the printed lines (the length nine in ten plain paragraphs stay
    within) when ``blocks`` are a PDF's lines written a Markdown paragraph each, else 0."""
    lengths = sorted(len(b.text) for b in blocks if not b.style and len(b.text) >= 20)
    if len(lengths) < MIN_FULL_LINES:
        return 0
    measure = lengths[int(len(lengths) * MEASURE_RANK)]
    if measure > MAX_MEASURE:
        return 0
    full = run_on = 0
    for block, after in itertools.pairwise(blocks):
        if block.style not in _HOST_STYLES:
            continue
        if not FULL_SHARE * measure <= len(block.text) <= 1.3 * measure:
            continue
        full += 1
        run_on += _plain(after) and _opens_lower(after)
    if full < MIN_FULL_LINES or run_on < full * RUN_ON_SHARE:
        return 0
    return measure


def _goes_on(last_line: str, block: Block, measure: int) -> bool:
    """Whether ``block`` continues the paragraph whose last printed line is
    ``last_line``."""
    if len(last_line) < FULL_SHARE * measure:
        return False  # a short line: the paragraph's last
    tail = last_line.rstrip()
    if tail.endswith(":"):
        return False  # a lead-in over its list's items (their bullets may be lost)
    if _opens_lower(block):
        return True
    if _OPENS_UNIT.match(block.text):
        return False  # a numbered paragraph or a note ("4 Reports ...", "[Note 2] ...")
    if tail[-1:] in _CLAUSE_GOES_ON:
        return True  # "... Mr. K. Ishida," / "Mr. T. Sato ..."
    if tail[-1:].isalpha():
        # A full line of running prose stopping on a bare word goes on, whatever the
        # case of the next ("... in the United" / "Kingdom ..."); a roster's or a
        # heading's line of capitalised names ("... Cabinet Office" / "Reporting
        # Staff") does not.
        last_word = (tail.rsplit(None, 1) or [""])[-1].lower()
        return last_word in FUNCTION_WORDS or unfinished_prose(tail)
    # A full line ending a sentence: a wrap as often as a paragraph's end at the margin
    # (tried: joining it when the next word would not fit and both lines are running
    # prose glued about one paragraph in three on this archive's minutes).
    return False


def _host(block: Block) -> bool:
    """A block the next printed line may go on: a paragraph or a list item; or a line
    the converter styled a heading from its bold type that is running prose cut at the
    margin (a bold lead sentence over several lines: no heading runs on so)."""
    if block.style in _HOST_STYLES:
        return True
    return (
        block.style.startswith("heading")
        and block.line_count == 1
        and block.label is None
        and (unfinished_prose(block.text) or block.text.rstrip().endswith(","))
    )


def join_printed_lines(blocks: list[Block]) -> tuple[list[Block], list[int]]:
    """``blocks`` with a paragraph's printed lines joined, when the file writes each of
    them as a Markdown paragraph; and where each old block went."""
    order = list(range(len(blocks)))
    measure = printed_line_measure(blocks)
    if not measure:
        return blocks, order
    out: list[Block] = []
    last_line = ""  # the last printed line of out[-1]
    # A page's number met inside a paragraph: set after the paragraph, which goes on
    # across the page break ("... an indication of" / "2" / "pressures on ...").
    numbers: list[int] = []
    for i, block in enumerate(blocks):
        host = out[-1] if out else None
        if (
            host is not None
            and _host(host)
            and _PAGE_NUMBER.match(block.text)
            and i + 1 < len(blocks)
            and _goes_on_shape(blocks[i + 1])
            and _goes_on(last_line, blocks[i + 1], measure)
        ):
            numbers.append(i)
            continue
        if (
            host is not None
            and _host(host)
            and host.note_of is None
            and _goes_on_shape(block)
            and not _PAGE_NUMBER.match(block.text)
            and _goes_on(last_line, block, measure)
        ):
            # (a lead sentence styled a heading comes back a paragraph)
            style = host.style if host.style in _HOST_STYLES else ""
            out[-1] = joined_blocks(host, block, join_with_space=True, style=style)
            order[i] = len(out) - 1
            last_line = block.text
            continue
        _set_numbers(numbers, blocks, out, order)
        order[i] = len(out)
        out.append(block)
        last_line = block.text
    _set_numbers(numbers, blocks, out, order)
    return out, order


def _set_numbers(
    numbers: list[int], blocks: list[Block], out: list[Block], order: list[int]
) -> None:
    """Set the page numbers met inside the paragraph just ended after it."""
    for n in numbers:
        order[n] = len(out)
        out.append(blocks[n])
    numbers.clear()

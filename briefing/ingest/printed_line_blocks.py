"""Markdown that writes each printed line of a PDF as a paragraph of its own.

Some PDF-to-Markdown converters set a blank line under every line the PDF printed:

    The Committee voted by a majority of 8-1 to raise the target stock of

    purchased government bonds, financed by the issuance of central bank

    reserves.

CommonMark reads every line as a paragraph, so each paragraph of the release comes out
cut at each of its line ends. The shape is plain to see over a whole file: most of its
paragraphs are about as long as one another (a printed line's measure, under ~160
characters), and a large share of the full ones are followed by one opening in lower
case, which no paragraph of written Markdown does. In such a file a full line continues
into the next unless the sentence ended there with room left for the next word: a
paragraph's last line ends short far more often than at the margin.

The converter's headings ("## ..."), list items and notes are left as they are.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from briefing.ingest.patterns import ends_sentence as sentence_ends
from briefing.ingest.wrap_cuts import goes_on_after_hyphen
from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

MAX_MEASURE = 160  # characters: a printed line, never a paragraph written on one line
MIN_FULL_LINES = 10  # full lines the evidence needs
FULL_SHARE = 0.7  # of the measure: a line the wrap filled
# Of the full lines, the share followed by a paragraph opening in lower case (written
# Markdown: none; a PDF's printed lines: most, as most lines end inside a sentence).
RUN_ON_SHARE = 0.4
MEASURE_RANK = 0.9  # the measure: this share of the plain paragraphs is no longer
REACH_RANK = 0.98  # the margin the fullest lines reach
_OPENING_QUOTES = "“‘\"'«„"
# A paragraph, or a list item (its number or bullet read by the converter), runs on.
_HOST_STYLES = ("", "list-item")
_PAGE_NUMBER = lazy(r"^\d{1,3}$")


def _plain(block: Block) -> bool:
    return (
        not block.style
        and block.label is None
        and block.footnote_label is None
        and block.note_of is None
        and bool(block.text)
    )


def _opens_lower(block: Block) -> bool:
    return block.text.lstrip(_OPENING_QUOTES)[:1].islower()


def printed_line_measure(blocks: list[Block]) -> tuple[int, int]:
    """(measure, reach) when ``blocks`` are a PDF's printed lines written a Markdown
    paragraph each, else (0, 0)."""
    lengths = sorted(len(b.text) for b in blocks if not b.style and len(b.text) >= 20)
    if len(lengths) < MIN_FULL_LINES:
        return 0, 0
    measure = lengths[int(len(lengths) * MEASURE_RANK)]
    if measure > MAX_MEASURE:
        return 0, 0
    full = run_on = 0
    for block, after in itertools.pairwise(blocks):
        if block.style not in _HOST_STYLES:
            continue
        if not FULL_SHARE * measure <= len(block.text) <= 1.3 * measure:
            continue
        full += 1
        run_on += _plain(after) and _opens_lower(after)
    if full < MIN_FULL_LINES or run_on < full * RUN_ON_SHARE:
        return 0, 0
    reach = lengths[min(len(lengths) - 1, int(len(lengths) * REACH_RANK))]
    return measure, max(reach, measure)


def _goes_on(last_line: str, block: Block, measure: int, reach: int) -> bool:
    """Whether ``block`` continues the paragraph whose last printed line is
    ``last_line``."""
    if len(last_line) < FULL_SHARE * measure:
        return False  # a short line: the paragraph's last
    tail = last_line.rstrip()
    if tail.endswith(":"):
        return False  # a lead-in over its list's items (their bullets may be lost)
    if _opens_lower(block):
        return True
    if not sentence_ends(tail):
        # A full line stopping on a word, a comma or a figure: the sentence goes on
        # ("... in the United" / "Kingdom ..."); a heading is styled, not a full line.
        return True
    # A sentence ended at the margin with no room there for the next word: a wrap.
    first = block.text.split(None, 1)[0]
    return len(tail) + 1 + len(first) > reach


def join_printed_lines(blocks: list[Block]) -> tuple[list[Block], list[int]]:
    """``blocks`` with a paragraph's printed lines joined, when the file writes each of
    them as a Markdown paragraph; and where each old block went."""
    order = list(range(len(blocks)))
    measure, reach = printed_line_measure(blocks)
    if not measure:
        return blocks, order
    from briefing.ingest.segment import Block

    out: list[Block] = []
    last_line = ""  # the last printed line of out[-1]
    # A page's number met inside a paragraph: set after the paragraph, which goes on
    # across the page break ("... an indication of" / "2" / "pressures on ...").
    numbers: list[int] = []
    for i, block in enumerate(blocks):
        host = out[-1] if out else None
        if (
            host is not None
            and _PAGE_NUMBER.match(block.text)
            and i + 1 < len(blocks)
            and _plain(blocks[i + 1])
            and _goes_on(last_line, blocks[i + 1], measure, reach)
        ):
            numbers.append(i)
            continue
        if (
            host is not None
            and host.style in _HOST_STYLES
            and host.note_of is None
            and _plain(block)
            and _goes_on(last_line, block, measure, reach)
        ):
            glue = "" if goes_on_after_hyphen(host.text, block.text) else " "
            out[-1] = Block(
                f"{host.text}{glue}{block.text}",
                host.style,
                host.level,
                blank_before=host.blank_before,
                line_count=host.line_count + block.line_count,
            )
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

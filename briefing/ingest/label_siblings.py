"""A numbered line whose sequence neighbour is plainly a list's paragraph is no crosshead.

Offices number a list's items in one sequence and their parts' headings in another: "1."
and "2." of one run are both items or both headings. ``roles._numbered_crosshead`` reads
one line at a time, and a short capitalised item ("2. Decision on the reference range",
"(8) EXAMPLE SYSTEM.—The term", a cited act's first line "6. Regulation No 3 of 2031
on") looks like a numbered heading there. When the item numbered one before or one
after it, in the same label family, is a paragraph no heading can be (prose ending on a
";", or on a stop with its own lines run on as one sentence), the line is that list's item
too, and keeps its label as a numbered paragraph.

Seen in session 42 in Taiwan's central bank's minutes (Word text and pandoc text: "1." a
sentence ending "... summarized below:", "2." a short line), Indonesia's Kominfo
regulation ("Mengingat" items ending ";", their first lines read as headings in
pdftotext's layout text) and the US House's NDAA print ("(7) ... —The term ... means
...", "(8)" read as a heading). Only a sure paragraph decides: a heading glued to the
paragraph under it ("2. Support for recovery" / "Recalling that ...") ends on a stop
too, so a neighbour whose first line stops on a bare word over a capitalised line
decides nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.ingest import patterns as P
from briefing.ingest.sentence_ends import FUNCTION_WORDS, ends_sentence

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

# How far the neighbour is looked for: a list item's unlabelled lines and paragraphs
# between two numbers (a cited act's wrapped lines, a point's own text).
SIBLING_REACH = 40
# A list's paragraph that decides: a clause or more, not a short entry ("6. Votes").
SIBLING_MIN_WORDS = 8
# The families a numbered crosshead is read in (roles._numbered_crosshead).
_FAMILIES = frozenset(("decimal.", "decimal-", "decimal-sub", "(decimal)", "(wide)", "alpha."))


def numbers_list_paragraph(blocks: list[Block], i: int) -> bool:
    """Whether block ``i``'s label is one of a sequence whose previous or next number
    (same family, within ``SIBLING_REACH`` blocks) labels a plain list paragraph."""
    label = blocks[i].label
    if label is None or label.family not in _FAMILIES:
        return False
    number = P.label_number(label.label)
    if number is None:
        return False
    prefix = _prefix(label)
    for step in (-1, 1):
        sibling = _neighbour(blocks, i, step, label.family, prefix)
        if sibling is None:
            continue
        found = P.label_number(sibling.label.label) if sibling.label else None
        if found == number + step and _plain_paragraph(sibling):
            return True
    return False


def _prefix(label: P.LabelMatch) -> str:
    """A dotted number's parent ("7." of "7.2"): siblings share it."""
    if label.family != "decimal-sub":
        return ""
    return label.label.rstrip(".").rsplit(".", 1)[0]


def _neighbour(blocks: list[Block], i: int, step: int, family: str, prefix: str) -> Block | None:
    """The nearest block in direction ``step`` labelled in ``family`` (and, for a dotted
    number, under the same parent), past unlabelled blocks and other families."""
    end = max(-1, i - SIBLING_REACH - 1) if step < 0 else min(len(blocks), i + SIBLING_REACH + 1)
    for k in range(i + step, end, step):
        other = blocks[k]
        if other.style.startswith("heading"):
            return None  # a part's heading between: another sequence's ground
        if other.label is None or other.label.family != family:
            continue
        return other if _prefix(other.label) == prefix else None
    return None


def _plain_paragraph(block: Block) -> bool:
    """A paragraph no heading can be: a clause or more ending on ";", or a sentence
    ending on a stop whose first line runs on into the next (no heading over it): it
    stops on a comma or a function word, or the next line opens on no capital."""
    label = block.label
    assert label is not None
    body = block.text[label.body_offset :].strip()
    if len(body.split(None, SIBLING_MIN_WORDS)) < SIBLING_MIN_WORDS:
        return False
    if body.endswith(";"):
        return True  # an enumeration's member: no heading ends on a semicolon
    if not ends_sentence(body):
        return False
    lines = body.split("\n", 2)
    if len(lines) == 1:
        return True
    first, second = lines[0].rstrip(), lines[1].lstrip()
    last_word = (first.rsplit(None, 1) or [""])[-1]
    return (
        ends_sentence(first)
        or first.endswith((",", "-"))
        or last_word.lower() in FUNCTION_WORDS
        or not second[:1].isupper()
    )

"""Numbers with a hyphen ("1- Première circonscription ...", "21 - Vingt-et-unième ...")
are labels only where they count.

Francophone West and Central African codes and decrees number their points "1-", "2-",
"3-"; but a number and a hyphen also open a compiled statement's title ("1 - Espagne -
Attentat à Barcelone"), a score or a line of a programme. A point of such a list has a
neighbour: the number before or after it, printed the same way, in the same text. A
lone "1 -" is no list, and stays its line's text.
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import TYPE_CHECKING

from briefing.ingest.block_scan import texts_of
from briefing.ingest.patterns import ROMAN, label_number, roman_value

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

FAMILY = "decimal-"
# How far a point's neighbour may be: a list's points follow each other, one clause
# between them at most. Numbers apart with paragraphs between ("1 - Syrie - ..." over
# a statement, "2 - Liberté de la presse - ..." over the next) number sections, whose
# titles the heading rules read.
LIST_REACH = 2


def keep_counted_dash_numbers(blocks: list[Block]) -> None:
    """Drop the "decimal-" label of every block whose number has no neighbour (the
    number before or after it, labelled the same way) within LIST_REACH blocks."""
    numbers = [
        label_number(block.label.label)
        if block.label is not None and block.label.family == FAMILY
        else None
        for block in blocks
    ]
    if not any(n is not None for n in numbers):
        return  # (most texts: one pass, no labels of this family)
    for i, number in enumerate(numbers):
        if number is None:
            continue
        near = numbers[max(0, i - LIST_REACH) : i + LIST_REACH + 1]
        if number - 1 not in near and number + 1 not in near:
            blocks[i].label = None


# "–op welk moment wordt ...": a list's dash left against its item's first word when a
# conversion dropped the tab after it (Word's list, copied to Markdown or text). Alone,
# a dash at a line's start may be speech or a stray mark; a run of lines each opening
# so, on a lower-case word, is a list. (A dash with a space after it is a bullet to
# match_label already.)
GLUED_DASH_RUN = 3
_GLUED_DASHES = "–—-"


_OPENING = itemgetter(slice(None, 1))  # a text's first character ("" for none)
# Three blocks in a row opening on a dash: what every run of glued dashes opens with.
_DASH_OPENINGS = re.compile(f"[{_GLUED_DASHES}]{{{GLUED_DASH_RUN}}}")


def openings(blocks: list[Block]) -> str:
    """The first character of each block, joined (in C): a run of blocks opening on one
    shape shows in it as a run of characters, and a text without one skips the pass."""
    return "".join(map(_OPENING, texts_of(blocks)))


def _glued_dash(block: Block) -> bool:
    text = block.text
    return (
        block.label is None
        and len(text) > 2
        and text[0] in _GLUED_DASHES
        and text[1].isalpha()
        and text[1].islower()
    )


def label_glued_dash_runs(blocks: list[Block], opened: str | None = None) -> None:
    """Give the dash label to each block of a run of GLUED_DASH_RUN or more consecutive
    blocks that open on a dash glued to a lower-case word. (``opened``: the blocks'
    ``openings``, when the caller has them.)"""
    from briefing.ingest.patterns import LabelMatch

    if not _DASH_OPENINGS.search(openings(blocks) if opened is None else opened):
        return  # (most texts: no three blocks in a row open on a dash)

    run: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and _glued_dash(block):
            run.append(block)
            continue
        if len(run) >= GLUED_DASH_RUN:
            for item in run:
                item.label = LabelMatch(item.text[0], "bullet:-", 1)
        run = []


# "I - Plenário;" / "II - Presidência;" / "III - Presidência Ampliada;": incisos whose
# clause opens on a capital (a name), which alone match_label leaves as text ("I – I
# think ..." is speech). Roman numerals counting on, I, II, III, in consecutive blocks
# are a list's, whatever letter follows the dash.
ROMAN_RUN = 3
_ROMAN_DASH = re.compile(r"([IVX]{1,5})[ \t]*[-–—―][ \t]*(?=[^\W\d_])")


def _roman(numeral: str) -> int | None:
    return roman_value(numeral.lower()) if re.fullmatch(ROMAN, numeral.lower()) else None


def label_roman_dash_runs(blocks: list[Block], opened: str | None = None) -> None:
    """Give the "ROMAN-" label to each block of a run of ROMAN_RUN or more consecutive
    blocks opening on roman numerals that count on (I, II, III ...) and a dash.
    (``opened``: the blocks' ``openings``, when the caller has them.)"""
    from briefing.ingest.patterns import LabelMatch

    # A run counts from "I": its first three blocks open "I", "II", "III", three "I"s in
    # a row among the blocks' first characters. Most texts have none, and skip the pass.
    if "I" * ROMAN_RUN not in (openings(blocks) if opened is None else opened):
        return

    run: list[tuple[Block, re.Match[str]]] = []

    def close() -> None:
        if len(run) >= ROMAN_RUN:
            for item, found in run:
                item.label = LabelMatch(found.group(1), "ROMAN-", found.end())
        run.clear()

    for block in blocks:
        open_ = block.label is None or block.label.family == "ROMAN-"  # (lower case: labelled)
        m = _ROMAN_DASH.match(block.text) if open_ else None
        number = _roman(m.group(1)) if m is not None else None
        previous = _roman(run[-1][1].group(1)) if run else None
        if m is not None and previous is not None and number == previous + 1:
            run.append((block, m))
            continue
        if run:  # (most blocks: no run open, nothing to close)
            close()
        if m is not None and number == 1:
            run.append((block, m))
    close()

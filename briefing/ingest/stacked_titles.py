"""A cover's title set in capitals over a stack of short lines, each its own line.

A PDF cover (and its text copied with ``pdftotext``, pasted by the user) prints a report's
or a minutes' name in large capitals, broken into a few words a line ("MINUTES OF" /
"MONETARY POLICY" / "COMMITTEE MEETING"; "MONETARY POLICY" / "MEETING" / "JULY 2023").
Each line alone is too short to look like a title (two words, one stopping on "of"), so
when no line of the head is title-shaped the page was read as having no title, though the
stack names the paper plainly.

The stack is read as the title only as a last resort (no other line of the head can be
the title), and only when every line of it is in capitals, short, ends no sentence or
clause, and is neither a date, a symbol, an institution's name nor a site's control; the
run starts within the head's first lines (where a cover prints its name), after a blank
line (or at the text's start), and runs with no blank line inside. Only in
hard-wrapped text (text broken at its printed lines): a page copied from a browser prints
its menus as stacks of short lines too ("HOME" / "ABOUT US" / "CONTACT"), each item a
line, but never breaks a long line of prose, and its title is found as a page's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

STACK_LINE_MAX_WORDS = 6  # a cover's line in large type holds a few words
STACK_MIN_LINES = 2
STACK_MAX_LINES = 5
STACK_MIN_WORDS = 3  # "MONETARY POLICY MEETING": a name, not one word of a letterhead
STACK_MAX_WORDS = 24
# A cover prints its name near the top, under a letterhead and a date at most; a stack
# of capitals deep in a text's head is a page's chrome ("MITGLIED WERDEN" / "NEWSLETTER
# ABONNIEREN", its calls to action) or a list's run, not a cover.
STACK_REACH = 10
# A cover's name is words and perhaps its years: a line with more figures than "G20" or
# "COVID-19" holds besides a year is an address's, a telephone's or a table's ("PO BOX
# 4410", "TEL 555 1234").
STACK_LINE_MAX_FIGURES = 2
_YEAR = lazy(r"\b(?:19|20)\d\d\b")
# A cover breaks its name after a few words, one line now and then a single word
# ("MONETARY POLICY" / "MEETING"); one word a line, line after line, is a column of
# cells or a list of names ("COUNTRY" / "AMOUNT", "ALBANIA" / "BELGIUM" / "CHILE").
STACK_MAX_ONE_WORD_LINES = 1


def _figures_besides_years(text: str) -> int:
    if not any(ch.isdigit() for ch in text):
        return 0
    return sum(ch.isdigit() for ch in _YEAR.sub("", text))


def _in_capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and text.isupper()


def stacked_caps_title(
    blocks: list[Block], body_start: int, fits: Callable[[str], bool]
) -> int | None:
    """The first line of the head's first stack of short lines in capitals that together
    name the paper (see the module's doc), or None. ``fits`` says whether a line may be
    one of a title's lines (no date, symbol, letterhead, furniture)."""
    if not any(b.line_count > 1 for b in blocks):
        return None  # not hard-wrapped: a page copied from a browser (its menus stack too)
    i = 0
    while i < min(body_start, STACK_REACH):
        run = _run_from(blocks, i, body_start, fits)
        if run:
            return i
        i += 1
    return None


def _stack_line(block: Block, fits: Callable[[str], bool]) -> bool:
    text = block.text.strip()
    return (
        "\n" not in text
        and block.label is None
        and not block.style
        and _in_capitals(text)
        and len(text.split()) <= STACK_LINE_MAX_WORDS
        and _figures_besides_years(text) <= STACK_LINE_MAX_FIGURES
        and text[-1:] not in ".!?,;:"
        and fits(text)
    )


def _run_from(
    blocks: list[Block], start: int, body_start: int, fits: Callable[[str], bool]
) -> bool:
    """Whether a stack of at least two capital lines, set apart above, starts at ``start``
    and joins into a name of the right length."""
    if start > 0 and not blocks[start].blank_before:
        return False
    end = start
    while (
        end < body_start
        and end - start < STACK_MAX_LINES + 1
        and (end == start or not blocks[end].blank_before)
        and _stack_line(blocks[end], fits)
    ):
        end += 1
    if not STACK_MIN_LINES <= end - start <= STACK_MAX_LINES:
        return False
    lines = [blocks[k].text.strip() for k in range(start, end)]
    if sum(len(line.split()) == 1 for line in lines) > STACK_MAX_ONE_WORD_LINES:
        return False
    joined = " ".join(lines)
    return STACK_MIN_WORDS <= len(joined.split()) <= STACK_MAX_WORDS and fits(joined)

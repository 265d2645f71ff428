"""Page numbers left alone on their line in text taken from a paged document.

A PDF saved as text, or a faxed release typed out again, keeps each page's number as a
line holding nothing but "2", "3", "4" ... between the last line of one page and the first
of the next. Left in, the number is glued to the next line ("2 bureaucratising the
situation ...") and cuts a paragraph continued over the page in two.

Two things tell a page number from a paragraph number printed alone on its line ("1" /
"The Council ..."): the numbers come one page apart, a page's worth of lines from each
other, and a page break falls anywhere, so some of them stand inside a sentence (the line
above unfinished, or the line below going on in lower case). A paragraph number always
stands between a finished sentence and a capitalised one.
"""

from __future__ import annotations

from briefing.ingest.extracted import Extracted

MAX_DIGITS = 3
# A page holds more lines than this (blank ones included); paragraphs numbered alone on
# their line in one-paragraph-a-line text come every few lines.
MIN_LINES_APART = 8
NEAR = 3  # blank lines a page number may stand among
PROSE_CHARS = 30


def take_lone_page_numbers(extracted: Extracted) -> None:
    """Blank page numbers alone on their line (indices stay valid); list them in
    ``removed``."""
    lines = extracted.lines
    candidates = [
        (i, int(text))
        for i, line in enumerate(lines)
        if not line.style
        and not line.label
        and (text := line.text.strip())
        and len(text) <= MAX_DIGITS
        and text.isdigit()
        and text.isascii()
        and _alone(lines, i)
    ]
    for chain in _chains(candidates):
        # Paragraph numbers stand between sentences; page breaks fall anywhere, and
        # where one cuts a sentence the text goes on in lower case below the number. (A
        # line above without its full stop is no sign: table cells and headings have
        # none, and row numbers laid out a cell a line go up by one as well.) A number
        # met once is a page's only if it is 2: the first page goes unnumbered.
        if (len(chain) >= 2 or chain[0][1] == 2) and any(_text_goes_on(lines, i) for i, _ in chain):
            for i, _ in chain:
                extracted.removed.append(lines[i].text.strip())
                lines[i] = type(lines[i])("\f" if lines[i].text.startswith("\f") else "")


def _alone(lines: list, i: int) -> bool:
    """A blank line (or the text's edge) above or below: a number on a line of its own
    inside wrapped prose is a figure cut off by the wrap."""
    above = i == 0 or not lines[i - 1].text.strip()
    below = i + 1 >= len(lines) or not lines[i + 1].text.strip()
    return above or below


def _chains(candidates: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Runs of numbers going up by one, each a page's worth of lines after the last."""
    chains: list[list[tuple[int, int]]] = []
    for i, number in candidates:
        for chain in chains:
            last_i, last_number = chain[-1]
            if number == last_number + 1 and i - last_i >= MIN_LINES_APART:
                chain.append((i, number))
                break
        else:
            chains.append([(i, number)])
    return chains


def _neighbour(lines: list, i: int, step: int) -> str:
    j = i + step
    for _ in range(NEAR + 1):
        if not 0 <= j < len(lines):
            return ""
        text = lines[j].text.strip()
        if text:
            return text
        j += step
    return ""


def _text_goes_on(lines: list, i: int) -> bool:
    """The line below goes on in lower case: the page broke inside a sentence."""
    return _neighbour(lines, i, 1)[:1].islower() and _prose(_neighbour(lines, i, -1))


def _prose(text: str) -> bool:
    """A page's last line is a line of prose; a short cell above a number is a table's
    (row numbers in a table laid out one cell a line also go up by one)."""
    return len(text) >= PROSE_CHARS and text.count(" ") >= PROSE_CHARS // 8

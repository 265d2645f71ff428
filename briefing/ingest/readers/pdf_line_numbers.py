"""Line numbers printed in the margin of lined paper: court transcripts, pleadings and
bills number every line of the page ("1" to "25"), text or blank, in a column of their
own. They count the page's lines, not its paragraphs, so they are furniture.

The evidence is the column itself: ten or more numbers running on by one, each opening
its line, set to one right edge and at one line pitch. Numbered paragraphs never look so:
a paragraph of two lines or a space between paragraphs breaks the even pitch, and a
paragraph's number carries its text on the same line, never alone on a blank one."""

from __future__ import annotations

import itertools
import re

from briefing.ingest.readers.pdf_lines import PdfLine

_NUMBER = re.compile(r"\d{1,2}")
_MIN_RUN = 10
_EDGE = 2.0  # points: the numbers are set flush right in their column
_PITCH = 1.5  # points: lined paper keeps one pitch down the page


def strip_line_numbers(pages: list[list[PdfLine]]) -> tuple[list[list[PdfLine]], list[str]]:
    """The pages without their margin line numbers, and the numbers taken out."""
    kept_pages: list[list[PdfLine]] = []
    removed: list[str] = []
    for page in pages:
        run = _numbered_run(page)
        if not run:
            kept_pages.append(page)
            continue
        kept: list[PdfLine] = []
        for n, line in enumerate(page):
            if n not in run:
                kept.append(line)
                continue
            removed.append(line.pieces[0].text)
            if len(line.pieces) > 1:
                rest = PdfLine(line.pieces[1:], line.page, line.row)
                rest.shared, rest.column = line.shared, line.column
                kept.append(rest)
        kept_pages.append(kept)
    return kept_pages, removed


def _numbered_run(page: list[PdfLine]) -> set[int]:
    """Indexes of the lines opening with the page's column of line numbers, if any."""
    numbered = [
        (n, int(line.pieces[0].text), line)
        for n, line in enumerate(page)
        if _NUMBER.fullmatch(line.pieces[0].text) and not line.pieces[0].sup
    ]
    numbered.sort(key=lambda item: -item[2].y)  # top of the page first
    best: list[tuple[int, int, PdfLine]] = []
    run: list[tuple[int, int, PdfLine]] = []
    for item in numbered:
        if run and _goes_on(run[-1], item, run):
            run.append(item)
        else:
            run = [item]
        if len(run) > len(best):
            best = list(run)
    if len(best) < _MIN_RUN:
        return set()
    gaps = [a[2].y - b[2].y for a, b in itertools.pairwise(best)]
    if max(gaps) - min(gaps) > _PITCH:
        return set()
    return {n for n, _, _ in best}


def _goes_on(last: tuple[int, int, PdfLine], item: tuple[int, int, PdfLine], run: list) -> bool:
    _, number, line = item
    _, before, above = last
    first = run[0][2]
    return (
        number == before + 1
        and abs(line.pieces[0].x1 - first.pieces[0].x1) <= _EDGE
        and line.y < above.y
    )

"""Page numbers printed as "2 (4)": page 2 of 4, as Swedish and other Nordic authorities
number a decision's or a memorandum's pages (the count in brackets after the number).

Alone on its line, "N (M)" could also be a table's figure with last year's in brackets
("12 (15)"), so only a run is taken: the same count M on every one, N rising by one up to
M at most, each a page's worth of lines after the last. Figures in a table come a row
apart and their brackets vary; page numbers come a page apart and count the same pages.
The lines after them open the next pages: their running head is found from there
(``textfurniture._take_page_tops``).
"""

from __future__ import annotations

from itertools import pairwise

from briefing.ingest.extracted import Extracted
from briefing.lazyre import lazy

_PAGE_COUNT = lazy(r"^[\f \t]*(\d{1,3}) \((\d{1,3})\)\s*$")
MIN_LINES_APART = 10  # a page holds more lines than this


CANDIDATE_MAX = 12  # characters of a stripped line that may be "N (M)"


def take_page_counts(extracted: Extracted, candidates: list[int]) -> list[int]:
    """Blank the "N (M)" page numbers of a run (indices stay valid), list them in
    ``removed``, and return the index of the line after each: where a page starts.
    ``candidates``: the short lines ending on ")" (textfurniture's pass over the lines
    collects them, so most texts cost nothing more here)."""
    lines = extracted.lines
    found: list[tuple[int, int, int]] = []  # (line, page, pages)
    for i in candidates:
        line = lines[i]
        if line.style or line.label:
            continue
        m = _PAGE_COUNT.match(line.text)
        if m:
            page, pages = int(m.group(1)), int(m.group(2))
            if 1 <= page <= pages:
                found.append((i, page, pages))
    if len(found) < 2:
        return []
    counts = {pages for _, _, pages in found}
    if len(counts) != 1:
        return []
    for (i, page, _), (j, following, pages) in pairwise(found):
        # (The last page, "4 (4)", may hold a line or two: only its number tells.)
        if following != page + 1 or (j - i < MIN_LINES_APART and following != pages):
            return []
    starts: list[int] = []
    for i, _, _ in found:
        _mark_foot_note(lines, i)
        extracted.removed.append(lines[i].text.strip())
        lines[i] = type(lines[i])("\f")  # (a page break: what a form feed marks)
        starts.append(i + 1)
    return sorted({*starts, *_unnumbered_tops(lines, starts)} - {len(lines)})


_NOTE_LINE = lazy(r"^(\d{1,2}) (?=[A-Z])")
NOTE_REACH = 400  # lines above a page's note its marker may stand


def _mark_foot_note(lines: list, at: int) -> None:
    """The line right above a page's number that opens with a number whose marker the
    text printed above ("... 1.75 per cent.1 The effects ...") is the page's note
    ("1 This is developed further ..."), printed at its foot under the text: a note, not
    the sentence above going on with a figure, and the paragraph the page cut goes on
    after it. (Marked as a note of the marker's line, as readers mark recorded notes.)"""
    from briefing.ingest.mend import marker_pattern

    j = at - 1
    if j < 1 or lines[j].style or lines[j].label:
        return
    found = _NOTE_LINE.match(lines[j].text)
    if found is None:
        return
    marker = marker_pattern(found.group(1))
    for k in range(j - 1, max(-1, j - NOTE_REACH), -1):
        if marker.search(lines[k].text):
            text = lines[j].text[found.end() :].strip()
            lines[j] = type(lines[j])(text, style="footnote", label=found.group(1), note_of=k)
            return


HEAD_MAX = 60  # characters: a running head is a word or a short title


def _unnumbered_tops(lines: list, starts: list[int]) -> list[int]:
    """Where the first page, which goes unnumbered, ended: the running head that opens
    every numbered page ("DECISION") printed again with no number above it. A running
    head opens each page but the first, so a line word for word the same standing alone
    further down is a page's top too (the first page's own copy is its letterhead)."""
    # (The last page's number may end the text: no page follows it.)
    heads = {_first_text(lines, i) for i in starts} - {""}
    if len(heads) != 1:
        return []
    head = heads.pop()
    if not head or len(head) > HEAD_MAX or head[-1:] in ".;,:":
        return []
    first = _first_index(lines, 0)
    tops = []
    for i, line in enumerate(lines):
        if (
            i != first
            and line.text.strip() == head
            and not any(start <= i <= start + 2 for start in starts)
        ):
            tops.append(i)
    return tops


def _first_index(lines: list, start: int) -> int:
    for i in range(start, min(len(lines), start + 5)):
        if lines[i].text.strip():
            return i
    return -1


def _first_text(lines: list, start: int) -> str:
    i = _first_index(lines, start)
    return lines[i].text.strip() if i >= 0 else ""

"""A page's head printed over its spelt page number, in text taken from a paged document.

Reports and compiled documents print a running head at the top of every page, ending
on the page number spelt out ("UN80 INITIATIVE   PROGRESS AND NEXT STEPS" / "ADVANCE
COPY" / "PAGE 8"; "GE.09-17825" / "A/HRC/WG.6/7/SVN/2" / "Page 2"). Text taken without
layout (``pdftotext -raw``) runs the head's pieces onto lines of their own, or together,
in no fixed order, so repetition across pages cannot be counted on (an extract may hold
one page). The page number says where the head is: at a page's top, the short lines
right above it are the head. A page has one number: a second "Page 4" a few lines under
"Page 2" is a reference (a corrigendum's "Page 4 / For the existing table substitute").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from briefing.ingest.extracted import Extracted
from briefing.lazyre import lazy

# "Page 8", "PAGE 12", "Page 3 of 7": a page number spelt out, alone on its line.
SPELT_PAGE_NUMBER = lazy(r"^page\s+(\d{1,3})(?:\s+of\s+\d{1,3})?$", re.I)
HEAD_LINES = 3  # a running head's pieces over its page number
HEAD_MAX_WORDS = 8  # a short title, a distribution mark: never a sentence
PAGE_TOP_LINES = 6  # non-blank lines from a page's top to its head's page number
PAGE_MIN_LINES = 15  # lines on a page: two page numbers closer than this are one page's


def take_heads_over_page_numbers(extracted: Extracted, breaks: list[int]) -> None:
    """Blank the head lines printed over a spelt page number (2 or more: page 1 may print
    the document's title there) at a page's top, and list them in ``removed`` (a date in
    the head stays: it dates the document)."""
    from briefing.ingest.dates import find_date
    from briefing.ingest.patterns import ends_sentence

    lines = extracted.lines
    for start in [0, *breaks]:
        at, seen = start, 0
        while at < len(lines) and seen < PAGE_TOP_LINES:
            text = lines[at].text.strip()
            if text:
                seen += 1
                m = SPELT_PAGE_NUMBER.match(text)
                if m:
                    break
            at += 1
        else:
            continue
        if int(m.group(1)) < 2 or lines[at].style or lines[at].label:
            continue
        head = [k for k in range(start, at) if lines[k].text.strip()]
        if not head or len(head) > HEAD_LINES or any(lines[k].style for k in head):
            continue
        if any(not lines[k].text.strip() for k in range(head[0], at)):
            continue  # a blank line parts the page's text from its number: no head
        pieces = [" ".join(lines[k].text.split()) for k in head]
        if any(len(p.split()) > HEAD_MAX_WORDS or ends_sentence(p) for p in pieces):
            continue
        for k, piece in zip(head, pieces, strict=True):
            if find_date(piece) is not None and len(piece.split()) <= 4:
                continue  # the head's date: the document's own, kept for the dateline
            extracted.removed.append(piece)
            lines[k] = type(lines[k])("\f" if lines[k].text.startswith("\f") else "")


def page_reference(taken: tuple[int, int] | None, at: int, number: int, breaks: list[int]) -> bool:
    """Whether a spelt page number ``number`` on line ``at`` is a reference, not the
    page's number: the page's number ``taken`` = (line, number) was printed a few lines
    above on the same page, and the two do not follow each other (the foot of one page
    and the head of the next, where no form feed parts them)."""
    if taken is None:
        return False
    line, previous = taken
    same_page = bisect_right(breaks, line) == bisect_right(breaks, at)
    return same_page and at - line < PAGE_MIN_LINES and abs(number - previous) != 1


# A page's head or foot set in columns, ending on its page number and the page count:
# "MPSS Form No. 03-005 * Version 1     File/Ref. No. MPRG-111416-01     Page 1 of 5".
_PAGE_OF_CELL = lazy(r"(?<=\S) {3,}page\s+(\d{1,3})\s+of\s+(\d{1,3})$", re.I)
FOOT_MAX_CHARS = 220


def is_foot_with_page_count(text: str) -> bool:
    """A line laid out in columns whose last cell is "Page N of M": text never sets a
    reference to its own pages in a column of its own, so the line is the page's head or
    foot, every cell of it (the form's number, the file reference), though a first page
    may print it once only. (Asked of lines with a wide gap only: textfurniture.)"""
    if len(text) > FOOT_MAX_CHARS:
        return False
    m = _PAGE_OF_CELL.search(text.rstrip())
    return m is not None and 1 <= int(m.group(1)) <= int(m.group(2))

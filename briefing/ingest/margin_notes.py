"""Footnotes in layout text copied from a PDF with its page breaks lost: a raised note
number alone at the margin, its note's text on the next line set in by the number.

``pdftotext -layout`` (and a PDF viewer's copy, which keeps the layout) prints a raised
footnote number on a line of its own, since it sits above the note's first baseline, and
the note's text on the line under it, set in by the number's width:

    ... the formula for interest rates is fully implemented. 1
    <blank>
    1
      Since the introduction of the formula in April 2031, rates on ...

With the form feeds (``page_foot_notes``) the number is known by standing at its page's
foot; a copy or a paste that lost them leaves no page to stand at, so the evidence here is
the note's own shape, with the checks the page-foot rule makes: the number stands at the
margin (a page number in layout text is centred or set right), apart from the text above
(a blank line or a sentence's end over it), over a line set in by one to four spaces that
opens as a sentence; the notes so found run 1, 2, 3 ... in order; and each number is printed
as a marker (flattened onto a word or a year, or spaced off a paragraph's end) in the text
since the note before. Offices print notes so in every paged release: the Reserve Bank of
India's and BSP's minutes copied from the PDF (session 42, notes).
"""

from __future__ import annotations

import re

from briefing.ingest.page_foot_notes import _marker_on_page

_LONE_AT_MARGIN = re.compile(r"^(\d{1,2})[ \t]*$")
_SET_IN = re.compile(r"^[ \t]{1,4}[A-Z]")
_ENDS = (".", ":", ";", "!", "?", ")", "”", '"')  # a sentence's or a clause's end
MIN_WORDS = 3  # a note says something; a page's first line may be a heading's word or two
# A note's marker stands on its page, above it: a page of layout text runs 50 to 70
# lines, so the search goes back this many lines (also over the note before, whose page
# may hold the next marker too), and a text of many lone numbers stays linear.
PAGE_LINES = 80


def join_margin_notes(lines: list[str]) -> list[str]:
    """``lines`` with each raised note number at the margin joined to the note's text
    under it ("1" / "  Since the ..." -> "1 Since the ..."), for the notes numbered 1, 2,
    3 ... in order whose markers the text above prints; ``lines`` itself when none is."""
    found: list[tuple[int, str]] = []
    expected = 1
    since = 0  # where the text searched for the next marker starts
    for i, line in enumerate(lines):
        if not line[:1].isdigit() or i + 1 >= len(lines):
            continue  # (asked of every line: most open on a word or a space)
        m = _LONE_AT_MARGIN.match(line)
        if m is None or int(m.group(1)) != expected:
            continue
        note = lines[i + 1]
        if not _SET_IN.match(note) or len(note.split()) < MIN_WORDS:
            continue
        above = lines[i - 1].rstrip() if i else ""
        if above and not above.endswith(_ENDS):
            continue  # (a paragraph running on over the number: no note's place)
        number = m.group(1)
        if not _marker_on_page(lines, max(since, i - PAGE_LINES), i, number):
            continue
        found.append((i, number))
        expected += 1
        since = max(since, i - PAGE_LINES)
    if not found:
        return lines
    out = list(lines)
    for i, number in reversed(found):
        out[i : i + 2] = [f"{number} {out[i + 1].strip()}"]
    return out

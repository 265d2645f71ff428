"""A line opening on a label and its colon, under a line that finished: a new entry.

Releases set fields and run-in headings as a capitalised label, a colon and its value at
the start of a line: "Publication date: 18 May 2031", "Date and Time: 2:00 p.m., 4 May
2031", "Sources: Examplian analysis of ...", "Coastal Defence: The Administration
supports ...". When the line above finished, a sentence's stop or a figure (a date's
year, a telephone number), at the margin, the wrap tests took the labelled line for the
paragraph's next line (no room was left for its first word, or text with no measure ran
the lines on), and the field or section ran into the paragraph above.

A wrap carries a sentence on; a sentence that ended leaves the next line to open
something, and a line opening with a short capitalised label and a colon opens an entry
of its own: a sentence's next sentence does not start on a label. (A label is one to
four words; a line above stopping on a bare word, "... United States of" / "America and
Examplia: draft resolution", is cut mid-name and stays a wrap.)

Seen in GAO reports (sources, staff acknowledgments), Poland's NBP minutes (publication
date), Taiwan's CBC minutes in Word's text (date and time) and White House statements of
administration policy (run-in headings), in pdftotext's raw copy, Word text and the
blind-labelled texts; session 42.
"""

from __future__ import annotations

import re

# A capitalised label of one to four words, a colon, then its value opening in capitals
# or figures ("Publication date: 18 ...", "Staff acknowledgments: Jane Example").
_LABEL = re.compile(r"^[A-Z][\w'’&/.-]*(?: [\w'’&/.-]+){0,3}:\s+[A-Z0-9]")
# A line that finished: a sentence's stop (a bracket or quote may close after it), or a
# figure of four digits or more (a date's year, a telephone number). A short count stands
# inside a sentence as often as at a line's end: "... with all the 27" / "Member States:
# Examplia, ..." is one sentence (session 42 review).
_FINISHED = re.compile(r"(?:[.!?][)\]”’\"]?|(?<![\d.,])\d{4,})$")


def opens_field(prev: str, line: str) -> bool:
    """Whether ``line``, under ``prev``, opens a labelled field or run-in heading of its
    own: ``prev`` finished (a stop, or a year's or a telephone's figure, at its end) and
    ``line`` opens with a short capitalised label and a colon."""
    return bool(_LABEL.match(line)) and bool(_FINISHED.search(prev.rstrip()))

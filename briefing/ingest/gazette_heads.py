"""The masthead of an official gazette, over the act or notice it publishes.

Gazettes of the Commonwealth tradition (Sri Lanka, India, Kenya, Nigeria, the London
Gazette and those modelled on it) close their masthead with the line "(Published by
Authority)": the gazette's name, the issue's number and date, "EXTRAORDINARY" are above
it, and the part of the gazette the page belongs to ("PART I : SECTION (I) — GENERAL",
"PART II—Section 3—Sub-section (i)") is printed beside or under it. None of these is the
act's title, which the notice prints under the masthead, right over its text; a title
picked above that line names the gazette, not the act.
"""

from __future__ import annotations

import re

from briefing.ingest.extracted import Extracted
from briefing.lazyre import lazy

# "(Published by Authority)", "PUBLISHED BY AUTHORITY", "Published by Authority of the
# Republic of Kenya": one line of its own, perhaps bracketed.
_AUTHORITY = lazy(r"^\W*published\s+by\s+(?:the\s+)?authority\b[^\n]{0,60}$", re.I)
# The gazette's part banner: "PART I : SECTION (I) — GENERAL", "PART II—Section 3".
_PART_BANNER = lazy(r"^PART\s+(?:[IVXL]{1,4}|\d{1,2}|[A-Z])\s*(?:[:—–-]|$)")
MASTHEAD_REACH = 40  # blocks: a gazette's masthead opens the page


def masthead_end(texts: list[str]) -> int | None:
    """Index of the text (a block of one or more lines) holding the masthead's
    "Published by Authority" line, or None when there is none near the top."""
    for i, text in enumerate(texts[:MASTHEAD_REACH]):
        if "uthorit" not in text and "UTHORIT" not in text:
            continue  # (most blocks: two C scans)
        if any(_AUTHORITY.match(line.strip()) for line in text.split("\n")):
            return i
    return None


def below_masthead(texts: list[str], candidates: list[int]) -> list[int]:
    """The title candidates left once a gazette's masthead is set aside: those under its
    "Published by Authority" line that are no part banner. Unchanged when the page has
    no such masthead, or nothing under it could be a title."""
    end = masthead_end(texts)
    if end is None:
        return candidates
    below = [i for i in candidates if i > end and not _PART_BANNER.match(texts[i].strip())]
    return below or candidates


HEAD_CHARS = 4000  # the masthead opens the text


def notice_date_line(text: str) -> str:
    """The dateline closing a gazette notice ("13th December, 2019.", a date alone on
    its line under the signature and the office's address), when the text opens with a
    gazette's masthead and holds exactly one such line after it; else "".

    A gazette prints its issue's date in the masthead ("No. 2154/55 - SATURDAY, DECEMBER
    21, 2019"); the notice is dated by its own signature block, days earlier. The issue
    is the notice's only when it holds one notice: with several datelines (an issue of
    many notices) nothing is chosen here."""
    head = text[:HEAD_CHARS]
    if "uthorit" not in head and "UTHORIT" not in head:
        return ""
    lines = text.split("\n")
    end = masthead_end(lines)
    if end is None:
        return ""
    from briefing.ingest.dates import find_date

    found: list[str] = []
    for line in lines[end + 1 :]:
        bare = line.strip().rstrip(".").strip()
        if not bare or len(bare) > DATE_LINE_MAX or not bare[-1:].isdigit():
            continue  # (most lines: a length test and one character)
        m = find_date(bare)
        if m is not None and m.start == 0 and m.end == len(bare):
            found.append(line.strip())
    return found[0] if len(found) == 1 else ""


DATE_LINE_MAX = 32  # "30th September, 2019": a date alone on its line


# The government printer's imprint at a gazette's foot: "PRINTED AT THE DEPARTMENT OF
# GOVERNMENT PRINTING, SRI LANKA.", "Printed and published by the Government Printer,
# Nairobi", "Uploaded by Dte. of Printing at Government of India Press ...".
_IMPRINT = lazy(
    r"\b(?:printed|uploaded)\s+(?:at|by|and\s+published\s+by)\s+(?:the\s+)?"
    r"[^\n]{0,60}?\bgovernment\s+(?:of\s+\w+\s+)?(?:print\w*|press)\b",
    re.I,
)
IMPRINT_MAX_CHARS = 160  # the imprint, perhaps with the job number set beside it
MASTHEAD_LINES = 80  # printed lines the masthead's "Published by Authority" is looked in


def take_imprints(extracted: Extracted) -> None:
    """Under a gazette's masthead, the government printer's imprint line (perhaps with
    the job number set beside it) is page furniture: it says who printed the issue, and
    a notice's own text never opens a line so. Without the masthead nothing is taken."""
    lines = extracted.lines
    if masthead_end([line.text for line in lines[:MASTHEAD_LINES]]) is None:
        return
    for i, line in enumerate(lines):
        raw = line.text
        if not raw or len(raw) > IMPRINT_MAX_CHARS + 60 or line.style or line.label:
            continue
        if "rint" not in raw and "RINT" not in raw and "ploaded" not in raw:
            continue  # (most lines: C scans)
        text = " ".join(raw.split())
        if len(text) <= IMPRINT_MAX_CHARS and _IMPRINT.search(text):
            extracted.take_line(i)

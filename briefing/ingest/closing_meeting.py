"""The line that closes an adopted act: the meeting that adopted it, and its date.

Every resolution and decision of the General Assembly, the Security Council, ECOSOC and
the Human Rights Council ends on the meeting that adopted it, set apart on its own line
("43rd plenary meeting", "50th (resumed) plenary meeting", "22nd meeting") with the date
on the line under it ("2 December 2024"): one closing block, the meeting and its date.
The meeting line is never a wrap of the last
paragraph (text taken from a PDF runs it straight under a full last line), and the date
under it is the act's adoption date, not a page's running head or foot even where the
cover's distribution date happens to print the same words.
"""

from __future__ import annotations

import re

from briefing.ingest.date_alone import date_alone
from briefing.lazyre import lazy

_MEETING_LINE = lazy(
    r"^\s*\d{1,4}(?:st|nd|rd|th)\s+(?:\((?:resumed|closed)\)\s+)?(?:plenary\s+)?meeting\s*$",
    re.I,
)
MEETING_ENDS = ("meeting", "Meeting", "MEETING")  # a meeting line's last word, checked first
MEETING_DATE_REACH = 2  # blank lines a layout may put between the meeting and its date


def is_meeting_line(text: str) -> bool:
    """ "43rd plenary meeting", "50th (resumed) plenary meeting", "22nd meeting"."""
    # (Asked of every wrapped line: two C checks first, the regex only for a candidate.)
    text = text.strip()
    if not text[:1].isdigit() or not text.endswith(MEETING_ENDS):
        return False
    return len(text) <= 48 and _MEETING_LINE.match(text) is not None


def under_meeting_line(texts: list[str], i: int) -> bool:
    """Line ``i`` comes right under a meeting line (blank lines aside)."""
    j = i - 1
    while j >= 0 and i - j <= MEETING_DATE_REACH + 1 and not texts[j].strip():
        j -= 1
    return j >= 0 and i - j <= MEETING_DATE_REACH + 1 and is_meeting_line(texts[j])


def meeting_dated(meeting: str, line: str) -> bool:
    """``line`` ("2 December 2024") is the date of the meeting line above it."""
    return is_meeting_line(meeting) and date_alone(line)

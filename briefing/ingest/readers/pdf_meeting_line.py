"""The meeting line that closes an adopted act, with its date under it.

A UN resolution or decision ends "55th plenary meeting" / "24 December 2024", both set
flush right: one statement (the meeting that adopted the act, and when), one unit, as a
signature block's short lines are one. Read line by line they were two stray lines.
"""

from __future__ import annotations

import re

from briefing.ingest.date_alone import date_alone

# "55th plenary meeting", "55th (resumed) plenary meeting", "22nd meeting".
MEETING_LINE = re.compile(
    r"^\d{1,3}(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?(?:plenary\s+)?meeting$", re.I
)


def meeting_over_date(above: str, line: str) -> bool:
    """``above`` names the adopting meeting and ``line`` is its date alone."""
    return bool(MEETING_LINE.match(above.strip())) and date_alone(line)

"""A date printed alone on its line under a title or heading.

Releases copied from a web page or saved by a converter print the headline, then the
date on the next line ("FACT SHEET: ... Partnership" / "2023-11-10"); text wrapped at
a fixed width leaves the headline's line nearly full, which reads like a wrap. A date
alone is a dateline: it never finishes a title or a heading (a title names its date
inside a phrase, "... of 12 December 2019"), so it only goes on with the line above
when that line stops where no title can ("... held on", "Geneva,").
"""

from __future__ import annotations

from briefing.ingest.dates import find_date

DATE_ALONE_MAX_CHARS = 32  # "Wednesday, 12 September 2024" and a full stop


def date_alone(line: str) -> bool:
    """``line`` holds a complete date and nothing else (a full stop aside)."""
    stripped = line.strip().rstrip(".")
    if not stripped or len(stripped) > DATE_ALONE_MAX_CHARS or not stripped[-1:].isdigit():
        return False
    found = find_date(stripped)
    if found is None or stripped[found.end :].strip():
        return False
    # Before the date, a weekday or a place at most, with its comma ("Wednesday,",
    # "Geneva,"); "on 4 December 2023" is the end of a phrase ("adopted ... / on ...").
    before = stripped[: found.start].split()
    return not before or (
        len(before) == 1 and before[0].endswith(",") and not any(c.isdigit() for c in before[0])
    )

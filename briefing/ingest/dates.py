"""Find dates in release text, in English, French, Spanish and Korean forms."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.ingest import patterns as P


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    year: int | None
    month: int
    day: int

    def iso(self, default_year: int | None = None) -> str:
        year = self.year or default_year
        if not year:
            return ""
        return f"{year:04d}-{self.month:02d}-{self.day:02d}"


def _from_match(m: re.Match[str]) -> DateMatch | None:
    groups = m.groupdict()
    month = P.MONTHS.get((groups.get("month") or "").lower().rstrip("."))
    if month is None and groups.get("mnum"):
        month = int(groups["mnum"])
    day = int(groups["day"])
    year = int(groups["year"]) if groups.get("year") else None
    if groups.get("era"):
        year = P.ERA_START[groups["era"]] + (1 if groups["eyear"] == "元" else int(groups["eyear"]))
    if not month or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    return DateMatch(m.start(), m.end(), year, month, day)


def _earliest(patterns: list[re.Pattern[str]], text: str) -> DateMatch | None:
    """The earliest valid date any of ``patterns`` finds in ``text``."""
    best: DateMatch | None = None
    for pattern in patterns:
        for m in pattern.finditer(text):
            found = _from_match(m)
            if found and (best is None or found.start < best.start):
                best = found
                break
    return best


def find_date(text: str) -> DateMatch | None:
    """The first complete date (with a year) in ``text``."""
    return _earliest(P.DATE_PATTERNS, text)


def find_partial_date(text: str) -> DateMatch | None:
    """The first month-and-day without a year ("Dec. 7-8", "on 12 July")."""
    return _earliest(P.DATE_NO_YEAR, text)


_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def release_date(datelines: list[str], title: str, body: str) -> str:
    """The release's date as ISO 8601, or "" when the text does not say.

    A dateline wins; then a full date in the title or body; then a month and day from
    the body with the year the title names ("2021 ... Ministerial" + "Dec. 7").
    """
    for text in [*datelines, title]:
        found = find_date(text)
        if found:
            return found.iso()
    head = body[:4000]
    found = find_date(head)
    if found:
        return found.iso()
    year_match = _YEAR.search(title) or _YEAR.search(head)
    partial = find_partial_date(head)
    if partial and year_match:
        return partial.iso(int(year_match.group(1)))
    return ""

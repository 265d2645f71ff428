"""A site's date strip over the headline: the day the page was viewed, not the release's.

News and ministry sites print today's date in their top bar ("السبت 18 يناير 2025",
"วันที่ 16 เมษายน 2024"), and a page copied whole keeps it over the headline; the
article's own stamp stands under the headline ("14-12-2024 | 11:10"). A release dated
over its title prints no other, earlier, date under it in a line of its own, so a
dateline over the title that is later than a dateline under it is the site's strip: the
one under the title goes first.
"""

from __future__ import annotations

from briefing.ingest.dates import dateline_date


def _iso(line: str) -> str:
    found = dateline_date(line)
    return found.iso() if found else ""


def under_title_first(placed: list[tuple[int, str]], title_start: int, title_end: int) -> list[str]:
    """The datelines (``placed``: start offset and text, in reading order) with a site's
    date strip over the title moved after the datelines under it."""
    over = [(start, line) for start, line in placed if start < title_start]
    under = [line for start, line in placed if start >= title_end]
    under_dates = [iso for iso in map(_iso, under) if iso]
    if not over or not under_dates:
        return [line for _, line in placed]
    earliest_under = min(under_dates)
    strips = [line for _, line in over if (_iso(line) or "") > earliest_under]
    return [line for _, line in placed if line not in strips] + strips

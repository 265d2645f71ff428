"""A site's date strip over the headline: the day the page was viewed, not the release's.

News and ministry sites print today's weekday and date in their top bar ("السبت 18 يناير
2025", "Samstag, 18. Januar 2025"), and a page copied whole keeps it over the headline;
the article's own stamp stands under the headline ("14-12-2024 | 11:10"). A release dated
over its title sets the date without the weekday, or in a sentence ("Not to be released
until ... Friday, June 18, 2010"), and may well name an earlier day under it (the
meeting its minutes record); so only a line that is a weekday and a date and nothing
more, over the title and later than a dateline under it, is taken for the strip.
"""

from __future__ import annotations

import re

from briefing.ingest.dates import WEEKDAY_NAMES, dateline_date, find_date
from briefing.lazyre import lazy

# (Arabic and Persian weekdays too: the sites whose bars print them; either keyboard's
# letters for the Persian ی and ک.)
_WEEKDAY_START = lazy(
    rf"^\W*(?:(?:{WEEKDAY_NAMES})|ال(?:أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت)"
    r"|(?:[یي][کك]|دو|سه|چهار|پنج)?\s?شنبه|جمعه)\W*(?=\s|\d)",
    re.I,
)
STRIP_MAX_CHARS = 60


def is_weekday_strip(line: str) -> bool:
    """Whether ``line`` is a weekday's name and a date, and nothing more before it."""
    weekday = _WEEKDAY_START.match(line)
    if weekday is None or len(line) > STRIP_MAX_CHARS:
        return False
    found = find_date(line)
    return found is not None and line[weekday.end() : found.start].strip(" ,،") == ""


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
    strips = [line for _, line in over if is_weekday_strip(line) and _iso(line) > earliest_under]
    return [line for _, line in placed if line not in strips] + strips

"""The date a paged document prints only in its running heads or feet.

A paged document repeats its name and issue in the head or foot of every page: a gazette
the day of its issue ("Lunes 1 de abril de 2024 DIARIO OFICIAL 53"), a report or standard
its version and date ("ARCHITECTURE | 1.0 | 28-11-2024"). The furniture pass removes those
lines from the text, so a document that prints its date nowhere else would be left undated,
though its date is printed on every page. When the text states no date of its own, the one
date its running heads or feet all print is its issue date, as the GPO rendition's issue
line already dates a statement (gpo_marks). Only a date printed on two pages or more, and
only when they all print the same one: a foot that changes from page to page (a print
stamp, a list of dates) says nothing about the document.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.ingest.dates import find_date
from briefing.ingest.gpo_slugs import is_gpo_slug
from briefing.lazyre import lazy
from briefing.model import Removed

RUNNING_KINDS = frozenset({"page-furniture", "rotated"})
MIN_PAGES = 2  # (a running head is printed on every page: one line alone is no such head)
# (A foot without four figures in a row prints no year: a page number, skipped at once.)
_FOUR_FIGURES = lazy(r"\d{4}")


def _printed_date(text: str) -> str:
    if not _FOUR_FIGURES.search(text):
        return ""
    found = find_date(text)
    return found.iso() if found is not None and found.year else ""


def running_head_date(removed: Iterable[Removed]) -> str:
    """The one full date (ISO) the removed running heads and feet print, or ""."""
    read: dict[str, str] = {}  # (a running head repeats its text: each text read once)
    dates: list[str] = []
    for line in removed:
        if line.kind not in RUNNING_KINDS or is_gpo_slug(line.text):
            continue  # (a GPO slug's dates are its print job's: gpo_slugs)
        iso = read.get(line.text)
        if iso is None:
            iso = read[line.text] = _printed_date(line.text)
        if iso:
            dates.append(iso)
            if dates[0] != iso:
                return ""
    return dates[0] if len(dates) >= MIN_PAGES else ""

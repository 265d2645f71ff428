"""A date stamp printed inside a page's headline.

News templates set the release's date in the <h1> itself, before or after the title
("<h1><span class="supertitle"><time datetime="2022-02-01">1. Februar 2022</time></span>
<span class="title">Minister ...</span></h1>"). The <time> element marks those words as
a date, not as words of the title: read as the title they would put the date in front of
every heading reader's and exporter's title, and the release would lose its dateline.
Templates without <time> set the stamp in an element of its own all the same ("<h1><span
class="topline"><span class="date">27.01.2022</span></span>Title</h1>"): an element at
the headline's edge whose words are a date and nothing else is that stamp too (a title
never has an element of its own holding only its date).
"""

from __future__ import annotations

from briefing.ingest.dates import find_date
from briefing.ingest.readers.html_text import squash, tag_of, text_of

STAMP_MAX_CHARS = 40  # "Donnerstag, 27. Januar 2022, 10:30 Uhr" and no more


def headline_stamp(heading):
    """The <time> element opening or closing ``heading`` (nothing but spaces between it
    and the heading's edge), when the heading has other words; else None."""
    times = list(heading.iter("time")) or _date_elements(heading)
    if not times or not squash(text_of(heading)):
        return None
    for time in (times[0], times[-1]):
        stamp = squash(text_of(time))
        if not stamp or stamp == squash(text_of(heading)):
            continue
        whole = squash(text_of(heading))
        if whole.startswith(stamp) or whole.endswith(stamp):
            return time
    return None


def _date_elements(heading) -> list:
    """Elements inside ``heading`` whose whole text is a date ("27.01.2022"), outermost
    first (the "topline" span holding only the "date" span stands for it)."""
    found = []
    for el in heading.iterdescendants():
        if tag_of(el) in ("br", "img", "a"):
            continue
        words = squash(text_of(el))
        if not words or len(words) > STAMP_MAX_CHARS:
            continue
        if any(el in outer.iterdescendants() for outer in found):
            continue  # inside a stamp already found
        if date_only(words):
            found.append(el)
    return found


def date_only(words: str) -> bool:
    """``words`` are a date and nothing else ("27.01.2022", "Donnerstag, 27. Januar
    2022, 10:30 Uhr"), short as a stamp is."""
    if not words or len(words) > STAMP_MAX_CHARS:
        return False
    date = find_date(words)
    return date is not None and date.start == 0 and date.end >= len(words.rstrip("."))

"""A date stamp printed inside a page's headline.

News templates set the release's date in the <h1> itself, before or after the title
("<h1><span class="supertitle"><time datetime="2022-02-01">1. Februar 2022</time></span>
<span class="title">Minister ...</span></h1>"). The <time> element marks those words as
a date, not as words of the title: read as the title they would put the date in front of
every heading reader's and exporter's title, and the release would lose its dateline.
"""

from __future__ import annotations

from briefing.ingest.readers.html_text import squash, text_of


def headline_stamp(heading):
    """The <time> element opening or closing ``heading`` (nothing but spaces between it
    and the heading's edge), when the heading has other words; else None."""
    times = list(heading.iter("time"))
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

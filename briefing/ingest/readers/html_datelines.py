"""The release's date printed inside a box of the site's.

Templates set the date under the headline in one strip with the site's controls: the
date beside the share buttons ("23/10/2020 · partager", a box classed "date-show-social"),
or beside the subject tags ("12. Januar 2022, Themen: Energie, Wasser"). The strip is the
site's and goes, but its date is the release's dateline: the words of an element holding
a date and nothing else. Only the first such date above the body is the release's; dates
further down stand beside teasers of other pages.
"""

from __future__ import annotations

from briefing.ingest.readers.html_stamps import date_only
from briefing.ingest.readers.html_text import squash, tag_of, text_of

_TRAILING = " ,;|·-–—"


def box_dateline(box):
    """The first element in ``box`` whose whole text is a date, or None."""
    for el in box.iter():
        if not isinstance(el.tag, str) or tag_of(el) in ("a", "script", "style", "button"):
            continue
        if date_only(squash(text_of(el)).rstrip(_TRAILING)):
            return el
    return None

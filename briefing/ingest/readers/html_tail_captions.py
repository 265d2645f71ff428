"""A heading left last in a page's text, its box dropped from under it.

Sites caption their boxes under the release with a heading of the box's own ("Read
also", "Nächster Artikel", "Taip pat skaitykite"): when the box goes out as the site's
(a teaser row, a link list, a player), its caption stays behind as the text's last line,
a heading over nothing. A heading heads what follows it; one with nothing of the release
after it and the site's dropped box right under it captioned that box, in any language,
and goes out with it. A heading followed by any kept line, even a short one, stays.
"""

from __future__ import annotations

from briefing.ingest.extracted import Line


def orphan_caption(lines: list[Line], nav_drop_at: int) -> bool:
    """True when the last line is a heading and the site's box dropped right after it
    (``nav_drop_at``: the number of kept lines when the last such box was dropped)
    ended the text."""
    if not lines or nav_drop_at != len(lines):
        return False
    last = lines[-1]
    return last.style.startswith("heading") and last.style != "heading1"

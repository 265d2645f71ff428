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


def _rank(style: str) -> int:
    digits = style.removeprefix("heading")
    return int(digits) if digits.isdigit() else 0


def outer_caption(lines: list[Line], dropped_style: str) -> bool:
    """True when the last line, once the caption under it went out (``dropped_style``),
    is a heading of a higher rank: the box's caption over that entry ("Downloads" over
    "Kurzvita", each file's name set as a smaller heading linking to it), captioning
    nothing left in the text. A heading of the same or a lower rank heads a section of
    its own and stays."""
    if not lines or not lines[-1].style.startswith("heading") or lines[-1].style == "heading1":
        return False
    outer, inner = _rank(lines[-1].style), _rank(dropped_style)
    return 0 < outer < inner

"""The Federal Register's part cover and presidential caption in the GPO's text rendition.

A document the register prints as a separate part (a proclamation or order opening
"Part II", an agency's long rule) comes after the part's cover page: the issue's masthead
("Vol. 91" / "Monday," / "No. 162" / "August 24, 2026"), the part's number and who it
holds ("Part II" / "The President"). The rendition keeps that page, under a page mark
for a page before the document's own ("[[Page 54787]]" where the head says "[Pages
54789-54791]"): the cover describes the issue, it is no line of the document. Each
presidential document is printed under the caption of its title of the Code ("Title
3--" / "The President"). Both are taken only in a rendition whose head the GPO source
line vouches for (``gpo_marks``).
"""

from __future__ import annotations

from briefing.ingest.extracted import Extracted, Line
from briefing.lazyre import lazy

_PAGES = lazy(r"^\s*\[Pages? (\d{1,6})(?:-\d{1,6})?\]\s*$")
_PAGE_MARK = lazy(r"^\s*\[\[Page (\d{1,6})\]\]\s*$")
COVER_LINE_MAX = 30  # the cover's masthead and part lines are a few words each
COVER_LINES_MAX = 8
_TITLE_CAPTION = lazy(r"^\s*Title \d{1,2}\s*(?:--|—)\s*$")
_PRESIDENT = "The President"


def take_part_cover(extracted: Extracted, head: int) -> None:
    """Blank the part's cover lines and the presidential caption (listed in ``removed``).
    ``head``: the last line of the rendition's head."""
    lines = extracted.lines
    first = _first_page(lines, head)
    for i in range(head + 1, len(lines)):
        raw = lines[i].text
        if not raw.strip():
            continue
        mark = _PAGE_MARK.match(raw) if raw.lstrip()[:2] == "[[" else None
        if mark and first is not None and int(mark.group(1)) < first:
            _take_cover(extracted, i + 1)
        elif _TITLE_CAPTION.match(raw) and _next_text(lines, i) == _PRESIDENT:
            extracted.take_line(i)
            extracted.take_line(_next_line(lines, i))


def _first_page(lines: list[Line], head: int) -> int | None:
    """The document's first page, from the head's "[Pages 54789-54791]"."""
    for i in range(head + 1):
        found = _PAGES.match(lines[i].text)
        if found:
            return int(found.group(1))
    return None


def _take_cover(extracted: Extracted, start: int) -> None:
    """The short lines opening the cover page, up to the first longer line or the rule
    ruled under them."""
    lines = extracted.lines
    taken = 0
    for i in range(start, len(lines)):
        text = lines[i].text.strip()
        if not text:
            continue
        if not any(ch.isalnum() for ch in text):
            if taken:
                extracted.take_line(i)  # (the rule under the cover's lines)
            return
        if len(text) > COVER_LINE_MAX:
            return
        extracted.take_line(i)
        taken += 1
        if taken >= COVER_LINES_MAX:
            return


def _next_line(lines: list[Line], i: int) -> int:
    j = i + 1
    while j < len(lines) and not lines[j].text.strip():
        j += 1
    return j


def _next_text(lines: list[Line], i: int) -> str:
    j = _next_line(lines, i)
    return lines[j].text.strip() if j < len(lines) else ""

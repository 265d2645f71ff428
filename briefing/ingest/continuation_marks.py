"""Typed page-continuation marks left in text taken from a typed or faxed release.

A release typed on paper marks where a page goes on: at a page's foot ". . . / 2",
"../3", "2/", at the next page's top "/2", or a word, "- more -", "(more)", "/cont.".
Archives that scan and read such releases back (parliamentary libraries, press-release
collections 1960-2000) keep each mark as a line of its own. A mark is typed on no line
but its own and holds no word of the text: a run of dots, a slash, a page number (2 and
up: the first page is never "continued to"), or the word "more" or "continued". Left in,
it reads as a stray paragraph, or glues to the sentence it cuts.
"""

from __future__ import annotations

import re

from briefing.ingest.extracted import Extracted
from briefing.lazyre import lazy

# Dots (typed ". . .", "..", "…", a bullet the scan read in their place), a slash, and
# the next page's number, perhaps closed by a point or slash: ". . . / 3", "•  ../3",
# "... / 8 .", "...2/". Two dots at least: "2." alone is a paragraph's number.
_DOTS_THEN_PAGE = lazy(r"^[.·•…](?:\s*[.·…]){1,}\s*/?\s*(\d{1,2})\s*[./]?$")
# A slash on one side of the number: "/2" at a page's top, "2/" or "2 /" at its foot.
# (A fraction has figures both sides; a paragraph number a point or bracket.)
_SLASHED_PAGE = lazy(r"^(?:/\s*(\d{1,2})\s*\.?|(\d{1,2})\s*/)$")
# The word a typist puts at a page's foot when the release goes on: "- more -", "(more)",
# "/more", "MORE...", "/cont.", "(continued)". Alone on a line it is never the text's.
_MORE = lazy(
    r"^[-–—(/.\s]*(?:more|cont(?:'?d|inued|\.)?|continued\s+overleaf|p\.?\s*t\.?\s*o\.?)"
    r"[-–—)/.\s]*$",
    re.I,
)
MARK_MAX_CHARS = 24  # ". .  . / 12 ." at its longest; a line of text runs longer


def continuation_mark(text: str) -> bool:
    """Whether ``text`` (one line, stripped) is a typed page-continuation mark."""
    if not text or len(text) > MARK_MAX_CHARS:
        return False
    m = _DOTS_THEN_PAGE.match(text) or _SLASHED_PAGE.match(text)
    if m:
        number = int(next(g for g in m.groups() if g))
        return number >= 2
    return _MORE.match(text) is not None


def take_continuation_marks(extracted: Extracted) -> None:
    """Blank typed continuation marks (indices stay valid) and list them in ``removed``."""
    lines = extracted.lines
    for i, line in enumerate(lines):
        raw = line.text
        if not raw or len(raw) > 40 or line.style or line.label:
            continue  # (most lines: blank, or one length test)
        text = raw.strip()
        if continuation_mark(text):
            extracted.removed.append(" ".join(text.split()))
            lines[i] = type(line)("\f" if raw.startswith("\f") else "")

"""Right-to-left scripts (Arabic, Persian, Urdu, Hebrew, Syriac...): quick tests on text.

Used where a reader or writer must know a text's direction: the PDF reader puts such
lines back in reading order (``ingest.readers.pdf_bidi``), the Word export marks their
paragraphs right-to-left. Each test is one regex search, and Latin text, the common
case, is passed over with one comparison or one search.
"""

from __future__ import annotations

import unicodedata

from briefing.lazyre import lazy

# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic supplements and
# presentation forms: the blocks whose letters are right-to-left.
RTL_CHAR = lazy("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def has_rtl(text: str) -> bool:
    return RTL_CHAR.search(text) is not None


def starts_rtl(text: str) -> bool:
    """``text`` opens with a right-to-left letter (one comparison for Latin text)."""
    return text[:1] >= "\u0590" and RTL_CHAR.match(text) is not None


def first_strong(text: str) -> str:
    """ "R" or "L": the direction of the first letter with a direction of its own (the
    Unicode bidi algorithm's rule P2 for a paragraph's base direction), "" if none."""
    for ch in text:
        cls = unicodedata.bidirectional(ch)
        if cls in ("R", "AL"):
            return "R"
        if cls == "L":
            return "L"
    return ""

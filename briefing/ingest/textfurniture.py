"""Page furniture left in text extracted from paged documents (UN documents above all):
"2/5" page numbers, job numbers "25-15106 (E)", barcodes "*2515106*", and the running
head that repeats the document symbol on every page. Such lines are never content."""

from __future__ import annotations

import re
from collections import Counter

from briefing.ingest.extracted import Extracted

_SYMBOL = r"[A-Z]{1,6}(?:/[A-Z0-9.]{1,12}){1,5}(?:\s*\([^)]{1,20}\))?"
_FURNITURE = re.compile(
    r"^(?:"
    r"\d{1,3}\s*/\s*\d{1,3}"  # page 2/5
    r"|\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s+\*\d{6,9}\*)?"  # job number
    r"|\*\d{6,9}\*"  # barcode printed under the job number
    rf"|{_SYMBOL}\s+\d{{1,3}}\s*/\s*\d{{1,3}}|\d{{1,3}}\s*/\s*\d{{1,3}}\s+{_SYMBOL}"  # head + page
    r"|please recycle\s*♲?|♲"
    r")$",
    re.I,
)
_SYMBOL_LINE = re.compile(rf"^{_SYMBOL}$")


def take_page_furniture(extracted: Extracted) -> None:
    """Blank page-furniture lines (indices stay valid) and list them in ``removed``."""
    lines = extracted.lines
    symbols = Counter(line.text.strip() for line in lines if _SYMBOL_LINE.match(line.text.strip()))
    seen: set[str] = set()
    for i, line in enumerate(lines):
        text = line.text.strip()
        if not text or line.style or line.label or len(text) > 60:
            continue
        furniture = bool(_FURNITURE.match(text)) and _page_ok(text)
        if not furniture and symbols.get(text, 0) >= 2:
            # The document's symbol is printed once at its head; repeats are running heads.
            furniture = text in seen
            seen.add(text)
        if furniture:
            extracted.removed.append(text)
            lines[i] = type(line)("")


def _page_ok(text: str) -> bool:
    """ "2/5" must read as page 2 of 5 (not a fraction or a date like "12/07")."""
    m = re.search(r"(?<![\w/])(\d{1,3})\s*/\s*(\d{1,3})(?![\w/])", text)
    if not m:
        return True
    page, pages = int(m.group(1)), int(m.group(2))
    return 1 <= page <= pages

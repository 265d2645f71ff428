"""The header and footer a web browser prints on every page of a page it prints to PDF.

Archives keep many releases as a web page printed from a browser, then read back as text:
each page carries the browser's own lines, "Page 1 of 2  <the page's title, cut short>..."
at the top and "17/09/2013  http://www.example.gov.au/media/..." (the day it was
printed and the address) at the foot, or the address beside "1/3". They say where and
when the page was printed, never what the release says, and their date is not the
release's: they are page furniture.
"""

from __future__ import annotations

import re

from briefing.ingest.extracted import Extracted
from briefing.lazyre import lazy

# "Page 1 of 1 TWO BOATS A DAY UNDER ... > Site name ...": the page count, then the
# page's title (the browser cuts it with "..."); a sentence never opens on "Page 1 of 1".
_PRINT_HEAD = lazy(r"^page \d{1,3} of \d{1,3}\s+\S.*$", re.I)
# "17/09/2013 http://...", "9/17/13, 2:05 PM  https://...", "https://... 2/3": the day
# (and time) printed beside the address, or the address beside the page count.
_PRINT_DATE = r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?(?:\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?"
_ADDRESS = r"(?:https?://|www\.)\S+"
_PRINT_FOOT = lazy(
    rf"^(?:{_PRINT_DATE}\s+{_ADDRESS}|{_ADDRESS}\s+\d{{1,3}}\s*/\s*\d{{1,3}})$"
)
PRINT_LINE_MAX = 240  # a cut title or a long address; prose lines are not tested


def is_browser_print_line(text: str) -> bool:
    if len(text) > 4 * PRINT_LINE_MAX:
        return False  # (a paragraph: not split into words only to be measured)
    text = " ".join(text.split())
    if len(text) > PRINT_LINE_MAX:
        return False
    return bool(_PRINT_HEAD.match(text) or _PRINT_FOOT.match(text))


def take_browser_print_lines(extracted: Extracted) -> None:
    """Blank the browser's print lines (indices stay valid) and list them in ``removed``."""
    lines = extracted.lines
    for i, line in enumerate(lines):
        raw = line.text
        head = raw.lstrip("\f \t")[:4]
        # (Cheap first look: a print line opens on "Page", a figure or an address.)
        if not head or not (head[:1].isdigit() or head.lower() in ("page", "http", "www.")):
            continue
        if head[:1].isdigit() and "http" not in raw and "www." not in raw:
            continue  # (a figure opens a print line only beside an address: "17/09/2013 http")
        if line.style or line.label or not is_browser_print_line(raw):
            continue
        extracted.removed.append(" ".join(raw.split()))
        lines[i] = type(line)("\f" if raw.startswith("\f") else "")

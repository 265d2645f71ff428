"""A fax machine's transmission header left in a faxed release read back by an archive.

Offices sent releases to the press gallery and the parliamentary library by fax; each page
came out with the sending machine's line printed across its top: the sender, the date
with a two-digit year, the time, a transmission number and the page ("JUL 27 '89 17:27
FOREIGN AFFAIRS CANB 062 732081 P.2", "ID:034196350 23 DEC'94 11:37 No.005 P.01",
"TEL No. 19,01,93 9:07 P.04"). The scan keeps it as a line of the text. A clock time next
to a date of that shape and a page or machine number is never the release's words.
"""

from __future__ import annotations

import re

from briefing.ingest.extracted import Extracted
from briefing.lazyre import lazy

_TIME = lazy(r"(?<![\d:])[0-2]?\d\s?:\s?[0-5]\d(?![\d:])")
# The machine's date: a month's three letters and a two-digit year ("27 JUL '89", "JUL 27
# '89", "23 DEC'94", "10 APR ’96"), or figures parted by commas ("19,01,93").
_FAX_DATE = lazy(
    r"(?:\b\d{1,2}\s*[A-Z]{3}\s*['’]\s?\d\d\b|\b[A-Z]{3}\s+\d{1,2}\s*['’]\s?\d\d\b"
    r"|\b\d\d,\d\d,\d\d\b)"
)
# What else the machine prints: the page ("P.2", "P .  03", "PAGE. 002"), its identity
# ("ID:034196350", "TEL No.") or the transmission's number ("No.005").
_MACHINE = lazy(
    r"\bP(?:AGE)?\s*\.\s*0*\d{1,3}\b|\bID\s*:|\bTEL\s*No\b|\bNo\s*\.\s*\d{3}\b", re.I
)
FAX_MAX_CHARS = 140


# The date and time alone on their line ("10 APR '96 14:55"): the header's second line.
_STAMP_ALONE = lazy(rf"^(?:{_FAX_DATE.pattern})\s+{_TIME.pattern}$")


def is_fax_header(text: str) -> bool:
    """Whether ``text`` (one line) is a fax machine's transmission header."""
    if len(text) > FAX_MAX_CHARS or _TIME.search(text) is None:
        return False
    if _STAMP_ALONE.match(text):
        return True
    return _FAX_DATE.search(text) is not None and _MACHINE.search(text) is not None


def take_fax_headers(extracted: Extracted) -> None:
    """Blank fax transmission headers (indices stay valid) and list them in ``removed``."""
    lines = extracted.lines
    for i, line in enumerate(lines):
        raw = line.text
        if len(raw) > FAX_MAX_CHARS + 20 or ":" not in raw or line.style or line.label:
            continue
        if "'" not in raw and "’" not in raw and "," not in raw:
            continue  # (the machine's date: "27 JUL '89", "23 DEC’94", "19,01,93")
        text = " ".join(raw.split())
        if is_fax_header(text):
            extracted.removed.append(text)
            lines[i] = type(line)("\f" if raw.startswith("\f") else "")

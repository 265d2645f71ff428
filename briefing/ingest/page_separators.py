"""Page separators a converter writes between the pages it read out of a PDF:
"===== Page 12 =====", "--- Page 3 ---", "-- 2 of 10 --" (pdf-parse), "*** 4 ***".

The run of rules on both sides and a page's number between them, with nothing else on
the line, is the converter's mark of where a page ended; no document prints its text so,
and a Markdown rule or heading underline is a run of marks alone. Such a line is page
furniture in text and in Markdown alike (where, left in, it runs on into the list item or
paragraph above it)."""

from __future__ import annotations

import re

from briefing.lazyre import lazy

# The same mark (two or more) on both sides; "Page", "p." or nothing before the number,
# perhaps "of N" (or "/ N") after it. ("#" is left out: "## 2 ##" is a closed heading.)
# (Spaces inside the marks: "**2**" is a bold figure, "--2--" no converter's.)
_SEPARATOR = (
    r"[ \t]*([=\-*~_])\1+[ \t]+(?:(?:page|p\.)[ \t]*)?\d{1,4}"
    r"(?:[ \t]*(?:of|/)[ \t]*\d{1,4})?[ \t]+\1{2,}[ \t]*"
)
_LINE = lazy(f"^{_SEPARATOR}$", re.I)
_PAIRS = ("==", "--", "**", "~~", "__")
_LINES = lazy(f"^{_SEPARATOR}(?:\\n|$)", re.I | re.M)


def is_page_separator(text: str) -> bool:
    """Whether ``text`` (one line) is a converter's page separator."""
    return _LINE.match(text) is not None


def strip_page_separators(text: str, removed: list[tuple[str, str]]) -> str:
    """``text`` without its page-separator lines (the line and its newline go, so a
    paragraph the page break cut runs on); each one listed in ``removed`` as page
    furniture. A cheap look first: most texts hold no run of two rule marks at all."""
    if not any(pair in text for pair in _PAIRS):
        return text
    found = [m.group().strip() for m in _LINES.finditer(text)]
    if not found:
        return text
    removed.extend(("page-furniture", line) for line in found)
    return _LINES.sub("", text)

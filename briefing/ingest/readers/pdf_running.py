"""Running headers, footers and page numbers in page-split text (no PDF library needed)."""

from __future__ import annotations

import re

from briefing.lazyre import lazy

# How many non-blank lines at each end of a page count as the header/footer zone.
ZONE = 4

# "Page 2 of 5" as European houses print it: the word for page (Dutch and Italian
# "Pagina", Swedish "Sida", Danish/Norwegian "Side", Polish "Strona", Czech "Strana")
# and the word for "of" ("van", "di", "av", "af", "z", "sur"). A page counter is the
# same line in every language; prose never stands alone as "Pagina 1 van 3".
_PAGE_WORD = r"page|p\.|pg\.?|página|pagina|seite|sida|side|strona|strana|페이지"
_OF_WORD = r"/|of|de|von|sur|van|di|av|af|z"
_PAGE_NUMBER = lazy(
    rf"""^(?>\s*)(?:
        (?:{_PAGE_WORD})?\s*\d{{1,3}}(?>\s*)(?:(?:{_OF_WORD})\s*\d{{1,3}})?
      | [-–—]\s*\d{{1,3}}\s*[-–—]
      | \[\s*\d{{1,3}}\s*\]
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_PAGE_TOKEN = lazy(rf"\b(?:{_PAGE_WORD})\s*#(?:\s*(?:{_OF_WORD})\s*#)?", re.I)


def is_page_number(line: str) -> bool:
    """True for a bare page number: "3", "- 2 -", "Page 1/3", "Page 2 of 12"."""
    return bool(_PAGE_NUMBER.match(line))


def line_key(line: str) -> str:
    """Normalise a line so a running header matches itself on every page: digits -> '#',
    a "Page n" part dropped, case and spacing ignored.

    A bare number at either end of the line is dropped too: a book-style running head
    prints the page number at the outer edge, before the title on a left-hand page
    ("2 National Parks Act") and after it on a right-hand one ("National Parks Act 3"),
    so the same head alternates between the two shapes page by page (a gazette's page
    number may carry its part's letter: "1A")."""
    key = re.sub(r"\d+", "#", line.casefold())
    words = _PAGE_TOKEN.sub("", key).split()
    if len(words) > 1 and _EDGE_NUMBER.fullmatch(words[0]):
        words = words[1:]
    if len(words) > 1 and _EDGE_NUMBER.fullmatch(words[-1]):
        words = words[:-1]
    return " ".join(words)


# A page number at a running head's edge: "#", or "#a" where a gazette numbers each
# part's pages apart with the part's letter ("1A", "2A" in Part I of the Sri Lanka gazette).
_EDGE_NUMBER = lazy(r"#[a-z]?")


def _zone_size(page: list[str]) -> int:
    # On a short page the top and bottom zones must not overlap, or a body line could
    # count as both header and footer.
    return min(ZONE, sum(1 for line in page if line.strip()) // 2 or 1)


def _zone(page: list[str], from_end: bool) -> list[int]:
    indices = range(len(page) - 1, -1, -1) if from_end else range(len(page))
    return [i for i in indices if page[i].strip()][: _zone_size(page)]


def _running_keys(pages: list[list[str]], from_end: bool) -> set[str]:
    counts: dict[str, int] = {}
    for page in pages:
        keys = {line_key(page[i]) for i in _zone(page, from_end)}
        for key in keys - {""}:
            counts[key] = counts.get(key, 0) + 1
    needed = max(2, (len(pages) + 1) // 2)
    return {key for key, n in counts.items() if n >= needed}


def strip_running(pages: list[list[str]]) -> tuple[list[list[str]], list[str]]:
    """Remove running headers/footers and page numbers from the ends of each page.

    A line is dropped when it lies in the top or bottom zone of its page and is either
    a bare page number or (in a PDF of two or more pages) a line that recurs, digits
    aside, in the same zone on at least half of the pages. Stripping stops at the first
    line that is neither, so body text below a header is never touched.
    Returns the kept pages and the removed lines in reading order.
    """
    multi = len(pages) >= 2
    top = _running_keys(pages, from_end=False) if multi else set()
    bottom = _running_keys(pages, from_end=True) if multi else set()
    kept_pages: list[list[str]] = []
    removed: list[str] = []
    for page in pages:
        drop: set[int] = set()
        for indices, keys in ((range(len(page)), top), (range(len(page) - 1, -1, -1), bottom)):
            seen = 0
            for i in indices:
                line = page[i]
                if not line.strip():
                    continue
                if seen >= ZONE or not (is_page_number(line) or line_key(line) in keys):
                    break
                drop.add(i)
                seen += 1
        removed.extend(page[i].strip() for i in sorted(drop))
        kept_pages.append([line for i, line in enumerate(page) if i not in drop])
    return kept_pages, removed

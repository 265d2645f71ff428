"""Blocks a page break leaves between the two halves of a paragraph in plain text.

Text taken out of a paged document (an archive's text of a scanned release, text copied
from a PDF, ``pdftotext`` with or without layout) keeps what the printed page put at its
foot and head: a page number ("2", "- 2 -", "Page 2 of 5"), a UN job number and page
count ("25-16815   5/8"), and beside the page number a running head ("PRIME MINISTER").
When a sentence runs over the page, these lines sit between its halves. They are never
the paragraph's host: the sentence goes on after them.
"""

from __future__ import annotations

import re

from briefing.ingest.textfurniture import is_page_foot
from briefing.lazyre import lazy

# A page number alone: "2", "- 2 -", "— 2 —", "Page 2", "page 2 of 5", "2 of 5", "p. 2".
_PAGE_NUMBER = lazy(
    r"^(?:(?:page|p\.|página|seite)\s*)?[-–—]?\s*\d{1,3}\s*(?:(?:/|of|de|sur)\s*\d{1,3})?"
    r"\s*[-–—]?$",
    re.I,
)
RUNNING_HEAD_MAX_WORDS = 5  # "PRIME MINISTER", "Media Release", "Campaign Transcript"
# A short line ending on its page's number ("Information Storage and Retrieval System
# Page 1", ", 95-3689 Page 2", "J.C. Altman Page 3"): a page's head or foot, never a
# sentence (a sentence citing a page goes on: "see page 4 of the report.").
_ENDS_ON_PAGE = lazy(r"\bPage\s+\d{1,3}(?:\s+of\s+\d{1,3})?$")
PAGE_LINE_MAX_WORDS = 10


def ends_on_page_number(text: str) -> bool:
    text = text.strip()
    return (
        text[-1:].isdigit()
        and len(text.split()) <= PAGE_LINE_MAX_WORDS
        and bool(_ENDS_ON_PAGE.search(text))
    )


def is_page_number(text: str) -> bool:
    """A page number alone on its line (never a paragraph: no words)."""
    text = text.strip()
    return 0 < len(text) <= 20 and bool(_PAGE_NUMBER.match(text))


def is_page_matter(text: str) -> bool:
    """A page number or a page foot of numbers and symbols (a job number, "5/8")."""
    return is_page_number(text) or is_page_foot(text.strip()) or ends_on_page_number(text)


def is_running_head(text: str) -> bool:
    """A few words ending no sentence or clause: what a page prints beside its number
    (the office, the release's kind). Only taken as such next to a page number."""
    text = text.strip()
    words = text.split()
    return (
        0 < len(words) <= RUNNING_HEAD_MAX_WORDS
        and text[-1:] not in ".!?:;,"
        and not text[:1].islower()
    )


PAGE_NUMBER_INDENT = 20  # a number set this far in: centred or flush right on the page


def page_number_line(raw: str) -> bool:
    """A raw line holding a page number where a page prints it: opening a page (after
    the form feed ``pdftotext`` writes) or set far in (centred, flush right). It never
    goes on the paragraph above, whose sentence carries on after the page's head."""
    if not is_page_number(raw):
        return False
    return raw.startswith("\f") or len(raw) - len(raw.lstrip(" ")) >= PAGE_NUMBER_INDENT

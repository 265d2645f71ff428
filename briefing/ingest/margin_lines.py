"""Words printed once on every page, wherever the text extraction sets them.

A page's margin may carry a word or two printed sideways ("Press release" up the left
edge), a watermark ("DRAFT"), or a notice ("Confidential"). ``pdftotext`` reads sideways
and overprinted text where its position falls among the page's lines, so such a line
turns up in the middle of a page, between two paragraphs or inside one, not at the page's
edge where running heads are looked for. What gives it away is that every page prints it
once: the text's own short lines (a crosshead, a table's label, "(Applause.)") do not
come back exactly once on every page of a document.
"""

from __future__ import annotations

from bisect import bisect_right

from briefing.ingest.extracted import Extracted

MIN_PAGES = 3  # pages a document must have for "on every page" to mean anything
MARGIN_MAX_CHARS = 40  # a margin's words: a few, never a sentence
MARGIN_MAX_WORDS = 5


def take_margin_lines(extracted: Extracted, breaks: list[int]) -> None:
    """Blank (indices stay valid) the short lines printed once on every page, the first
    included, and list them in ``removed``. (A table continued over the later pages
    repeats its column heads there, not on the page before it starts.) ``breaks``: the
    lines opening a page (a form feed)."""
    if len(breaks) + 1 < MIN_PAGES:
        return
    lines = extracted.lines
    pages = len(breaks) + 1
    found: dict[str, list[tuple[int, int]]] = {}  # text -> (line, page) of each copy
    for i, line in enumerate(lines):
        raw = line.text
        if not raw or len(raw) > 120 or line.style or line.label:
            continue  # (most lines: a length look in C)
        text = " ".join(raw.split())
        if not _margin_like(text):
            continue
        found.setdefault(text, []).append((i, bisect_right(breaks, i) + 1))
    for places in found.values():
        on = [page for _, page in places]
        once_each = len(set(on)) == len(on)
        if once_each and len(on) == pages:
            for i, _ in places:
                extracted.take_line(i)


def _margin_like(text: str) -> bool:
    """A few words with letters, ending on no sentence's or clause's stop."""
    return (
        0 < len(text) <= MARGIN_MAX_CHARS
        and len(text.split()) <= MARGIN_MAX_WORDS
        and text[-1:] not in ".;,:!?"
        and any(ch.isalpha() for ch in text)
    )

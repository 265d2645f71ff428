"""A running head or foot carrying its page number, at the page's edge, in paged text.

A paged document prints the same short line at each page's top or foot with only the page
number changing: "Pagina 2 van 3", "Edição 136 - Página 4", "JANUARY 2021 3" (a head
whose page number pdftotext -raw sets after one space), "2020, No. 389 -2-", "Page 2
GAO-23-106826 | Short title". Word-for-word repetition misses them (the number differs) and
the spelt "Page N" rules know one language's word. What holds for any language and any
layout is the page itself: with form feeds marking the pages, a line near a page's edge
whose text, numbers aside, repeats on other pages' edges, with one number changing and
that number counting the pages (page k prints n + k for one n), is the page's furniture.
Body text never counts its pages: a numbered paragraph or section landing at two page
tops would have to advance by exactly the pages between them, on at least half the pages.
"""

from __future__ import annotations

from briefing.lazyre import lazy

_DIGITS = lazy(r"\d+")
NUMBERED_EDGE_MAX = 100  # characters: a running head is a short title, never a paragraph
PAGE_NUMBER_DIGITS = 3  # a page number: "2", "48", "312"
# A list item or numbered section opening on its number ("2. Scope", "(3) Where"): a
# label, never a running head's page number.
_LABEL_OPENING = lazy(r"^\(?#[.)]")
# A sentence ending inside the line ("... in round 2. The board ..."): prose, which a
# head never holds.
_SENTENCE_INSIDE = lazy(r"(?:[a-z]{2}|\d)[.!?] [A-Z][a-z]")
NUMBERED_EDGE_MAX_WORDS = 12  # a short title, a symbol, a page number: never a sentence
# The page number as a head prints it: a word of its own ("3", "-3-", "(3)", "3A": a
# gazette part's pages), never glued to other text ("70/3", "General,3": a symbol, a
# note's marker), and near the line's start or end, where heads set it.
_PAGE_WORD = lazy(r"[-–—(]?\d{1,3}[A-Z]?[-–—)]?")
PAGE_WORD_REACH = 3  # words from the line's start or end


def numbered_edge_lines(edges: dict[int, str], page_of: dict[int, int], pages: int) -> set[int]:
    """The lines of ``edges`` (line index -> its text, spaces collapsed, for the lines near
    a page's top or foot; ``page_of``: each one's page, from 1) that are a running head or
    foot printed with the page number. ``pages``: how many pages the text has."""
    groups: dict[str, list[int]] = {}
    for i, text in edges.items():
        if not text or len(text) > NUMBERED_EDGE_MAX or text[-1] in ".;,:":
            continue  # (a sentence, a footnote "3 Ibid.": no running head)
        if not any(ch.isdigit() for ch in text):
            continue
        if text.count(" ") >= NUMBERED_EDGE_MAX_WORDS or _SENTENCE_INSIDE.search(text):
            continue
        template = _DIGITS.sub("#", text)
        if template == "#" or _LABEL_OPENING.match(template):
            continue  # (a bare number: the bare page-number rules; a list's label)
        groups.setdefault(template, []).append(i)
    found: set[int] = set()
    for places in groups.values():
        if (
            len(places) >= 2
            and 2 * len(places) >= pages
            and _counts_pages(places, edges, page_of)
            and not _dated(edges[places[0]])
        ):
            found.update(places)
    return found


def _dated(text: str) -> bool:
    """A head printing a date ("KIK-V | 1.0 | 28-11-2024 Pagina 1 van 3") may be the only
    place the release's date is printed: left for the date finder, as the heads over a
    spelt page number leave theirs (page_heads)."""
    from briefing.ingest.dates import find_date

    return find_date(text) is not None


def _counts_pages(places: list[int], edges: dict[int, str], page_of: dict[int, int]) -> bool:
    """One line a page, its numbers the same but one, which advances with the page."""
    on_pages = [page_of[i] for i in places]
    if len(set(on_pages)) != len(on_pages):
        return False  # (twice on one page: a table's rows, not a page's head)
    numbers = [_DIGITS.findall(edges[i]) for i in places]
    varying = [k for k in range(len(numbers[0])) if len({n[k] for n in numbers}) > 1]
    if len(varying) != 1:
        return False
    k = varying[0]
    if any(len(n[k]) > PAGE_NUMBER_DIGITS for n in numbers):
        return False
    if not all(_set_as_page_number(edges[i], k) for i in places):
        return False
    offsets = {int(n[k]) - page for n, page in zip(numbers, on_pages, strict=True)}
    return len(offsets) == 1


def _set_as_page_number(text: str, k: int) -> bool:
    """The ``k``-th number of ``text`` stands as a word of its own near an end of it."""
    match = list(_DIGITS.finditer(text))[k]
    words_before = text[: match.start()].split()
    if words_before and not text[match.start() - 1].isspace():
        words_before.pop()  # (the word the number is part of)
    words = text.split()
    at = len(words_before)
    word = words[at] if at < len(words) else ""
    return bool(_PAGE_WORD.fullmatch(word)) and min(at, len(words) - 1 - at) < PAGE_WORD_REACH

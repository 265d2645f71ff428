"""Page numbers of a volume paginated throughout, with a running head beside each.

Hansards, official journals and gazettes, registers and bound records number their pages
through the whole volume or session, so a release cut out of one starts on any page
("4777", "4778", "4779" ...), never on 1 or 2 as the other page-number passes expect, and
its numbers may run to four or five digits. Copied out as text, with or without form
feeds, each page still shows its number alone on a line with the running head printed
beside it (the chamber and the sitting's date, the journal's name and part).

Three things together tell these numbers from figures, years or paragraph numbers alone
on their lines: they go up by one, each a page of text after the last, the pages alike
in length; and beside each stands the same short line, word for word but its digits
(the running head). A body's figures come a row or a paragraph apart, and body text
never repeats a whole line at every page break.
"""

from __future__ import annotations

from itertools import pairwise

from briefing.ingest.extracted import Extracted
from briefing.ingest.lone_page_numbers import MIN_LINES_APART, heads_beside
from briefing.lazyre import lazy

MAX_DIGITS = 5  # a session's or a volume's pages run into the tens of thousands
RUN_MIN = 3  # numbers in a run: two could be any two figures a page apart
HEAD_NEAR = 6  # lines (blank ones too) between a page number and its head

# A line holding nothing but a number of one to five digits. (Possessive: a numbered
# paragraph's line fails at once.)
_NUMBER_LINE = lazy(r"\n[ \t\f]*+\d{1,5}+[ \t]*+(?:\n|$)")


def may_hold_volume_numbers(whole: str) -> bool:
    """Whether any line but the first of ``whole`` is a bare number (a run needs three)."""
    return _NUMBER_LINE.search(whole) is not None


def take_volume_page_runs(extracted: Extracted) -> None:
    """Blank page numbers running up from any page, each with the same running head
    beside it, and those heads (indices stay valid); list them in ``removed``."""
    lines = extracted.lines
    # (Digits alone on their line first, in C string methods; the rest on those few.)
    digits = [(i, text) for i, line in enumerate(lines) if (text := line.text.strip()).isdigit()]
    candidates = [
        (i, int(text))
        for i, text in digits
        if len(text) <= MAX_DIGITS
        and text.isascii()
        and len(lines[i].text) <= 80  # (set far in, as -layout centres it, is fine)
        and not lines[i].style
        and not lines[i].label
    ]
    if len(candidates) < RUN_MIN:
        return
    for run in _runs(candidates):
        if len(run) < RUN_MIN or not _pages_apart(run):
            continue
        # The head must stand beside every number but one (a first page may carry the
        # masthead instead); a line met beside only some of them (a name in a list) is
        # not the head.
        if not _may_share_a_head(lines, run):
            continue
        heads = _common_heads(lines, run)
        near = range(-HEAD_NEAR, HEAD_NEAR + 1)
        headed = sum(any(i + d in heads for d in near) for i in run)
        if headed >= max(RUN_MIN, len(run) - 1):
            for i in sorted(set(run) | heads):
                extracted.removed.append(" ".join(lines[i].text.split()))
                lines[i] = type(lines[i])("\f" if lines[i].text.startswith("\f") else "")


def _common_heads(lines: list, run: list[int]) -> set[int]:
    """The lines beside the run's numbers printed, digits aside, beside half of them or
    more."""
    from briefing.ingest.readers.pdf_running import line_key

    by_key: dict[str, list[int]] = {}
    for h in heads_beside(lines, run):
        by_key.setdefault(line_key(lines[h].text.strip()), []).append(h)
    wanted = max(2, (len(run) + 1) // 2)
    return {h for places in by_key.values() if len(places) >= wanted for h in places}


def _runs(candidates: list[tuple[int, int]]) -> list[list[int]]:
    """The candidates' lines in runs of numbers going up by one, in reading order. (Runs
    are kept by the number they wait for: linear in the candidates.)"""
    runs: list[list[int]] = []
    waiting: dict[int, int] = {}  # next number -> index in ``runs``
    for i, number in candidates:
        at = waiting.pop(number, None)
        if at is None:
            at = len(runs)
            runs.append([])
        runs[at].append(i)
        waiting[number + 1] = at
    return runs


def _pages_apart(run: list[int]) -> bool:
    """At least half the steps a page's lines long. (Copied in reading order, one page's
    number may close it at the foot and the next page's open it at the head, two lines
    apart; every other step is a whole page. Paragraph or row numbers come close, all.)"""
    long_steps = sum(b - a >= MIN_LINES_APART for a, b in pairwise(run))
    return 2 * long_steps >= len(run) - 1


def _may_share_a_head(lines: list, run: list[int]) -> bool:
    """Cheap first look: some line next to the numbers (the nearest one above or below
    holding more than a number) reads the same, digits aside, beside all of them but one."""
    wanted = max(RUN_MIN, len(run) - 1)
    seen: dict[str, int] = {}
    for i in run:
        for step in (-1, 1):
            j = i + step
            # (Past blank lines and the next page's number: "1495", "1496", then the head.)
            while 0 <= j < len(lines) and abs(j - i) <= HEAD_NEAR and _no_words(lines[j].text):
                j += step
            if 0 <= j < len(lines) and abs(j - i) <= HEAD_NEAR:
                key = " ".join(lines[j].text.translate(_NO_DIGITS).split())
                seen[key] = seen.get(key, 0) + 1
    return any(n >= wanted for n in seen.values())


_NO_DIGITS = str.maketrans("", "", "0123456789")


def _no_words(text: str) -> bool:
    stripped = text.strip()
    return not stripped or stripped.isdigit()

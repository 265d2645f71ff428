"""A run of datelines naming different days is a list of other posts, not the release's date.

A release prints its own date once (a web copy perhaps twice, the same day: the card's
stamp and the article's); a site's "Latest news" or "Related" box, a meeting archive's
calendar, a programme menu with its closing days, sets one date a card, each over or
beside the card's one-line headline (or with the headline gone as a menu link): "Apr 2,
2031" / "Example Office Files Charges ..." / "Mar 20, 2031" / "Court Backlog Cleared" /
"Feb 11, 2031" / .... A page copied whole keeps the box over the article, and its first
card's date, the newest post's, read as the release's dateline. Three datelines in a
row, at most one short line between each two, naming three different days, are such a
list: none of them dates the release, which is then dated by its own stamp or dateline
further down. Two dates stay (a release may print its date and the day it was updated,
or the meeting it records). Seen in session 42 on the Harris County District Attorney's
news page copied as text (cards of date over headline, the newest post's date read as
the release's), the ECB's press conference page copied from a browser (its calendar's
three dates stacked over the statement, the statement's own place and date further
down) and Sri Lanka's Ministry of Finance fuel-price release in all three
`pdftotext` derivations (a table's rows, each opening on the day a price was revised).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from briefing.ingest.dates import dateline_date

_BLANK = re.compile(r"[^\n]")
# A labelled field, "Issue date: 1 April 2031", "Next review: ...": a paper's head names
# each of its dates (issued, in effect, to be reviewed, as policies and directives print
# them), where a list's cards print theirs bare, over or beside a headline. (Session 42
# review: the three fields of a policy's head were taken for a list and it went undated.)
_FIELD = re.compile(r"[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,4}[ \t]*:[ \t]")
MIN_LIST_DATES = 3  # different days in the run
BETWEEN_MAX_LINES = 1  # a card's headline between two dates
BETWEEN_MAX_WORDS = 30  # a headline is one line; a paragraph runs longer


def _iso(line: str) -> str:
    found = dateline_date(line)
    return found.iso() if found is not None and found.year is not None else ""


def _close_together(text: str, end: int, start: int) -> bool:
    """Whether the text between two datelines is at most one short line."""
    if start < end:
        return False
    lines = [line for line in text[end:start].split("\n") if line.strip()]
    return len(lines) <= BETWEEN_MAX_LINES and all(
        len(line.split()) <= BETWEEN_MAX_WORDS for line in lines
    )


def dated_list_spans(placed: list[tuple[int, str]], text: str) -> list[tuple[int, int]]:
    """Where each run of datelines (``placed``: start offset and text, in reading order)
    naming ``MIN_LIST_DATES`` different days or more stands in ``text``: from its first
    dateline's start to its last one's end."""
    runs: list[list[tuple[int, str]]] = []
    for start, line in placed:
        if _FIELD.match(line):
            continue  # "Issue date: ..." / "Effective date: ...": the paper's own fields
        previous = runs[-1][-1] if runs else None
        if previous is not None and _close_together(text, previous[0] + len(previous[1]), start):
            runs[-1].append((start, line))
        else:
            runs.append([(start, line)])
    spans: list[tuple[int, int]] = []
    for run in runs:
        days = {iso for iso in (_iso(line) for _, line in run) if iso}
        if len(days) >= MIN_LIST_DATES:
            spans.append((run[0][0], run[-1][0] + len(run[-1][1])))
    return spans


def outside(placed: list[tuple[int, str]], spans: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The datelines of ``placed`` standing in none of ``spans`` (both in reading order:
    one walk, linear however many lists a long text holds)."""
    starts = [a for a, _ in spans]
    kept = []
    for s, line in placed:
        k = bisect_right(starts, s) - 1
        if k < 0 or s >= spans[k][1]:
            kept.append((s, line))
    return kept


def blanked(head: str, spans: list[tuple[int, int]]) -> str:
    """``head`` (the text's opening) with each span's characters but line breaks blanked,
    so the head's date search reads none of the list's dates. (Built in one pass: the
    whole text is blanked so too, and a copy a span would be quadratic.)"""
    pieces: list[str] = []
    at = 0
    for a, b in spans:
        a, b = max(a, at), min(b, len(head))
        if a >= b:
            continue
        pieces.append(head[at:a])
        pieces.append(_BLANK.sub(" ", head[a:b]))
        at = b
    if not pieces:
        return head
    pieces.append(head[at:])
    return "".join(pieces)

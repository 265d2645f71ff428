"""A box of other pages' headlines, each over its date, in a page copied as text.

A site's "Recent", "Related" or "More news" box lists other posts as cards: a headline
(a link to another page) with the day it went out on the line right under it, the cards
set one under another in the same shape. A browser's copy keeps them as pairs of lines
next to the release, and their headlines, sentences of ten or fifteen words, read as a
release's short paragraphs: the release then seems to run on to the readers' comments
below the box.

Whatever the site, three headlines or more in a row, each over a line holding only a
date, are the site's box: a release prints its own date once, and when it lists dated
items (a chronology, meetings) it sets the date first, or on the item's line, and its
items say something, ending like sentences. So a run of such cards is taken wherever it
stands in a web copy (the gate is the caller's: chrome labels at the text's ends).

Left alone: a chronology whose dates open its entries (the line above the first
headline is a date too); a list the release leads into, under a line ending like a
sentence or on a colon ("The hearings will take place at:" / venue / date ...): a site's
box stands under its caption ("Recent", "More news") or its share bar, never under the
release's sentence; an entry ending like a sentence; two cards only (a release may name
its previous statement and its date).
"""

from __future__ import annotations

from briefing.lazyre import lazy

MIN_CARDS = 3
HEADLINE_MAX_WORDS = 30  # a headline is one line; a paragraph runs longer
DATE_LINE_MAX_WORDS = 8  # a card's date line: the date, perhaps a time or an author
# A headline ends on a word, a figure, a quote or a question mark; an item of a
# release ends like a sentence.
_SENTENCE_END = lazy(r"[.;:,…。；：][\"'”’»)\]）」』]*$")


def _words(text: str) -> int:
    return len(text.split())


def _date_only(text: str) -> bool:
    """A short line holding a date and little else ("November 19, 2019", "19.11.2019
    | 10:42")."""
    from briefing.ingest.dates import find_date

    stripped = text.strip()
    return (
        0 < _words(stripped) <= DATE_LINE_MAX_WORDS
        and any(ch.isdigit() for ch in stripped)
        and find_date(stripped) is not None
    )


def _headline(text: str) -> bool:
    stripped = text.strip()
    return (
        0 < _words(stripped) <= HEADLINE_MAX_WORDS
        and not _SENTENCE_END.search(stripped[-4:])
        and not _date_only(stripped)
    )


def dated_teaser_lines(texts: list[str], lo: int = 0) -> list[int]:
    """Indices of the lines (from ``lo`` on) of runs of ``MIN_CARDS`` cards or more,
    each a headline over a line holding only its date (blank lines between them
    allowed: a browser sets a headline's box apart); [] when the text shows none."""
    lines = [i for i in range(lo, len(texts)) if texts[i].strip()]
    taken: list[int] = []
    run: list[int] = []
    k = 0
    while k < len(lines):
        i = lines[k]
        # (The date line is asked first: most lines are followed by no date, so each
        # line's date search runs about once, as the line under another.)
        if k + 1 < len(lines) and _date_only(texts[lines[k + 1]]) and _headline(texts[i]):
            run.extend((i, lines[k + 1]))
            k += 2
            continue
        _close(texts, run, taken)
        run = []
        k += 1
    _close(texts, run, taken)
    return taken


def _close(texts: list[str], run: list[int], taken: list[int]) -> None:
    if len(run) >= 2 * MIN_CARDS and not _release_list(texts, run[0]):
        taken.extend(run)


def _release_list(texts: list[str], first: int) -> bool:
    """The nonblank line above the first headline says the run is the release's own:
    a date (a chronology's entries, each under its date, which pairs a line with the
    next entry's date) or a sentence or lead-in ending on its mark ("... at the
    following venues:"): a list the release's prose introduces, its meetings or venues
    each over its day, and the release's paragraphs going on under it."""
    above = first - 1
    while above >= 0 and not texts[above].strip():
        above -= 1
    if above < 0:
        return False
    line = texts[above].strip()
    return _date_only(line) or _SENTENCE_END.search(line[-4:]) is not None

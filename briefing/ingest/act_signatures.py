"""The line that signs a legal act dates it.

Laws, decrees and treaties of the civil-law countries close with where and when they
were signed: "Fait à Dakar, le 26 mars 1998", "Dado en Madrid a 8 de septiembre de
1989", "Dato a Roma, addì 1° dicembre 2025", "Done at Brussels, 12 December 2017", a
Russian ukaz's "Москва, Кремль" over its day, an Indonesian regulation's "Ditetapkan di
Jakarta / pada tanggal 30 Desember 2010" (the day it was enacted; "Diundangkan" below
it is the later day the gazette published it). That day is the act's own date; the dates
its head prints are others' (the gazette that published it: "JO n° 5798 du 25 avril
1998"; the law it amends: "modifiant la loi n° 72-23 du 19 avril 1972"; a note that it
was repealed: "Утратил силу ... от 25.07.2006").
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from briefing.ingest.dates import find_date
from briefing.ingest.ordinal_signing_dates import ordinal_date_text
from briefing.lazyre import lazy

# The signing formula opens its line; the date follows on it (or, after a Russian
# "Москва, Кремль", on the next line: in the kept text, a paragraph of its own after a
# blank line).
_FORMULA_WORDS = (
    "Fait à",
    "Fait a",
    "Dado en",
    "Dada en",
    "Hecho en",
    "Dato a",
    "Fatto a",
    "Done at",
    "Feito em",
    "Gegeben zu",
    "Geschehen zu",
    "Gegeven te",
    "Gedaan te",
    "Opgesteld te",
    "Sporządzono w",
    "Ditetapkan di",
    # Treaties in English and the Cyrillic languages: "Signed at Kyiv on ...", Ukrainian
    # "Підписано в м. Київ ..." / "Вчинено в ...", Russian "Совершено в ...".
    "Signed at",
    "Signed in",
    "Підписано в",
    "Вчинено в",
    "Учинено в",
    "Совершено в",
    "Подписано в",
    # "Done in Asmara, September 5, 2031", "Done in duplicate at ...": the formula's other
    # English preposition (session 42: a joint declaration of three Horn of Africa states).
    "Done in",
)


def _formula(words: str, capitals_only: bool) -> str:
    """``words`` as a pattern: its first word as printed or in capitals ("DONE at", "FAIT
    à", "GEDAAN te": treaties set the formula's verb in capitals), or in capitals only.
    A comma may follow the verb, "Signed, in Berlin on ...", as a clause set off (session
    42: the Germany-Ukraine security agreement)."""
    verb, rest = words.split(" ", 1)
    capitals = re.escape(verb.upper())
    head = capitals if capitals_only else f"(?:{re.escape(verb)}|{capitals})"
    return head + r",?[ \t]+" + re.escape(rest)


_FORMULAS = (
    "(?:" + "|".join(_formula(w, False) for w in _FORMULA_WORDS) + r"|Москва,[ \t]*Кремль)\b"
)
# A signing formula in capitals may also follow the witness clause on its line, where the
# paragraphs were run together: "IN WITNESS WHEREOF ... have signed this Agreement. DONE
# at ...". Capitals only: a sentence of prose may go on "... Signed in May, the deal ...".
_CAPITAL_FORMULAS = "(?:" + "|".join(_formula(w, True) for w in _FORMULA_WORDS) + r")\b"
_SIGNED = lazy(
    r"(?m)(?:^[ \t]*" + _FORMULAS + r"|(?<=[.;:])[ \t]*" + _CAPITAL_FORMULAS + r")"
    r"[^\n]*(?:\n(?:[ \t]*\n)?[ \t]*[^\n]*)?"
)
SIGNED_REACH = 120  # characters: the formula, its place and its date
# A signing line after the line break before it. A search for a pattern opening with
# "(?m)^" tries every character of the text (~100 instructions each: a 5 MB text's
# ~60 ms); one opening with a line break jumps from one line break to the next in C.
_FORMULA_LINE = lazy(r"\n[ \t]*" + _FORMULAS)
# A formula in capitals run on after a sentence, with the stop ending that sentence: one
# pattern a stop, each opening on its own character (a search for one character jumps
# from one place of it to the next in C, where the capitals' first letters as a set, or a
# lookbehind for the stop, make the search try every character: ~5x slower on 5 MB).
_RUN_ONS = tuple(lazy(re.escape(stop) + r"[ \t]*" + _CAPITAL_FORMULAS) for stop in ".;:")


def _next_line_start(text: str, pos: int) -> tuple[int, int] | None:
    """Where the next signing line opening a line after ``pos`` may start, and where its
    formula ends; None when no line opens on a formula."""
    hit = _FORMULA_LINE.search(text, pos)
    return None if hit is None else (hit.start() + 1, hit.end())


def _match_start(match: re.Match[str]) -> int:
    return match.start()


def _run_ons(text: str) -> Iterator[tuple[int, int]]:
    """Where each formula in capitals run on after a stop may start (right after the
    stop, blanks between) and where the formula ends, in the order of the text. (No two
    overlap: each runs from its stop to the word after its verb, with no stop inside.)"""
    found = heapq.merge(*(pattern.finditer(text) for pattern in _RUN_ONS), key=_match_start)
    return ((hit.start() + 1, hit.end()) for hit in found)


def _signing_lines(text: str) -> Iterator[re.Match[str]]:
    """What ``_SIGNED.finditer(text)`` finds, found faster (each match starts a line, the
    text's first line or one after a line break found by _FORMULA_LINE, or runs on after
    a sentence's stop, found by _RUN_ONS)."""
    pos = 0
    # The next candidate of each kind, kept until the scan passes it (no search twice).
    line_start = _next_line_start(text, 0)
    run_ons = _run_ons(text)
    run_on = next(run_ons, None)
    while True:
        if pos == 0 or text[pos - 1] == "\n":  # a match may start right here
            signed = _SIGNED.match(text, pos)
            if signed is not None:
                yield signed
                pos = signed.end()
                continue
        if line_start is not None and line_start[0] < pos:
            line_start = _next_line_start(text, pos)
        while run_on is not None and run_on[0] < pos:
            run_on = next(run_ons, None)
        candidates = [c for c in (line_start, run_on) if c is not None]
        if not candidates:
            return
        start, formula_end = min(candidates)
        signed = _SIGNED.match(text, start)  # (always, but for a line's undated tail)
        if signed is None:
            pos = formula_end
            continue
        yield signed
        pos = signed.end()


# The formulas a news story may open a sentence on too ("Signed in Geneva on 12 March
# 2019, the accord sets ...", "Подписано в Москве 5 марта 2024 года соглашение ...").
_PROSE_FORMULA = lazy(
    r"^[ \t]*(?:Signed|Done[ \t]+in|Підписано|Подписано|Вчинено|Учинено|Совершено)\b"
)
# What a treaty's signing line goes on with after its date: the year's word, then how it
# was signed ("in two originals", "в двух экземплярах", "у двох примірниках"), or nothing.
_SIGNING_TAIL = lazy(
    r"^[ \t]*(?:року|рік|года|г\.|р\.)?[ \t]*[.,;:]?[ \t]*(?:$|(?:in|at|each|в|у)\b|\()",
    flags=re.I,
)


def signed_date_line(text: str) -> str:
    """The text of the first signing line of ``text`` that states a full date, or ""."""
    for m in _signing_lines(text):
        line = m.group(0)[:SIGNED_REACH]
        found = find_date(line)
        if found is None:
            # "Done at Puglia, Italy, this 13th day of June, 2024": the ordinal's words
            # alone, which the line-date patterns read (ordinal_signing_dates).
            ordinal = ordinal_date_text(line)
            if ordinal:
                return ordinal
            continue
        # (A sentence that runs on past the date with its subject is a story's.)
        if _PROSE_FORMULA.match(line) and not _SIGNING_TAIL.match(
            line[found.end :].split("\n", 1)[0]
        ):
            continue
        return line
    return ""


# A US presidential document's heading line, alone on its line over its title:
# "Proclamation 11056 of August 18, 2026", "Executive Order 13480 of November 26, 2008",
# "Memorandum of March 3, 2020". It is the day the President signed it; the Federal
# Register's issue that printed it (its masthead, "Monday, August 24, 2026") is days later.
_PRESIDENTIAL = lazy(
    r"(?m)^[ \t]*(?:Proclamation|Executive Order|Memorandum|Presidential Determination)"
    r"(?:[ \t]+No\.)?(?:[ \t]+[\d-]{1,12})?[ \t]+of[ \t]+"
    r"((?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)[ \t]+\d{1,2},[ \t]+\d{4})[ \t]*$"
)
PRESIDENTIAL_HEAD_CHARS = 4000  # the heading line comes before the document's text


def presidential_date_line(text: str) -> str:
    """The first presidential document heading line ("Proclamation 11056 of August 18,
    2026") in the head of ``text``, or "". A body citing another order runs on after its
    date ("In Proclamation 11046 of July 20, 2026 (Imposing ..."): only a line that ends
    on the date is a heading."""
    m = _PRESIDENTIAL.search(text[:PRESIDENTIAL_HEAD_CHARS])
    return m.group(0).strip() if m else ""

"""A crosshead between a resolution's clauses.

Long resolutions group their preambular and operative paragraphs under unnumbered
crossheads ("Countries in special situations", "Oceans and the law of the sea"): a few
words on a line of their own, capitalised, with no punctuation at the end, between a
clause that ended on its comma or semicolon (perhaps with a note's number after it) and
the next clause, which opens with its participle ("Underlining that ...") or its number
("1. Encourages ..."). A clause never goes on in such a line: the words after a clause's
comma start the next clause, which always opens with a participle or a number, never
with a bare noun phrase that stops without punctuation. So text taken from a PDF that
runs the crosshead under a full line ending on a comma has not wrapped it.
"""

from __future__ import annotations

import re

from briefing.ingest.patterns import match_label
from briefing.lazyre import lazy

CROSSHEAD_MAX_WORDS = 10
_CLAUSE_END = lazy(r"[,;]\s?\d{0,2}$")
_BARE_END = lazy(r"[\w)’”]$")


def crosshead_between_clauses(
    prev: str, line: str, next_line: str, opens_clause: re.Pattern[str]
) -> bool:
    """``line`` is a crosshead: ``prev`` ended a clause, ``next_line`` opens one
    (``opens_clause``, the resolution's clause openings, or a numbered paragraph)."""
    if not line[:1].isupper() or not (prev[-1:] in ",;" or prev[-1:].isdigit()):
        return False  # (C checks first: asked of every wrapped line of a resolution)
    if not _CLAUSE_END.search(prev) or not _BARE_END.search(line):
        return False
    words = line.split()
    if not 2 <= len(words) <= CROSSHEAD_MAX_WORDS or match_label(line) is not None:
        return False
    if opens_clause.match(line):
        return False  # "Recalling its resolution 60/1" cut short: a clause itself
    label = match_label(next_line)
    return bool(opens_clause.match(next_line)) or (
        label is not None and label.family == "decimal."
    )


def heads_clauses(above: str, text: str, below: str, opens_clause: re.Pattern[str]) -> bool:
    """A short line set apart between a clause that ended (``above``) and a clause
    that opens with its participle and ends on its comma (``below``): a crosshead over
    the clauses, though no clause is a sentence that ends on a stop."""
    return (
        bool(_CLAUSE_END.search(above.rstrip()))
        and bool(_BARE_END.search(text))
        and bool(opens_clause.match(below))
        and bool(_CLAUSE_END.search(below.rstrip()))
    )


CROSSHEAD_LONG_MAX_WORDS = 30  # "Financing of the support account ... to 30 June 2025"


def crosshead_over_number(
    above: str, text: str, below_family: str | None, opens_clause: re.Pattern[str]
) -> bool:
    """A block set between a clause that ended (``above``: its comma or semicolon,
    perhaps a note's number after it) and the next numbered paragraph (``below_family``
    "decimal."), which ends on no punctuation: a crosshead over the operative paragraphs
    however long ("Budget estimates for the financial period from 1 July 2027 to 30 June
    2028"). A clause or a numbered paragraph ends on its comma, semicolon or full stop,
    so a block between two clauses that ends on a bare word or figure is none of them."""
    if below_family != "decimal." or not text[:1].isupper():
        return False
    if not _CLAUSE_END.search(above.rstrip()) or not _BARE_END.search(text):
        return False
    if _CLAUSE_END.search(text) or opens_clause.match(text):
        return False  # a clause itself ("Taking note of the report ..., 5")
    words = text.split()
    if not 2 <= len(words) <= CROSSHEAD_LONG_MAX_WORDS or match_label(text) is not None:
        return False
    # (One run of words: no sentence ends inside it.)
    return ". " not in text and "; " not in text

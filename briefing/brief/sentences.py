"""Small text helpers for drafting: first sentence, readable dates."""

from __future__ import annotations

import datetime as dt
import re

# Words after which a full stop does not end a sentence ("Nov. 24", "Mr. Ortiz").
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vol", "art", "para", "paras", "fig",
    "approx", "etc", "vs", "e.g", "i.e", "u.s", "u.k", "u.n", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "amb",
    "h.e",
})
_END = re.compile(r"[.!?。！？]['’”\")]*\s+")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)


def first_sentence(text: str, limit: int = 400) -> str:
    """The first sentence of ``text``, ignoring stops after abbreviations and initials."""
    text = " ".join(text.split())
    for match in _END.finditer(text):
        before = text[: match.start()]
        word = before.rsplit(" ", 1)[-1].lower().lstrip("(“\"'")
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        if match.end() < len(text) and text[match.end()].islower():
            continue
        if text.count("“", 0, match.end()) > text.count("”", 0, match.end()):
            continue  # inside a quotation: its sentences belong to the one quoting it
        return text[: match.end()].strip()[:limit]
    return text[:limit]


def readable_date(iso: str) -> str:
    """"2026-11-24" -> "24 November 2026"; anything unparseable is returned as given."""
    try:
        day = dt.date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"

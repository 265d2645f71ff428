"""A release signed off by its issuer and its date on one line at its foot.

A press office closes a release with the office's name and the day it went out on one
line, in either order and with no comma between them ("Ministry of Example Affairs
12.03.2031", "12 .03.2031 Office of the Example Council"): the signature dates the text
as a place's dateline does (``dates_lines``), whose place slot takes a comma or a dash
and at most a few words, never an office's name run into the date.

Read only from the text's last lines, only when nothing else dated the release.
"""

from __future__ import annotations

from briefing.ingest.dates import DateMatch, find_date, spaced_dateline
from briefing.lazyre import lazy

LINE_MAX_CHARS = 90
NAME_MAX_WORDS = 10
NAME_MIN_WORDS = 2
# Words an office's name runs through in lower case ("Ministry of Finance and Planning",
# "Ministère de l'Économie et des Finances", "Bundesministerium für Arbeit und Soziales").
_JOINS = frozenset(
    "of and for the on & de del des du la le les et y e da do dos das di della delle degli "
    "dei für und van voor en".split()
)
# An elided article run into the name's next word ("l'Économie", "d’Example",
# "dell'Economia"): the word after the apostrophe is the name's own.
_ELIDED = lazy(r"(?:[dl]|dell|all|nell|dall|sull)['’](?=\w)")
# Words that say what the date is for ("Closing Date For Applications 30 June 2031",
# "Next Meeting of the Board ...", "Valid Until ..."): a field and its value, a
# deadline or a next meeting; an office's name says who speaks, never when.
_FIELD_WORDS = frozenset(
    "date dates dated deadline due until till by before after from since next closing "
    "valid expiry expires effective updated".split()
)
# A name holds no figure, bracket, colon or sentence's stop: a line citing another paper
# ("Directive on X (1 May 2031)") or a sentence naming a day is no signature.
_NOT_A_NAME = lazy(r"[\d()\[\]:;!?\"“”]")


def _date_in(line: str) -> DateMatch | None:
    found = find_date(line, hijri=False)
    if found is None:
        found = spaced_dateline(line)  # ("30 .06.2031": a date typed with spaced separators)
    return found if found is not None and found.year is not None else None


def _is_name(words: list[str]) -> bool:
    if not NAME_MIN_WORDS <= len(words) <= NAME_MAX_WORDS or not words[0][:1].isupper():
        return False
    if any(w.lower().strip(".,") in _FIELD_WORDS for w in words):
        return False
    return all(_own_word(w)[:1].isupper() or w.lower() in _JOINS for w in words)


def _own_word(word: str) -> str:
    """``word`` past an elided article run into it ("l'Économie" -> "Économie")."""
    elided = _ELIDED.match(word)
    return word[elided.end() :] if elided else word


def issuer_date(line: str) -> str:
    """ISO date of a line setting an office's name and a date side by side, or ""."""
    line = " ".join(line.split())
    if len(line) > LINE_MAX_CHARS:
        return ""
    found = _date_in(line)
    if found is None:
        return ""
    before = line[: found.start].strip(" -–—|,")
    after = line[found.end :].strip(" -–—|,.")
    if bool(before) == bool(after):
        return ""  # (a name on one side only: a date alone is a place's dateline's business)
    name = before or after
    if _NOT_A_NAME.search(name) or name.endswith("."):
        return ""
    return found.iso() if _is_name(name.split()) else ""

"""A release's sign-off under its last paragraph: where and when, and who signed.

Statements, communiqués and letters close on a line naming the place and the day they
were issued ("Minsk, 6 December 2021", "6 December 2021, Minsk"), often with the
signature under it: a stamp for the hand ("(Signed)", "(FIRMA)"), the signer's name
and office ("Jane Example" / "Minister of Health"). Copied from a web page, each of
these short lines stands alone, like the site's link labels that follow, and
``roles._menu_runs`` takes them into the footer's run. They are told apart by what they
say: a link label names a page, never a place with the day, and a site's menu never
names a person over an office. Only the lines right under the last paragraph count: a
sign-off closes the text; a footer's teasers carry a day but no place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from briefing.ingest.closing_runs import is_signer_line
from briefing.ingest.date_mentions import is_posting_verb, strip_year_word
from briefing.ingest.dates import WEEKDAY_NAMES, find_date
from briefing.ingest.office_lines import NAME_MAX_WORDS, NAME_MIN_WORDS, person_name
from briefing.ingest.web_chrome import is_update_stamp
from briefing.lazyre import lazy


class _Texted(Protocol):
    text: str


# A hand's stamp in brackets where the signature was: "(Signed)", "(FIRMA)", "[sgd.]".
_STAMP = lazy(r"^[(\[]\s*(?:signed|sgd\.?|firma(?:do)?|signé|gez\.?|gezeichnet)\s*[)\]]$", re.I)
PLACE_MAX_WORDS = 4  # "Minsk", "New York", "Santo Domingo Este"
SIGNATURE_MAX_LINES = 4  # a stamp, a name, an office on one or two lines
_WEEKDAYS = lazy(rf"\b(?:{WEEKDAY_NAMES})\b", re.I)


def _place(text: str) -> bool:
    """A place's name: one to four words, each opening on a letter in capitals (or of a
    script with no capitals: "서울"). A word in small letters is none of a place's, in any
    cased script ("года" after a Russian date, "Posted on")."""
    words = text.split()
    return 0 < len(words) <= PLACE_MAX_WORDS and all(
        w[:1].isalpha() and not w[:1].islower() and all(c.isalnum() or c in ".'’-" for c in w)
        for w in words
    )


def is_place_date(text: str) -> bool:
    """A line that is a date with the place it was issued at, before or after it:
    "Managua, 10 de marzo de 2020", "December 6, 2021, Minsk". A page's stamp naming
    the day it posted or updated the page ("Published 6 December 2021", "Last updated
    ...") names no place."""
    line = " ".join(text.split())
    if len(line) > 60:
        return False
    found = find_date(line)
    if found is None or found.year is None:
        return False
    before = line[: found.start]
    if is_posting_verb(before) or is_update_stamp(line):
        return False
    rest = _WEEKDAYS.sub("", before + " " + strip_year_word(line[found.end :]))
    rest = " ".join(rest.replace(",", " ").replace("–", " ").replace("—", " ").split())
    return _place(rest.strip(" .-"))


def _signer_name(line: str) -> bool:
    """A person's name (``office_lines.person_name``), or two to four words of a script
    with no capitals ("محمد أحمد علي", "김 철수"): there no word can show a name's capital,
    and a signer's name is printed so under an Arabic or Korean sign-off as under a
    Latin one."""
    if person_name(line):
        return True
    words = line.split()
    return NAME_MIN_WORDS <= len(words) <= NAME_MAX_WORDS and all(
        w[:1].isalpha() and w.lower() == w.upper() and w.isalpha() for w in words
    )


def _signature(texts: list[str]) -> int:
    """How many of ``texts`` (the lines under a sign-off) are its signature: the run of
    stamps, names and offices, when it holds a stamp or an office (a name alone could
    be a link label)."""
    n = 0
    while n < min(len(texts), SIGNATURE_MAX_LINES):
        line = " ".join(texts[n].split())
        if not (_STAMP.match(line) or is_signer_line(line) or _signer_name(line)):
            break
        n += 1
    signed = any(_STAMP.match(t.strip()) or is_signer_line(" ".join(t.split())) for t in texts[:n])
    return n if signed else 0


def sign_off_lines(blocks: Sequence[_Texted], body_end: int) -> list[int]:
    """The lines from ``body_end`` on that are the release's sign-off: a place and date
    line right under the last paragraph (or the last paragraph itself), and the
    signature under it."""
    if body_end >= len(blocks) or body_end < 1:
        return []
    found: list[int] = []
    start = body_end
    if is_place_date(blocks[body_end].text):
        found.append(body_end)
        start = body_end + 1
    elif not is_place_date(blocks[body_end - 1].text):
        return []
    texts = [b.text for b in blocks[start : start + SIGNATURE_MAX_LINES]]
    found.extend(range(start, start + _signature(texts)))
    return found

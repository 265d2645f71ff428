"""A web page's posting stamp on a line of its own, read when nothing else dated the release.

A page copied whole from the browser keeps the site's menus, a cookie notice or a trail of
links over the article. The outline's first paragraph is then one of those, and the head
the release date is read from ends before the article begins; the stamp each article
prints under (or over) its headline stands further down: "29. Oktober 2021", "jeudi 27 juin
2019, par Rédaction", "Veröffentlicht am 8. Februar 2022 von Redaktion", "April 2, 2024",
"12.11.2021 red Artikel". Such a line is the date and little more: a posting verb or a
weekday before it, a time of day, an author or a few labels after it. A sentence naming a
day ("Am 5. November 2021 wird sie 100 Jahre alt.") or an event's field ("Termin: Montag,
15. November 2021") is no stamp, nor is a span ("1 January – 31 December 2021", "10:00 -
12:00": a period's or an event's) or a section's number in figures ("1.2.10").

A page listing other articles prints a stamp on each card, a few lines apart: a run of
stamps is a list (a portal's news, related links), and none of its dates is the page's.
A browser's copy sets each paragraph on one line; text wrapped line by line (a PDF's, a
typed file's) prints dates alone on their lines in its forms, tables and letters too, and
a sentence wrapped onto a date ("... is scheduled on" / "19 January 2012."): there only
the head, over the first wrapped paragraph, is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.ingest.dates import WEEKDAY_NAMES, dateline_date, find_date
from briefing.ingest.extracted import Line
from briefing.lazyre import lazy

STAMP_REACH_CHARS = 40_000  # the page's head: menus, the article's head and its lead
STAMP_MAX_CHARS = 80  # a stamp is short; a sentence citing a date runs on
TAIL_MAX_WORDS = 8  # an author, a time of day, a few labels ("red Artikel: Drucken ...")
LIST_GAP_LINES = 6  # non-blank lines between two cards' stamps in a list
# What may stand before the date: a posting verb, a publication label, a weekday.
_LEAD = lazy(
    r"^\W*(?:(?:posted|published|issued|released|publié|publiée|publicado|publicada|"
    r"pubblicato|pubblicata|veröffentlicht|publiziert|erstellt|gepubliceerd|publicerad|"
    r"publiceret|publisert|opublikowano|publikováno|publicat)(?:\s+(?:on|le|el|em|il|am|op|"
    r"den|dne|pe))?\s*:?\s*)?"
    rf"(?:(?:{WEEKDAY_NAMES})\.?,?\s*)?$",
    re.I,
)
# A chronology's entry ("8 August 2009: the first post ...") sets its event after a colon.
_ENTRY = lazy(r"^\s*:")
# A span ("1 January – 31 December 2030", "Tuesday 4 March 2031, 10:00–12:00") is a
# period's or an event's: a posting stamp prints the one moment the page went up.
_SPAN_OPENS = lazy(r"^\W*(?:to|until|till|bis|au|al|tot)\b|^\s*[-–—]", re.I)
_HOURS_SPAN = lazy(r"\d{1,2}[:.h]\d{2}\s*(?:[-–—]|to|bis|à|a)\s*\d{1,2}[:.h]\d{2}", re.I)
# A date in figures with a two-digit year: a site's stamp pads its day and month
# ("04.03.31"); a bare "1.2.10" on its line is a section's number.
_SHORT_FIGURES = lazy(r"\d{1,2}[./]\d{1,2}[./]\d{2}")
_PADDED_FIGURES = lazy(r"\d\d[./]\d\d[./]\d\d")
_WORDS = lazy(r"[^\W\d_][\w'’.-]*")
WRAPPED_MIN_CHARS = 50  # a printed or typed line of prose
WRAPPED_RUN_LINES = 3  # such lines one under another: a paragraph wrapped line by line
PROSE_MIN_WORDS = 6  # a wrapped sentence's line; a kicker over a stamp ("In the media") is short
# A sentence cut before its date ends its line on a comma, a dash or a particle ("on",
# "of", "am", "le"); a headline right over its stamp ends on any word ("... in spring").
_CUT_ON = lazy(r"(?:[,;–-]|(?<![^\W\d_])[a-z]{1,2})$")
_CLOSES_SENTENCE = lazy(r"[.,;]$")


def page_head(lines: Sequence[Line], reach: int) -> str:
    """The reader's lines joined, up to about ``reach`` characters (a long text's rest is
    never looked at)."""
    out: list[str] = []
    size = 0
    for line in lines:
        if size > reach:
            break
        out.append(line.text)
        size += len(line.text) + 1
    return "\n".join(out)


def _stamp_iso(line: str) -> str:
    """The ISO date of ``line`` when it is a posting stamp, else ""."""
    if len(line) > STAMP_MAX_CHARS or not any(ch.isdigit() for ch in line):
        return ""
    found = dateline_date(line, hijri=False)
    if found is None or found.year is None or not _LEAD.match(line[: found.start]):
        return ""
    figures = line[found.start : found.end]
    if _SHORT_FIGURES.fullmatch(figures) and not _PADDED_FIGURES.fullmatch(figures):
        return ""
    tail = line[found.end :]
    if _ENTRY.match(tail) or len(_WORDS.findall(tail)) > TAIL_MAX_WORDS or _is_span(tail):
        return ""
    return found.iso()


def _is_span(tail: str) -> bool:
    """Whether the text after a date makes it a span's start or an event's day: a second
    date after a dash or "to", or a span of hours."""
    if _HOURS_SPAN.search(tail):
        return True
    return bool(_SPAN_OPENS.match(tail)) and find_date(tail, hijri=False) is not None


def _runs_on_into(above: str, line: str) -> bool:
    """Whether a sentence on the line right above goes on into ``line`` ("... The next
    meeting is scheduled on" / "19 January 2012."): a prose line, several words long, cut
    on a comma, a dash or a particle, or on any small word when ``line`` closes the
    sentence (or goes on with it). A headline ending "... begin in spring" stands right
    over its stamp, which ends on no stop."""
    if len(above.split()) < PROSE_MIN_WORDS:
        return False
    if _CUT_ON.search(above):
        return True
    return above[-1:].islower() and bool(_CLOSES_SENTENCE.search(line))


def _wraps_on(line: str) -> bool:
    """Whether ``line`` is a prose line cut where its paragraph goes on below it."""
    return len(line) >= WRAPPED_MIN_CHARS and not line.endswith((".", "!", "?", ":"))


def stamp_date(text: str) -> str:
    """The ISO date of the first posting stamp at the head of ``text`` that stands alone
    (no other stamp within LIST_GAP_LINES lines of it), or "". Only over the text's first
    paragraph wrapped line by line: a browser's copy sets a paragraph on one line, so the
    text of a PDF or a typed file, whose dates in forms, tables and letters stand alone
    on their lines too, is read no further than its head."""
    stamps: list[tuple[int, str]] = []  # (index among the non-blank lines, ISO date)
    count = 0
    above = ""  # the line right above, "" after a blank line
    wrapped = 0  # lines in the run of wrapped prose lines that ends right above
    for raw in text[:STAMP_REACH_CHARS].split("\n"):
        line = raw.strip()
        if not line:
            above, wrapped = "", 0
            continue
        iso = _stamp_iso(line)
        if iso and not _runs_on_into(above, line):
            stamps.append((count, iso))
        count += 1
        wrapped = wrapped + 1 if _wraps_on(line) else 0
        if wrapped >= WRAPPED_RUN_LINES:
            break  # (a paragraph typed or printed line by line: no browser's copy)
        above = line
    for k, (i, iso) in enumerate(stamps):
        before = stamps[k - 1][0] if k else None
        after = stamps[k + 1][0] if k + 1 < len(stamps) else None
        in_list = (before is not None and i - before <= LIST_GAP_LINES) or (
            after is not None and after - i <= LIST_GAP_LINES
        )
        if not in_list:
            return iso
    return ""

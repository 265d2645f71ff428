"""The release's date from a dateline the outline did not mark as one (plain text).

Asked only when no dateline, title or lead paragraph gave a date. Two lines state the
release's own date in any language, wherever the text's first paragraph ends:

- a place and the date, alone on a short line ("Zurich, 13 September 2012", "Parlamento
  Nacional, Díli, 28 de setembro de 2021", "Perth – 6 September 2011", "Lima, April 12,
  2018"): how a release, a speech or a statement is dated under its title or under its
  signature. Text taken from a PDF may put a speaker's name before it as a paragraph of
  its own, so the lead paragraph ends before the dateline comes.
- minutes naming their meeting and its day on a short line ("Monetary policy meeting
  No. 263, held on 29 March 2019."): the meeting is what the minutes record.

- (at the foot only) an office's name and the date side by side, the release's sign-off
  ("Ministry of Example Affairs 12.03.2031": issuer_datelines).

Only the text's head (and, for a place's dateline, its last lines, where a statement is
dated under the signature) is looked at: later paragraphs cite other events' dates.
"""

from __future__ import annotations

import re

from briefing.ingest.dates import dateline_date as date_of_dateline
from briefing.ingest.dates import find_date
from briefing.ingest.issuer_datelines import issuer_date
from briefing.ingest.paper_kind_dates import kind_date
from briefing.ingest.patterns import COLUMN_GAP
from briefing.lazyre import lazy

HEAD_LINES = 40  # non-blank lines: a cover, the title, a masthead, the lead
TAIL_LINES = 6  # non-blank lines: a signature, a place and date
LINE_MAX_CHARS = 90  # a dateline is short; a sentence citing a date runs on
MEETING_MAX_CHARS = 110
PLACE_MAX_WORDS = 6
# The place: capitalised words (a building, a city, a country), commas between them, no
# figure; then a comma or a dash before the date.
_PLACE = lazy(r"^[^\W\d_][^\d:;!?()\[\]]*?(?:,|\s[-–—])\s*$")
# A typed foot's place set before the date with no comma ("Melbourne  3 October 1995",
# "CANBERRA 1 JULY 1993"): one to three capitalised words.
_CAPITAL_PLACE = lazy(r"^\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+$")
# A transcript's header, run into one line by the archive: "E&OE TRANSCRIPT DOORSTOP
# MELBOURNE SUNDAY, 6 SEPTEMBER 2015   SUBJECT/S: ...": the date it names is the
# interview's, the release's; the subjects after it may name others.
_TRANSCRIPT_HEAD = lazy(r"^\W*(?:E\s*&\s*O\s*E|TRANSCRIPT)\b", re.I)
_SUBJECTS = lazy(r"\bsubjects?(?:/s)?\s*:", re.I)
# What a release's foot prints after its date on the same line: the press contact
# ("30 June 1997  Media inquiries: (06) 277 7860") or an archive's stamp read into it.
_TRAILER = lazy(
    r"(?:(?:media|press)\s+(?:inquiries|enquiries|contacts?)|contacts?\s*:|for\s+(?:further|more)"
    r"\s+information|further\s+information|inquiries|enquiries|(?:commonwealth\s+)?"
    r"parliamentary\s+library)\b",
    re.I,
)
# "held on 29 March 2019", "held in Paris on 3 May 2021", "tenue le 4 mai 2022": the
# day of a meeting the line names; "met on", "s'est réunie le mercredi 14 août 2024",
# "se reunió el": the body meeting, its verb names the meeting itself.
_ON = r"\b(?:on|le|el|em)\s+(?:[^\W\d_]+,?\s+)?$"  # (a weekday may come before the day)
_HELD_ON = lazy(rf"\b(?:held|tenue?|celebrada|realizada)\b[^.]{{0,40}}?{_ON}", re.I)
_MET_ON = lazy(
    rf"\b(?:met|convened|réunie?s?|reunió|reuniu(?:-se)?|riunit[oa])\b[^.]{{0,40}}?{_ON}", re.I
)
# The first day of a span of days before its last day's date: "30 June -", "June 30-",
# "29 and ", "29 et " (the last day's date carries the month, or both months are named).
_SPAN_OPEN = lazy(
    r"(?:\b[A-Z][a-z]+\.?\s+)?\b[0-3]?\d(?:st|nd|rd|th|er)?(?:\s+[^\W\d_]+\.?)?"
    r"\s*(?:[-–—]|\b(?:and|et|y|e|und)\b)\s*$"
)  # (a month before its day is capitalised: "on 29 and" keeps its "on")
_MEETING = lazy(r"\b(?:meeting|session|réunion|séance|reunión|sesión|reunião)\b", re.I)


# A cell of a line and whether it opens the line (the first cell) or stands beside the
# cell before it, in a column of its own.
Cell = tuple[str, bool]


def _lines(text: str) -> list[Cell]:
    """Non-blank lines, a line laid out in columns (``pdftotext -layout``) read a cell a
    line: the dateline is one column's cell, the other column's text beside it."""
    out: list[Cell] = []
    for line in text.split("\n"):
        out.extend(_cells(line))
    return out


def _cells(line: str) -> list[Cell]:
    if not line.strip():
        return []
    cells = re.split(r"(?: {3,}|\t)", line.strip()) if COLUMN_GAP.search(line) else [line]
    kept = [" ".join(cell.split()) for cell in cells if cell.strip()]
    return [(cell, i == 0) for i, cell in enumerate(kept)]


def _edge_lines(text: str) -> list[Cell]:
    """``_lines(text)`` where only its first HEAD_LINES and last TAIL_LINES + 1 count: a
    long text's head and foot, each read from its end of the text, with its middle left
    out (splitting 5 MB of text into lines only to look at 47 of them took ~180 ms)."""
    head: list[Cell] = []
    start = 0  # where the text's next line begins
    while len(head) < HEAD_LINES and start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        head.extend(_cells(text[start:end]))
        start = end + 1
    tail: list[Cell] = []
    stop = len(text)  # where the last line not yet read ends
    while len(tail) <= TAIL_LINES and stop >= start:
        begin = max(text.rfind("\n", start, stop) + 1, start)
        tail[:0] = _cells(text[begin:stop])
        stop = begin - 1
    if len(head) < HEAD_LINES or len(tail) <= TAIL_LINES:
        return _lines(text)  # (a short text: head and foot meet)
    return head[:HEAD_LINES] + tail[-(TAIL_LINES + 1) :]


def _place_date(line: str, after_open: bool = False) -> str:
    """ISO date of a "Place, date" line, or "". ``after_open``: the line above goes on
    into this one, so a date alone on it ends that sentence."""
    if len(line) > LINE_MAX_CHARS:
        return ""
    found = date_of_dateline(line)
    if found is None or found.year is None:
        return ""
    rest = line[found.end :].strip(" .")
    if rest and not _TRAILER.match(rest):
        return ""
    place = line[: found.start]
    if not place.strip() and after_open:
        return ""
    # ("Thursday, 5 May" prints the weekday before the date: part of the place's slot; a
    # date alone on its line has no place.)
    if place.strip() and not (
        (_PLACE.match(place) and len(place.split()) <= PLACE_MAX_WORDS)
        or _CAPITAL_PLACE.match(place)
    ):
        return ""
    return found.iso()


def _meeting_date(line: str) -> str:
    """ISO date of a short line naming a meeting held on a date, or ""."""
    if len(line) > MEETING_MAX_CHARS:
        return ""
    # (A meeting held over days, "held on 29-30 January 2031", is dated by its last
    # day, when its decision is taken: as a dateline spanning days, date_of_dateline.)
    found = date_of_dateline(line)
    if found is None or found.year is None:
        return ""
    # (A span across months or joined by a word, "held on 30 June-1 July 2024", "on 29
    # and 30 January": the date found is its last day, the span's first day before it.)
    before = _SPAN_OPEN.sub("", line[: found.start])
    if not (_MET_ON.search(before) or (_MEETING.search(line) and _HELD_ON.search(before))):
        return ""
    # (A span across years, "31 December 2030 - 2 January 2031": its last full date.)
    rest = line[found.end :].lstrip()
    last = date_of_dateline(rest[1:].lstrip()) if rest[:1] in ("-", "–", "—") else None
    return last.iso() if last is not None and last.start == 0 and last.year else found.iso()


# A line ending so that the sentence goes on below it ("... is scheduled on" /
# "22 December 2016."): the date under it ends that sentence, it dates nothing.
_GOES_ON = lazy(r"[a-z;–-]$")


def dateline_date(text: str) -> str:
    """The release's date from a place's dateline at the head or the foot of ``text``,
    else from the head's line naming the meeting and its day; "" when there is none."""
    cells = _edge_lines(text)
    lines = [cell for cell, _ in cells]
    n = len(lines)
    order = [*range(min(HEAD_LINES, n)), *reversed(range(max(0, n - TAIL_LINES), n))]
    for i in order:
        # Only the line above runs on into a date opening its line: a cell beside the
        # date on its own line is another column (a foot's "Ministry of X" set left of
        # its date by ``pdftotext -layout``), which ends where its column ends.
        runs_on = i > 0 and cells[i][1] and bool(_GOES_ON.search(lines[i - 1]))
        found = _place_date(lines[i], after_open=runs_on)
        if found:
            return found
    head = lines[:HEAD_LINES]
    for line in head:
        if _TRANSCRIPT_HEAD.match(line):
            subjects = _SUBJECTS.search(line)
            found = find_date(line[: subjects.start()] if subjects else line)
            if found is not None and found.year is not None:
                return found.iso()
    for i, line in enumerate(head):
        # (The line may wrap: "... No. 271 (extraordinary session), held" / "on 16 March".)
        found = _meeting_date(line) or (
            _meeting_date(f"{line} {head[i + 1]}") if i + 1 < len(head) else ""
        )
        if found:
            return found
    # (A line naming the paper by its kind and day: paper_kind_dates.)
    found = next((found for found in map(kind_date, head) if found), "")
    # (The foot's sign-off, the office's name run into the day: issuer_datelines.)
    if found:
        return found
    tail = lines[max(0, n - TAIL_LINES) :]
    signed = {found for found in map(issuer_date, tail) if found}
    # (Rows naming a place and a day, each its own, are a schedule's: no one sign-off.)
    return next(iter(signed)) if len(signed) == 1 else ""


# A field naming the release's own date, as a site's page or a transcript service prints
# it over the text ("Release Date:" / "10/10/2017", "Date: 5 May 2016", "Published on: ..."):
# the label alone on its line with the date on the next, or both on one line.
_DATE_LABEL = lazy(
    r"^(?:release\s+date|date\s+of\s+(?:release|publication|issue)|publication\s+date"
    r"|date\s+published|published(?:\s+on)?|issued(?:\s+on)?|posted(?:\s+on)?|date)"
    r"\s*[:：]\s*(.*)$",
    re.I,
)
# An announcement's fields for the event it announces ("Date: 12 May" / "Time: 10:00" /
# "Venue: ..."): a bare "Date:" among them is the event's.
_EVENT_FIELD = lazy(r"^(?:time|venue|location|heure|lieu|hora|lugar)\s*:", re.I)
EVENT_REACH = 4  # lines after the "Date:" field
LABEL_HEAD_LINES = 30  # non-blank lines: a page's head, where such fields stand
LABEL_MAX_CHARS = 60


# "Press Release Dated: 12 Feb 2001  Press Release Number: 01/77": a site's fields run
# into one line; "Dated" names the release's date wherever on the line it stands. A field's
# label has its colon or its capital; "dated" in lower case with no colon is a sentence's
# word citing another paper by its date ("... vide a letter ... dated 3 September 2031,
# informed ...", "... by the Gazette Extraordinary No. 12/3 dated 10.12.2031, the ..."),
# never the release's own (session 42: Kenya's Parliament, Sri Lanka's gazette, in a PDF
# and in pdftotext's raw text).
_DATED = lazy(r"\b(?:[Dd]ated\s*:|Dated\b|DATED\b)\s*")
DATED_REACH = 40  # characters after "Dated:" the date must open


def labelled_date(text: str) -> str:
    """ISO date of a "Release Date:" field at the head of ``text``, or "". A term of office
    printed beside it ("Period of Service: 15/09/2015 - 24/08/2018") dates the speaker's
    service, not the release: only the labelled field says which date is the release's."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    lines = lines[:LABEL_HEAD_LINES]
    for i, line in enumerate(lines):
        dated = _DATED.search(line)
        if dated:
            value = line[dated.end() : dated.end() + DATED_REACH]
            found = find_date(value)
            if found is not None and found.start == 0 and found.year is not None:
                return found.iso()
        if len(line) > LABEL_MAX_CHARS:
            continue
        m = _DATE_LABEL.match(line)
        if m is None:
            continue
        value = m.group(1) or (lines[i + 1] if i + 1 < len(lines) else "")
        if len(value) > LABEL_MAX_CHARS:
            continue
        if line[:4].lower() == "date" and any(
            _EVENT_FIELD.match(other) for other in lines[i + 1 : i + 1 + EVENT_REACH]
        ):
            continue  # ("Date:" over "Time:" and "Venue:": the event announced, not the release)
        found = date_of_dateline(value)
        if found is not None and found.year is not None:
            return found.iso()
    return ""

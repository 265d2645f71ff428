"""Dates and date ranges in a release, each with the event its sentence names.

"The 2021 Seoul UN Peacekeeping Ministerial, scheduled for two days on Dec. 7-8, ..."
gives the range 2021-12-07..2021-12-08 for "the 2021 Seoul UN Peacekeeping Ministerial".
Years left out in the text are taken from the release's own date.
"""

from __future__ import annotations

import re

from briefing.analysis.sentences import split_sentences
from briefing.analysis.spans import text_regions
from briefing.analysis.types import DateFact
from briefing.ingest import patterns as P
from briefing.model import Release
from briefing.model.release import NodeIndex

_RANGE_END = re.compile(r"\s*[-–]\s*(\d{1,2})\b(?![-/.]\d)")
_MONTH_YEAR = re.compile(rf"\b{P.MONTH}\s+{P.YEAR}\b", re.I)
_EVENT_HEADS = (
    r"Ministerial|Meeting|Summit|Conference|Session|Forum|Dialogue|Talks|Olympics|Games|"
    r"Ceremony|Assembly|Council|meeting|summit|ceremony|session|visit|dinner|talks|"
    r"elections?|conference|launch|attack|debate|vote|forum|briefing|reunión|cumbre|"
    r"réunion|sommet|visita|visite|celebración|elecciones|élections"
)
# An event's name starts at a word's start: without the guard a long token (a URL, a run of
# capitals) is rescanned from each of its letters, quadratic in its length.
_EVENT = re.compile(
    r"(?<![\w’'.-])(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Ll]a|[Ll]e|[Ee]l|[Ll]es|[Ll]os)\s+)?"
    r"(?:(?:[A-Z0-9][\w’'.-]*|opening|closing|working|informal|first|second|third|upcoming|"
    r"extraordinary|plenary|bilateral|trilateral|foreign|ministerial|high-level|terrorist|"
    r"parliamentary|presidential|inter-Korean|summit)\s+){0,7}"
    rf"(?:{_EVENT_HEADS})\b"
    # "the first meeting of the Preparatory Committee for the ... Ministerial"
    r"(?:\s+(?:of|for)\s+the\s+[A-Z][\w’'-]*(?:\s+(?:(?:for|of|on)\s+(?:the\s+)?)?"
    r"[A-Z][\w’'-]*)*)?"
)


def _iso(year: int | None, month: int, day: int) -> str:
    if not year or not 1 <= month <= 12 or not 1 <= day <= 31:
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


def _month(groups: dict[str, str | None]) -> int | None:
    month = P.MONTHS.get((groups.get("month") or "").lower().rstrip("."))
    if month is None and groups.get("mnum"):
        month = int(groups["mnum"] or 0)
    return month


def find_dates(release: Release, index: NodeIndex | None = None) -> list[DateFact]:
    """Every date in the release's content, in order, with ranges and events."""
    index = index or NodeIndex(release)
    default_year = int(release.date[:4]) if release.date[:4].isdigit() else None
    text = release.text
    found: list[DateFact] = []
    taken: list[tuple[int, int]] = []
    for start, end, node in text_regions(release):
        if node.kind in ("dateline", "title", "subtitle", "note", "contact"):
            continue  # the release's own date is metadata, not a fact of its content
        for patterns, has_year in ((P.DATE_PATTERNS, True), (P.DATE_NO_YEAR, False),
                                   ([_MONTH_YEAR], True)):
            for pattern in patterns:
                for m in pattern.finditer(text, start, end):
                    if any(a < m.end() and m.start() < b for a, b in taken):
                        continue
                    fact = _fact(m, text, has_year, default_year, index)
                    if fact:
                        taken.append((fact.start, fact.end))
                        found.append(fact)
    found.sort(key=lambda f: f.start)
    for fact in found:
        _attach_event(release, fact)
    return found


def _fact(m: re.Match[str], text: str, has_year: bool, default_year: int | None,
          index: NodeIndex) -> DateFact | None:
    groups = m.groupdict()
    month = _month(groups)
    if not month:
        return None
    year = int(groups["year"]) if groups.get("year") else default_year
    day_text = groups.get("day")
    end = m.end()
    if not day_text:  # "December 2023"
        return DateFact(m.group(0), m.start(), end, index.node_id(m.start()),
                        iso=f"{year:04d}-{month:02d}" if year else "")
    day = int(day_text)
    iso_end = ""
    rng = _RANGE_END.match(text, m.end("day"))
    if rng and int(rng.group(1)) > day and (not has_year or "year" not in groups
                                             or m.end("day") < m.start("year")):
        iso_end = _iso(year, month, int(rng.group(1)))
        end = max(end, rng.end())
    return DateFact(text[m.start() : end], m.start(), end, index.node_id(m.start()),
                    iso=_iso(year, month, day), iso_end=iso_end)


def _attach_event(release: Release, fact: DateFact) -> None:
    """Name the event: the nearest event phrase before the date in its sentence, else after."""
    node = next((n for n in release.nodes() if n.id == fact.node_id), None)
    lo, hi = (node.body_start, node.end) if node else (0, len(release.text))
    sentence = next(
        (s for s in split_sentences(release.text, release.language, lo, hi)
         if s.start <= fact.start < s.end),
        None,
    )
    if sentence is None:
        return
    before = after = None
    for m in _EVENT.finditer(release.text, sentence.start, sentence.end):
        if m.end() <= fact.start:
            before = m
        elif m.start() >= fact.end and after is None:
            after = m
    chosen = before or after
    if chosen:
        fact.event = " ".join(chosen.group(0).split())
        fact.event_start, fact.event_end = chosen.start(), chosen.end()

"""A court paper's case name, read from its caption's party block, as the paper's title.

An opinion, order or brief names its case in the caption under the court's name: the
parties, each followed by their role, around a connector set alone on its line::

    EXAMPLE HOLDINGS LTD,
        Plaintiff-Appellant,
    v.
    JANE Q. SAMPLE, in her official capacity,
        Defendant-Appellee.

Each line alone looks like nothing a title picker wants (a name ending on a comma, a role,
a lone "v."), so the picker took the court's name, the clerk's stamp, a docket number or
one party's line, or nothing. The block is the case's name, what courts, reporters and
lawyers cite the paper by, and so its title, unless the paper prints its own name under
the caption ("ORDER AND JUDGMENT", "MOTION TO STAY ...", "Statement of Issues").

The block is read from the document's own lines, not a list of courts: the connector
alone on its line ("v.", "vs.", "versus", "-v.-"), or closing the first party's line, a
party's role ("Plaintiff, Appellant,", "Respondent", "Employer,") on a line of its own
or closing a party's line on at least one side, and the party lines up to what frames the
block: the court's name, a docket number, a rule of dashes or underscores, a date, the
clerk's stamp, "Appeal from ...", "Before ...". Columns a typewritten caption sets beside
the block (the ")" or ":" rule, the docket number, a transcript's line numbers) are left
out. Only in the head: a caption opens the paper, within its first lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.ingest.court_captions import is_court_caption
from briefing.ingest.letter_case import in_capitals
from briefing.lazyre import lazy

# A caption opens the paper: the connector within its first lines (a transcript's cover
# prints some twenty lines of furniture and line numbers above it).
HEAD_LINES = 100
HEAD_CHARS = 20_000  # (a hundred lines of a caption, its columns padded with spaces)
LINE_MAX_CHARS = 300
# A party's name runs over a few lines at most ("ROGER EXAMPLE, individually / and as
# representative of the class / of persons defined in averment 15; / DEANE SAMPLE,"); a
# longer run above the connector is no party block.
PARTY_MAX_LINES = 6
# The second party, with its role and a joined third ("And / Example Ins. Co., / Carrier."),
# runs a little longer; a consolidated caption lists many defendants.
SECOND_PARTY_MAX_LINES = 14
# With no role printed on either side ("Ruben Example" / "v." / "Example Builders, LLC")
# both parties must be short: a name, not a paragraph's lines around a stray "v.".
BARE_PARTY_MAX_LINES = 2
# A party's line is a name and perhaps its capacity; a longer line is prose.
PARTY_LINE_MAX_WORDS = 14
CAPS_MIN_LETTERS = 2  # a party line "in capitals" (letter_case)

_CONNECTOR = lazy(r"^[-–—]?\s*(?:v|vs|versus)\.?\s*[-–—]?$", flags=re.I)
# The first party's line closing on the connector: "EXAMPLE AND SAMPLE, Petitioners v."
_CONNECTOR_CLOSING = lazy(r"^(.*\S)\s(?:v|vs|versus)\.$", flags=re.I)
_ROLE_WORD = (
    r"(?:cross[-–—\s]?)?(?:plaintiff|defendant|appellant|appellee|petitioner|respondent"
    r"|claimant|movant|intervenor|employee|employer|carrier|applicant|complainant|relator"
    r"|counter[-–—\s]?(?:plaintiff|defendant)|third[-–—\s]party\s+defendant)s?"
)
# A line that is only roles: "Plaintiff, Appellant,", "Petitioner - Appellant,",
# "Defendants—Appellees.", "APPELLEE", "Employee,".
_ROLE_LINE = lazy(
    r"^\(?" + _ROLE_WORD + r"(?:\s*(?:[,/&]|and|[-–—])\s*" + _ROLE_WORD + r")*\)?\s*[,.;]?$",
    flags=re.I,
)
# A party's line closing on its role: "EXAMPLE REVENUE OFFICE, Respondent".
# (Started only at a comma or a run's first space: linear on long blank runs.)
_ROLE_CLOSING = lazy(r"(?:,|(?<!\s)\s)\s*" + _ROLE_WORD + r"\s*[,.;]?$", flags=re.I)
# Columns set beside the block: a transcript's or pleading paper's line number before it,
# the ")" / ":" / "*" rule after it (with a docket number beside the rule), a lone mark.
_LEADING_LINE_NUMBER = lazy(r"^\s*\d{1,2}(?:\s{2,}|\t)")
_COLUMN_TAIL = lazy(r"(?<!\s)\s+[:)*]\s.*$|(?<!\s)\s*[:)*]+\s*$")
_COLUMN_HEAD = lazy(r"^\s*[:)*]\s+")
_NOTE_MARK = lazy(r"(?<=[,.;])\s?\d{1,2}(?=\s|$)")
_FURNITURE_ONLY = lazy(r"^[\d\s:)*>,xXN]{0,6}$")
# What frames the block: a docket or case number, the clerk's stamp, the court below, the
# bench, a date, a rule.
_FRAME = lazy(
    r"^(?:(?:d\.\s*c\.\s*)?(?:docket|case|file|civil\s+action|appeal)?\s*nos?\.?\s*[:#]?\s*\d"
    r"|\d[\d-]{3,}\S*$"
    r"|\(?\s*d\.\s*c\.\s+no\."
    r"|filed\b|clerk\b|.*\bclerk(?:\s+of\s+court)?$"
    r"|(?:on\s+)?appeals?\s+from\b|before\b|argued\b|submitted\b|decided\b"
    r"|at\s+[A-Z]"
    r"|\[?\s*(?:un)?published\s*\]?$|precedential$|for\s+publication$"
    r"|[-–—_=\s.x]{3,}$"
    # a field, "Page: 3", "Date Filed: 03/04/2031", or a line citing the docket number
    r"|[a-z][\w .]{0,30}:\s*\S"
    r"|.*\b\d{1,4}-\d{3,6}\b)",
    flags=re.I,
)
_MONTH_DATE = lazy(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\b",
    flags=re.I,
)
# Lines the second party's side skips rather than stops at: the docket number and the
# court below, set in a column beside the block ("No. 06-6247" / "(W.D. Okla.)").
_SIDE_COLUMN = lazy(r"^(?:nos?\.\s*\d\S*|\(.*|\d[\d-]{3,}\S*)$", flags=re.I)


@dataclass(frozen=True)
class CaseName:
    """The case's name as one line, and where its block lies in ``source``, the text it
    was read from."""

    text: str
    start: int
    end: int
    source: str


def _clean(line: str) -> str:
    line = _LEADING_LINE_NUMBER.sub("", line, count=1)
    line = _COLUMN_HEAD.sub("", line, count=1)
    line = _without_column_tail(line)
    # A footnote's number printed after a party's comma or full stop ("EXAMPLE, 1",
    # "SAMPLE,1 Petitioners", "Defendants-Appellees. 2") is the note's mark.
    return " ".join(_NOTE_MARK.sub("", line).split())


def _without_column_tail(line: str) -> str:
    tail = _COLUMN_TAIL.search(line)
    if tail is None:
        return line
    head = line[: tail.start()]
    if tail.group().startswith(")") and head.count("(") > head.count(")"):
        # "JANE SAMPLE (a minor)": the party's own bracket closes, no caption's ")" rule
        return head + ")"
    return head


def _frames(line: str) -> bool:
    return bool(
        _FRAME.match(line)
        or is_court_caption(line)
        or (_MONTH_DATE.search(line) and len(line.split()) <= 6)
        or line.endswith(":")
    )


def _in_capitals(line: str) -> bool:
    return in_capitals(line, CAPS_MIN_LETTERS)


def _role(line: str) -> bool:
    return bool(_ROLE_LINE.match(line))


def _role_printed(line: str) -> bool:
    """A role on the line, alone or closing it ("Plaintiff, Appellant, v." too)."""
    closing = _CONNECTOR_CLOSING.match(line)
    line = closing.group(1) if closing else line
    return _role(line) or bool(_ROLE_CLOSING.search(line))


def case_name(text: str) -> CaseName | None:
    """The case's name read from the head's party block (see the module's doc), or None."""
    lines: list[tuple[str, int, int]] = []  # (cleaned line, start, end) of worded lines
    offset = 0
    for raw in text[:HEAD_CHARS].split("\n", HEAD_LINES)[:HEAD_LINES]:
        # (a line longer than any party's is prose, read without the column patterns)
        cleaned = _clean(raw) if len(raw) <= LINE_MAX_CHARS else raw[:LINE_MAX_CHARS]
        if cleaned and not _FURNITURE_ONLY.match(cleaned):
            lines.append((cleaned, offset, offset + len(raw)))
        offset += len(raw) + 1
    for at, (line, _, _) in enumerate(lines):
        closing = _CONNECTOR_CLOSING.match(line)
        if _CONNECTOR.match(line):
            first = _first_party(lines, at)
        elif closing and _ROLE_CLOSING.search(closing.group(1)) and not _frames(line):
            first = _first_party(lines, at + 1)
        else:
            continue
        if first is None:
            continue
        last = _second_party_end(lines, at)
        if last is None:
            continue
        block = [
            lines[k][0]
            for k in range(first, last + 1)
            if k <= at or not _SIDE_COLUMN.match(lines[k][0])
        ]
        if not any(_role_printed(b) for b in block) and (
            at - first > BARE_PARTY_MAX_LINES
            or last - at > BARE_PARTY_MAX_LINES
            # (a name closing on a comma promises its role: the block is cut or its
            # lines were read out of order, a PDF's columns interleaved)
            or block[-1].endswith(",")
        ):
            continue
        return CaseName(" ".join(block), lines[first][1], lines[last][2], text)
    return None


def _first_party(lines: list[tuple[str, int, int]], below: int) -> int | None:
    """The first line of the party block over line ``below`` (the connector, or the line
    after a party's line closing on it), or None when no party is printed there."""
    first = below
    for k in range(below - 1, max(-1, below - 1 - PARTY_MAX_LINES), -1):
        line = lines[k][0]
        if _frames(line) or len(line.split()) > PARTY_LINE_MAX_WORDS:
            break
        names = [lines[j][0] for j in range(first, below) if not _role_printed(lines[j][0])]
        if names and _in_capitals(line) and not any(_in_capitals(n) for n in names):
            break  # the court's or board's name in capitals over parties named in mixed case
        first = k
    else:
        if below - first >= PARTY_MAX_LINES:
            return None  # no frame above: a run of text, not a caption
    if first == below or all(_role(lines[k][0]) for k in range(first, below)):
        return None  # only roles, or nothing, above the connector
    return first


def _second_party_end(lines: list[tuple[str, int, int]], connector: int) -> int | None:
    """The last line of the party block under the connector: the role line closing it,
    a line ending the name with a full stop, or the line before what frames the block."""
    last = None
    named = False
    for k in range(connector + 1, min(len(lines), connector + 1 + SECOND_PARTY_MAX_LINES)):
        line = lines[k][0]
        if _SIDE_COLUMN.match(line):
            continue
        if _frames(line) or _CONNECTOR.match(line) or len(line.split()) > PARTY_LINE_MAX_WORDS:
            break
        if _role(line) or _ROLE_CLOSING.search(line):
            last = k
            if named and not line.endswith(","):
                return k
            named = True
            continue
        if last is not None and named and lines[last][0].endswith(".") and not _role(line):
            return last
        last = k
        named = True
        if line.endswith(".") and not _next_is_role(lines, k):
            return k
    return last


def _next_is_role(lines: list[tuple[str, int, int]], k: int) -> bool:
    for j in range(k + 1, min(len(lines), k + 3)):
        if _SIDE_COLUMN.match(lines[j][0]):
            continue
        return _role(lines[j][0]) or bool(_ROLE_CLOSING.search(lines[j][0]))
    return False


# A paper's own name printed under its caption, kept as its title: in capitals ("ORDER AND
# JUDGMENT", "MOTION TO STAY PROCEEDINGS ...") or in headline case ("Designation &
# Statement of Issues"); a sentence's opening line ("The taxpayer was in business ...")
# is the body's, picked for want of a title.
_MINOR_WORDS = frozenset(
    "a an and as at by for from in of on or the to with & de du des la le et".split()
)
KIND_MAX_WORDS = 30
_SUBJECT_LINE = lazy(r"(?:^|\s)(?:re|subject|subj)\s*:\s", flags=re.I)


def _paper_name(title: str) -> bool:
    words = title.split()
    if not words or len(words) > KIND_MAX_WORDS or title.rstrip().endswith((".", ",", ";")):
        return False
    letters = [ch for ch in title if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters):
        return True
    return all(not w[:1].isalpha() or w[:1].isupper() or w.lower() in _MINOR_WORDS for w in words)


def court_paper_title(found: CaseName | None, title: str, printed: str) -> str:
    """The title shown for a court paper: its case name ``found`` (read from the text as
    the reader gave it, before furniture and the head's roles took lines away) when the
    title picked is nothing, a line of the caption over or inside the block, or a line
    under it that is not the paper's own name; else ``title``. ``printed`` is the picked
    title's first printed line."""
    if found is None:
        return title
    if _SUBJECT_LINE.search(title):
        return title  # "Re: Case No. 31-0042, Example v. Sample": a clerk's letter's subject
    line = printed.strip()
    at = found.source.find(line) if title and line else -1
    if title and _paper_name(title) and at >= found.end:
        return title  # "ORDER AND JUDGMENT" printed under the caption
    if 0 <= at < found.start and _headline_over_caption(found, line, at):
        return title  # a court's press release: its headline over the case it reports
    return found.text


def _headline_over_caption(found: CaseName, line: str, at: int) -> bool:
    """A line over the party block that no caption prints, so a release's headline
    ("Court upholds quota law") naming what the release is about, the case its subject:
    in mixed case (a caption's notices are set in capitals), printed once (not a
    transcript's running head, "Official - Subject to Final Review"), not a line framing
    the block (the court's name, a docket number, a stamp, a date) and with no court's
    name between it and the block (a caption opens on the court's name: what stands over
    that is the page's, not the paper's)."""
    if _in_capitals(line) or _frames(_clean(line)):
        return False
    if found.source.find(line, at + len(line)) >= 0:
        return False
    between = found.source[at + len(line) : found.start].split("\n")
    return not any(is_court_caption(b) for b in between)

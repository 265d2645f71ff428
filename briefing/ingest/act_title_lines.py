"""An act's title read on past the line where the body was thought to start.

Statutes, decrees and orders print their title (the subject line: "О ...", "... TENTANG
...", "ОБ УТВЕРЖДЕНИИ ...") centred under the head's kind line, broken over as many lines
as it needs, and only then the enacting text. A format that keeps each printed line
(a PDF's lines, an HTML page's ``<p>`` per line, a typed text's centred lines) gives the
title's later lines as lines of their own, and the first of them, short and with no
label, looks like the first paragraph: the title is cut after its first line and its
rest is read as the body's opening paragraphs.

Two shapes of a title's later lines, both under an act's kind:

- a title set in capitals goes on in capitals ("ОБ УТВЕРЖДЕНИИ ТРЕБОВАНИЙ" / "К ПОРЯДКУ
  ПРОПУСКА ТРАФИКА ..."; "... TENTANG" / "PERUBAHAN ATAS PERATURAN ..."), while the
  enacting text is set in running case; the lines in capitals that follow the title and
  still belong to the head are the invocation ("DENGAN RAHMAT TUHAN YANG MAHA ESA") and
  the enacting authority, which ends on a comma ("MENTERI ..., "): neither is read on;
- a subject line in sentence case ("О награждении государственными наградами") goes on in
  the short lines under it with no blank line between, up to the blank line that sets the
  enacting text apart; those lines end no sentence and lead into nothing (a first
  paragraph ends on a full stop, an enacting formula on a colon).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.ingest.act_heads import HEAD_SEARCH, is_act_kind, opens_subject
from briefing.ingest.invocations import is_invocation
from briefing.ingest.letter_case import in_capitals
from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.roles import Role
    from briefing.ingest.segment import Block

CAPS_MIN_LETTERS = 12  # a title "in capitals": enough letters that the case says so
LINE_MAX_WORDS = 20  # one printed line of a title
WRAP_MAX_LINES = 3  # a sentence-case subject's rest: a few centred lines
WRAP_MAX_WORDS = 30
READ_ON_MAX = 6  # lines of a title read on past its first
# An annex's label over the act's head ("LAMPIRAN I", "ANNEX", "ПРИЛОЖЕНИЕ"): the act is
# cited as the one the annex belongs to, and the line in capitals under its title is the
# annex's own heading, not more of the title.
_ANNEX = lazy(r"^\s*(?:LAMPIRAN|ANNEX|ANNEXE|ANEXO|ANLAGE|ALLEGATO|ПРИЛОЖЕНИЕ|ДОДАТОК)\b", re.I)
# A full stop, perhaps inside a closing quote or bracket. (A title may end on a quoted
# name, '... на яхте "Апостол Андрей"', which ends no sentence.)
_FULL_STOP = lazy(r"[.!?\u2026][\"'\u00bb\u201d\u2019)]*$")


def act_title_end(blocks: list[Block], roles: list[Role | None], body_start: int) -> int:
    """Where the body starts once an act's title is read on over its later lines (which
    are marked as the title's, in ``roles``): ``body_start`` unless those lines run past
    it. The head's lines under the title that are the title's later lines are marked too."""
    titled = [i for i in range(body_start) if roles[i] is not None and roles[i].kind == "title"]
    if not titled:
        return body_start
    first, title_at = titled[0], titled[-1]
    head = range(max(0, first - HEAD_SEARCH), first + 1)
    if not any(is_act_kind(blocks[i].text) for i in head):
        return body_start
    if any(_ANNEX.match(blocks[i].text) for i in head):
        return body_start
    from briefing.ingest.roles import Role

    capitals = _in_capitals(blocks[title_at].text)
    if not capitals and not (opens_subject(blocks[first].text) or is_act_kind(blocks[first].text)):
        return body_start
    end = title_at + 1
    while end < len(blocks) and end - title_at <= READ_ON_MAX:
        if capitals:
            goes_on = _capitals_line(blocks[end])
        else:
            goes_on = end == title_at + 1 and _subject_wrap(blocks, end)
        if not goes_on:
            break
        roles[end] = Role("title", attrs={"continues": "1"})
        end += 1
    return max(body_start, end)


def _in_capitals(text: str) -> bool:
    return in_capitals(text, CAPS_MIN_LETTERS)


def _plain_line(block: Block) -> bool:
    """A line that may be the title's: no label, no table cell, set apart by nothing."""
    return block.label is None and block.style != "table" and not block.blank_before


def _capitals_line(block: Block) -> bool:
    text = " ".join(block.text.split())
    letters = [ch for ch in text if ch.isalpha()]
    return (
        _plain_line(block)
        and len(letters) >= 4
        and all(ch.isupper() for ch in letters)
        and len(text.split()) <= LINE_MAX_WORDS
        and not text.endswith((",", ":", ";", "."))
        and not is_invocation(text)
        and not is_act_kind(text)
    )


def _subject_wrap(blocks: list[Block], i: int) -> bool:
    block = blocks[i]
    text = " ".join(block.text.split())
    if not _plain_line(block) or not text or text[:1].islower():
        return False
    if block.line_count > WRAP_MAX_LINES or len(text.split()) > WRAP_MAX_WORDS:
        return False
    if _FULL_STOP.search(text) or text.endswith((":", ",", ";")):
        return False
    above = blocks[i - 1].text.rstrip()
    if _FULL_STOP.search(above) or above.endswith((":", ",", ";")):
        return False
    # The enacting text is set apart from the title by a blank line.
    return i + 1 == len(blocks) or blocks[i + 1].blank_before

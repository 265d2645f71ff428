"""Speaker labels in transcripts and press briefings: "PRESIDENT BIDEN:", "MODERATOR:",
"Q:", "Q -" / "R -", "【記者】", "<질문>". Each labelled block opens a turn."""

from __future__ import annotations

import re

_FORMS = [
    # An upper-case name or role and a colon: "MODERATOR:", "SENIOR OFFICIAL:", "MR. KIRBY:"
    re.compile(r"^(?P<who>[A-Z][A-Z.'’&-]*(?: [A-Z][A-Z.'’&-]*){0,5})\s*[:：]\s*(?=\S)"),
    # Question and answer letters: "Q:", "Q -", "R –", "Q    Thank you" (wide gap)
    re.compile(r"^(?P<who>[QRAP])(?:\s*[:：]\s*|\s+[-–—]\s+|\s{2,}|\t)(?=\S)"),
    # "Q Thank you ...": a lone Q is never an English word, so a question starts
    re.compile(r"^(?P<who>Q)\s+(?=[A-Z“\"‘])"),
    # Japanese and Korean briefings: "【記者】", "【上川大臣】", "<질문>", "‹답변>"
    re.compile(r"^【(?P<who>[^】]{1,24})】\s*"),
    re.compile(r"^[<‹〈《＜](?P<who>[^>›〉》＞\s][^>›〉》＞]{0,23})[>›〉》＞]\s*"),
]
# Upper-case words that introduce text but name nobody.
_NOT_SPEAKERS = {
    "NOTE", "NOTES", "PLEASE NOTE", "SOURCE", "CONTACT", "CONTACTS", "MEDIA CONTACT", "ENDS",
    "UPDATE", "EMBARGO", "EMBARGOED", "WHEN", "WHERE", "WHAT", "WHO", "TIME", "DATE", "VENUE",
    "SUBJECT", "RE", "TO", "FROM", "CC", "ATTENTION", "TAGS", "PS", "NB", "FACT SHEET",
    "READOUT", "BACKGROUND", "SUMMARY", "TITLE", "URL", "ISBN", "ISSN", "TEL", "FAX",
}  # fmt: skip
MIN_TURNS = 2
_QUESTIONER = {
    "Q", "QUESTION", "QUESTIONS", "PREGUNTA", "記者", "질문", "기자", "REPORTER", "JOURNALIST",
    "JOURNALISTE", "PERIODISTA",
}  # fmt: skip  # one "NAME:" line is a lead-in; a transcript has several turns


def speaker_of(text: str) -> tuple[str, int] | None:
    """The speaker label at the start of ``text`` and where the speech starts."""
    first = text[:1]
    # (Most blocks start with a capitalised word: its second letter rules them out.)
    if not (first in "【<‹〈《＜QRAP" or (first.isupper() and not text[1:2].islower())):
        return None
    for form in _FORMS:
        m = form.match(text)
        if m:
            if m.end() >= len(text.rstrip()):
                return None  # "【概要】" alone on its line labels a section, not a speaker
            who = m.group("who").strip()
            if who.rstrip(".") in _NOT_SPEAKERS or (len(who) > 1 and who.isdigit()):
                return None
            return who, m.end()
    return None


def find_turns(texts: list[str]) -> dict[int, str]:
    """{block index: speaker} for blocks opening a turn, or {} for a text that is not
    a transcript (fewer than MIN_TURNS labelled blocks)."""
    found: dict[int, str] = {}
    for i, text in enumerate(texts):
        speaker = speaker_of(text)
        if speaker is not None:
            found[i] = speaker[0]
    if len(found) < MIN_TURNS:
        return {}
    # A transcript has someone speaking twice, or a question asked: two upper-case
    # lead-ins ("WASHINGTON:", "NOTE TO EDITORS:") make no conversation.
    speakers = list(found.values())
    if len(set(speakers)) == len(speakers) and not _QUESTIONER & set(speakers):
        return {}
    return found

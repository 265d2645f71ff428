"""The caption minutes print over their attendance: "Present", "Members Present".

Minutes of boards, committees and councils open with who attended, under a caption
that says only that: "Present", "Members Present", "In attendance", "Anwesend",
"Présents", "Presentes", "Παρόντες", "Присутствовали", "出席者". The names under it are
often printed bare, as initials and surnames run together on one line ("GR Stevens
(Chairman), R Battellino, ..."), so the roster rule, which counts people by their
honorifics, cannot see them, and the caption was left a short note of the head. The
caption is a closed set of words in each language and names no topic of its own: alone on
its line over the names, it is the heading of the attendance section in any minutes.
Only the bare caption counts: a line ending on a colon leads into its list inside the
record's sentence ("Present:" / "Votes for the proposal:"), as ``roster_heads`` reads it;
but Chinese, Japanese and Korean minutes print their captions with one ("出席議員：").
"""

from __future__ import annotations

from briefing.lazyre import lazy

# The caption in the languages of the corpus and its neighbours, alone on the line.
_ATTENDANCE = lazy(
    r"^(?:"
    r"(?:(?:board|committee|council)\s+)?members\s+present|present|also\s+present|"
    r"in\s+attendance|attendance|attendees|members\s+absent|absent|apologies|"
    r"pr[ée]sents?|[ée]taient\s+pr[ée]sents|membres\s+pr[ée]sents|"
    r"anwesend|anwesende|"
    r"presentes|asistentes|miembros\s+presentes|membros\s+presentes|presenti|"
    r"aanwezig|aanwezigen|n[äa]rvarande|til\s+stede|obecni|"
    r"παρόντες|απόντες|присутствовали|присутствуют|"
    r"出席者|出席議員|出席委員|出席委员|参加者|参会人员|참석자|출석위원"
    r")$"
)
# Chinese, Japanese and Korean minutes print the caption with a colon, "出席議員：", "列席秘書：":
# no sentence runs on from it there, so the colon is the caption's own.
_CJK_ATTENDANCE = lazy(
    r"^(?:出席者|出席議員|出席委員|出席委员|缺席議員|缺席委員|出席政府官員|列席秘書|列席者|"
    r"参加者|参会人员|참석자|출석위원)\s*[:：]?$"
)


def is_attendance_caption(text: str) -> bool:
    """``text`` is only the caption of an attendance list: "Present", "Members Present",
    "Παρόντες" (any case, spaces collapsed)."""
    stripped = " ".join(text.split())
    if not stripped or len(stripped) > 40:
        return False
    # lower(), not casefold(): casefold turns the Greek final sigma into a medial one.
    return bool(_ATTENDANCE.match(stripped.lower()) or _CJK_ATTENDANCE.match(stripped))

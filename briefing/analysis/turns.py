"""Whose turn a transcript's sentence is in, and whether that turn can be news.

A press conference prints every turn under its speaker's label ("Carina Soto
(Moderadora).-", "MODERATOR:", "Periodista.-", "기자:"). What the principals answer is the
release's substance; a journalist's question is not the issuer's position, and a host's
turn (welcome, who is present, "over to the Minister", "thank you") is hosting. Roles are
listed in the languages of the transcripts Briefing reads; a name alone is a principal.
"""

from __future__ import annotations

import re

from briefing.ingest.speakers import is_questioner

# A label's role, in brackets or alone: "Carina Soto (Moderadora)", "MODERATOR", "사회자".
_HOST = re.compile(
    r"\b(?:mod[eé]ra(?:tor|torin|dor|dora|teur|trice)|host|hostess|presenter|presentador[a]?|"
    r"master of ceremonies|maestr[oa] de ceremonias|ma[iî]tre de c[ée]r[ée]monie|MC|"
    r"apresentador[a]?|mestre de cerim[oô]nias|Vors|Vorsitzende[r]?)\b|사회자|司会|主持人",
    re.IGNORECASE,
)


# What closes a printed label: "Name.-", "NAME:", "Name –" (bounded spaces: linear).
_LABEL_END = re.compile(r"[ \t]{0,3}(?:\.[-–—]|[:：]|[-–—])[ \t]{0,3}")


def is_host(speaker: str) -> bool:
    """Whether ``speaker`` (a turn's label) is the event's host or moderator."""
    return bool(_HOST.search(speaker))


def is_asker(speaker: str) -> bool:
    """Whether ``speaker`` is a journalist or the question letter of a Q&A (the
    transcript reader's own list of questioners)."""
    return is_questioner(speaker)


# A label set in brackets: "<답변> ...", "〈질문〉 ...", "【記者】...", "[MODERATOR] ...".
_BRACKETS = {"<": ">", "‹": "›", "〈": "〉", "《": "》", "【": "】", "[": "]", "(": ")", "（": "）"}


def without_label(text: str, speaker: str) -> str:
    """``text`` without its printed speaker label ("Bruno Rodríguez.- Quiero ...", "<답변>
    정부는 ..."): a drafted point quotes the turn, and the reader is told who spoke."""
    if speaker and text[:1] in _BRACKETS and text[1:].startswith(speaker):
        rest = text[1 + len(speaker) :]
        if rest.startswith(_BRACKETS[text[0]]):
            rest = rest[1:]
            mark = _LABEL_END.match(rest)
            return (rest[mark.end() :] if mark else rest).lstrip()
        return text
    if not speaker or not text.startswith(speaker):
        return text
    rest = text[len(speaker) :]
    mark = _LABEL_END.match(rest)
    return rest[mark.end() :] if mark else text

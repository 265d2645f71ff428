"""A date the body's head mentions inside a running sentence, as opposed to one it is dated by.

Without a dateline or a dated title, the release's date is read from its head (the text up
to the end of the lead paragraph). A release dates itself where a date stands apart: opening
its paragraph ("On 26 April 2024, the Board ..."; "23 settembre 2020 - Intervento"), after
a place or a label ("QUÉBEC, le 7 sept. 2026 /CNW/", "Date 16 September 1987"), or closing
its paragraph ("... held on 29 March 2019."). A date set in the middle of a sentence that
goes on ("Fino al 31 dicembre 2020 le amministrazioni ...", "signed into law on October
28, 1998. The legislation ...", "the Retreat on 17-18 January 2019 in Chiang Mai") names
the day something else happens: a deadline, a law's signing, an event's day. A release
never dates itself that way, so such a date is no release date.
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

_BLANK_LINE = lazy(r"\n[ \t\f]*\n")
# A year's word after the date ("2 kwietnia 2025 r.", "28 октября 2015 г.", "года"): part
# of the date, not the sentence going on.
_YEAR_WORD = lazy(r"^\s*(?:r\.|г\.|(?:года|godine)\b)", re.I)
_WORD = lazy(r"[^\W\d_][\w'’-]*")


# A page's posting stamp opens its line with the verb ("Posted on March 5, 2031 by Press
# Office", "Veröffentlicht am 5. März 2031, aktualisiert am ...", "Publié le 5 mars 2031 à
# 10h"): the words after the date (the author, the update) do not make it a sentence
# naming another day.
_POSTED = lazy(
    r"^\W*(?:posted|published|issued|released|publié|publiée|publicado|publicada|"
    r"pubblicato|pubblicata|veröffentlicht|gepubliceerd|publicerad|publiceret|publisert|"
    r"opublikowano|publikováno|publicat)(?:\s+(?:on|le|el|em|il|am|op|den|dne|pe))?[:\s]*$",
    re.I,
)


def _is_lower_word(token: str) -> bool:
    # (Scripts without case, Arabic, Chinese, Thai, never count: no lower-case word there.)
    return bool(_WORD.fullmatch(token)) and token.islower()


def is_running_mention(text: str, start: int, end: int) -> bool:
    """The date at ``text[start:end]`` is set inside a sentence of its paragraph that goes
    on after it: two or more words of the paragraph before it, the last a lower-case word
    or one opening a later sentence (not after a place and its comma: "QUÉBEC, le"), and
    after it a lower-case word or another sentence of the same paragraph."""
    if start < 2:
        return False
    para_start = 0
    for m in _BLANK_LINE.finditer(text, max(0, start - 2000), start):
        para_start = m.end()
    blank = _BLANK_LINE.search(text, end)
    para_end = blank.start() if blank else len(text)
    before = text[para_start:start].split()
    if len(before) < 2 or _opens_line(text, start):
        return False
    # (or a word opening a later sentence of the paragraph: "... het volgende. Op 3
    # februari 1999 heeft ...")
    opens_later = before[-2][-1] in ".!?" and _WORD.fullmatch(before[-1]) is not None
    if not (_is_lower_word(before[-1]) or opens_later):
        return False
    comma = max((i for i, token in enumerate(before) if token.endswith(",")), default=-1)
    if comma >= 0 and len(before) - comma - 1 <= 1:
        return False  # (a place's dateline: "QUÉBEC, le 7 sept. 2026")
    after = _YEAR_WORD.sub("", text[end:para_end], count=1)
    word = _WORD.search(after)
    if word is None:
        return False  # (the date closes its paragraph: "... held on 29 March 2019.")
    if any(ch in ".;!?" for ch in after[: word.start()]):
        # The sentence ends on the date and the paragraph goes on: "... on October 28,
        # 1998. The legislation implements ..."
        return True
    return _is_lower_word(word.group())


def is_posting_verb(text: str) -> bool:
    """``text`` is only a page's posting verb, as it stands before the date ("Posted on",
    "Publié le"): see ``_POSTED``."""
    return _POSTED.match(text) is not None


def strip_year_word(text: str) -> str:
    """``text`` (what follows a date) without the year's word opening it ("года", "r.")."""
    return _YEAR_WORD.sub("", text, count=1)


def _opens_line(text: str, start: int) -> bool:
    """Whether only the posting verb stands before the date on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    return _POSTED.match(text[line_start:start]) is not None

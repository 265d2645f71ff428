"""A parliament's order of business, printed in capitals between the turns of its record.

A Hansard or a plenary record sets each item of business as a line in capitals of its
own ("PRAYERS", "QUORUM", "COMMUNICATION FROM THE CHAIR", "NATIONAL PAYMENT SYSTEM
AMENDMENT BILL", "ADJOURNMENT"), then the stage direction or the turn that opens it.
Such a line is often stacked over another item's line or over a bracketed direction
("(Draft Resolution)", "(The Quorum Bell was rung)"), so the rule that wants a paragraph
under a crosshead left it a note. Once the record's proceedings have begun (a speaker has
had a turn, or a bracketed direction has been printed), a short line in capitals, no
sentence and nobody's label, over the proceedings is an item of business: a heading.
The cover's lines before that ("REPUBLIC OF KENYA", "NATIONAL ASSEMBLY") are not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing.ingest.patterns import COURTESY_TITLES
from briefing.lazyre import lazy

MAX_WORDS = 14
MIN_TURNS = 2  # a record: people take turns
WRAPPED_MIN_WORDS = 3  # an item's name long enough to wrap
SPEECH_MIN_WORDS = 5  # what a member says after the label, at the least
_BRACKETED = lazy(r"^\s*[(\[].*[)\]]\s*$")
# A member named by a courtesy title or a word in capitals ("Hon. Speaker", "Mr R
# JANKIELSOHN", "The HOUSE CHAIRPERSON", "The Speaker of the Senate (Hon. A. Example)").
_COURTESY = lazy(rf"\b(?:{COURTESY_TITLES})\b")
_CAPITALS_WORD = lazy(r"\b[A-Z]{3,}\b")
# A document's part or a memo's field in capitals ("PART I:", "SUBJECT:"), no member.
_PART = lazy(
    r"^(?:PART|SECTION|SEC|CHAPTER|ARTICLE|SCHEDULE|ANNEX|APPENDIX|TITLE|NOTES?|SUBJECT|"
    r"RE|REF|TO|FROM|DATE|TEL|FAX|ITEM|AGENDA)\b",
    re.I,
)
# A part's name anywhere in a label ("CINQUIEME PARTIE :", "LIVRE IV :", "TITRE II :"): a
# report's or a code's division, in the languages the records come in, never a member.
_PART_WORD = lazy(
    r"\b(?:PARTS?|PARTIE|PARTE|TITRE|T[IÍ]TULO|LIVRE|LIBRO|CHAPITRE|CHAPTER|CAP[IÍ]TULO|"
    r"KAPITEL|TEIL|ABSCHNITT|SECTION|SECCI[OÓ]N|ARTICLE|ART[IÍ]CULO)\b",
    2,
)
# A contents entry's dot leader ("... Introduction ........ 12"): no one speaks it.
_DOT_LEADER = lazy(r"\.{4,}|…{2,}")
# A speaker's name set alone in capitals ("HON. J. EXAMPLE", "THE SPEAKER") is no item.
_PERSON = lazy(rf"^(?:(?:{COURTESY_TITLES})\b\.?|THE\s+(?:SPEAKER|PRESIDENT|CHAIR\w*)\b)", re.I)


def is_business_line(text: str) -> bool:
    """A short line in capitals that names an item, not a sentence or a person."""
    text = text.strip()
    if not text or text[-1] in ".,;:!?" or _BRACKETED.match(text) or _PERSON.match(text):
        return False
    if "|" in text:
        return False  # a table's row ("TOTAL | 53"), its cells set off by bars
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 4 or not all(ch.isupper() for ch in letters if ch.isascii()):
        return False
    if not any(ch.isupper() for ch in letters):
        return False  # (a script without capitals: left to the other rules)
    return len(text.split()) <= MAX_WORDS


def _wrapped(texts: Sequence[str], apart: Sequence[bool], i: int) -> bool:
    """Whether line ``i`` and the line under it, with no blank line between, are one
    item's name wrapped ("SPEAKERS' GUIDANCE ON WEDNESDAY" / "MORNING SITTING"). Items
    of a word or two stack a line each ("PRAYERS" / "QUORUM")."""
    if i < 0 or i + 1 >= len(texts) or apart[i + 1]:
        return False
    upper, lower = texts[i], texts[i + 1]
    return (
        is_business_line(upper)
        and is_business_line(lower)
        and len(upper.split()) >= WRAPPED_MIN_WORDS
        and len(upper.split()) + len(lower.split()) <= MAX_WORDS
    )


def _member(who: str) -> bool:
    """A member's label: a courtesy title, or two words or more with one in capitals
    ("THE PRESIDENT"); not a part's or a field's name ("PART I", "CNPJ", "SUBJECT")."""
    if _PART.match(who) or _PART_WORD.search(who):
        return False
    return _COURTESY.search(who) is not None or (
        len(who.split()) >= 2 and _CAPITALS_WORD.search(who) is not None
    )


def member_turns(
    texts: Sequence[str], speaker_of: Callable[[str], tuple[str, int] | None]
) -> set[int]:
    """The blocks opening a member's turn: a label naming a person by a courtesy title
    or in capitals ("Hon. Speaker:", "Mr R JANKIELSOHN:", "The HOUSE CHAIRPERSON (...):"),
    not a field's name in ordinary case ("Objective:", "Contact:")."""
    found = set()
    for i, text in enumerate(texts):
        if text and text[:1].isupper():
            speaker = speaker_of(text)
            # (A member speaks a sentence after the label; a form's field in capitals,
            # "DATA DA ASSINATURA: 09/10/2020", holds a value.)
            if (
                speaker is not None
                and _member(speaker[0])
                and len(text[speaker[1] :].split()) >= SPEECH_MIN_WORDS
                and not _DOT_LEADER.search(text)
            ):
                found.add(i)
    return found


def business_heads(
    texts: Sequence[str],
    kinds: Sequence[str | None],
    speaker_of: Callable[[str], tuple[str, int] | None],
    apart: Sequence[bool],
    turns: set[int] | None = None,
) -> list[int]:
    """Indices of the record's order-of-business lines (``kinds``: each block's role
    so far; ``apart``: whether a blank line sets each block off from the one above;
    ``turns``: ``member_turns(texts, speaker_of)`` when the caller has it already)."""
    if turns is None:
        turns = member_turns(texts, speaker_of)
    if len(turns) < MIN_TURNS:
        return []
    # A speaker's name set alone, its colon left off ("JANE EXAMPLE"), is their label.
    names = {speaker[0].strip().upper() for i in turns if (speaker := speaker_of(texts[i]))}
    if not any(apart):
        apart = [True] * len(texts)  # (a PDF's blocks: its reader joined wrapped lines)
    begun = min(
        [*turns, *(i for i, t in enumerate(texts) if _BRACKETED.match(t))], default=len(texts)
    )
    heads_onto = _past_items(texts)
    found: list[int] = []
    for i in range(begun + 1, len(texts)):
        if kinds[i] not in ("note", "paragraph") or i in turns:
            continue
        if not is_business_line(texts[i]) or speaker_of(texts[i]) is not None:
            continue
        if texts[i].upper() in names:
            continue
        if _wrapped(texts, apart, i - 1) or _wrapped(texts, apart, i):
            continue  # one item's name wrapped over two lines, cut in two: left as it is
        # What the item heads: past other items' lines and bracketed directions, the
        # proceedings go on (a turn or a paragraph), not the record's end.
        j = heads_onto[i]
        if j < len(texts) and kinds[j] in ("paragraph", "note") and texts[j][:1].isupper():
            found.append(i)
    return found


def _past_items(texts: Sequence[str]) -> list[int]:
    """For each block, the first block under it that is neither an item's line nor a
    bracketed direction (``len(texts)`` at the end): one pass from the end, where
    scanning forward from each line was quadratic in a long run of lines in capitals."""
    onto = [len(texts)] * (len(texts) + 1)
    for j in range(len(texts) - 1, -1, -1):
        item = is_business_line(texts[j]) or _BRACKETED.match(texts[j]) is not None
        onto[j] = onto[j + 1] if item else j
    return [onto[i + 1] for i in range(len(texts))]

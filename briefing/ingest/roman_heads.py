"""Roman numerals with a point printed alone as a speech's or a note's section marks.

A speech or a statement published on the web is often cut into parts numbered "I.",
"II.", "III." with no title: the numeral is a paragraph of its own (the page sets it in
a <p> or <h3> between the paragraphs), and copied as text it stands alone between blank
lines. A PDF's lone label ("1." in its number column, its text on the next line) is set
the same way, so one numeral alone proves nothing; what proves a section mark is the run:
"I." then "II." (then "III." ...) each alone between blank lines, in order, from "I.".
A paragraph label's run is never set apart so, paragraph after paragraph, by a Roman
numeral with a point and nothing else. And each part opens with prose (a paragraph, not a
title or a list's lead-in: "I." / "Introduction" is a numbered heading, joined as before).
Such a numeral heads the text down to the next one and is never the label of the
paragraph under it.
"""

from __future__ import annotations

from briefing.lazyre import lazy

_NUMERAL = lazy(r"(?=[IVX])(X{0,3})(IX|IV|V?I{0,3})\.")
_VALUES = {"I": 1, "V": 5, "X": 10}
MAX_LINE = 8  # "XXXVIII." and its spaces: longer lines are never a lone numeral
PROSE_WORDS = 8  # a part's first paragraph: a sentence, not a title or a lead-in


def _value(numeral: str) -> int:
    total = 0
    for i, ch in enumerate(numeral):
        value = _VALUES[ch]
        if i + 1 < len(numeral) and _VALUES[numeral[i + 1]] > value:
            total -= value
        else:
            total += value
    return total


def _blank(texts: list[str], index: int) -> bool:
    return not (0 <= index < len(texts)) or not texts[index].strip()


def _opens_prose(texts: list[str], index: int) -> bool:
    for raw in texts[index + 1 : index + 4]:
        if raw.strip():
            return len(raw.split(None, PROSE_WORDS)) > PROSE_WORDS
    return False


def section_numerals(texts: list[str]) -> set[int]:
    """Indices of the lines that are a run's section numerals ("I.", "II.", ... each alone
    between blank lines, in order from "I.", each over prose); empty when the text has no
    such run of two, or when one numeral of the run heads a title or a short line."""
    found: list[int] = []
    expected = 1
    for i, raw in enumerate(texts):
        if not raw or len(raw) > MAX_LINE:
            continue
        match = _NUMERAL.fullmatch(raw.strip())
        if match is None or not (_blank(texts, i - 1) and _blank(texts, i + 1)):
            continue
        if _value(raw.strip()[:-1]) != expected:
            continue
        found.append(i)
        expected += 1
    if len(found) < 2 or not all(_opens_prose(texts, i) for i in found):
        return set()
    return set(found)


def numeral_blocks(texts: list[str]) -> list[int]:
    """Indices, among paragraph texts, of a run's section numerals: "I.", "II.", ... each
    a paragraph of its own, in order from "I."; empty when fewer than two."""
    found: list[int] = []
    for i, text in enumerate(texts):
        if len(text) > MAX_LINE or _NUMERAL.fullmatch(text.strip()) is None:
            continue
        if _value(text.strip()[:-1]) == len(found) + 1:
            found.append(i)
    return found if len(found) >= 2 else []

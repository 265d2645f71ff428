"""The ordinal a paragraph label stands for: "3." -> 3, "(c)" -> 3, "iv." -> 4, "б)" -> 2.

Separate from the label patterns (``patterns``), which find a label at a line's start:
this reads a found label's value, which the tree and the sequence rules compare ("(e)"
after "(d)", a list restarting at 1). ``patterns`` re-exports the names its importers read.
"""

from __future__ import annotations

import re
import unicodedata

# A lower-case Roman numeral up to 39 (the label patterns build on it too).
ROMAN = r"(?:x{0,3})(?:ix|iv|v?i{0,3})"


# The letters Russian acts count sub-points with ("а)" to "я)"): the alphabet less
# "ё", "й" and the signs and "ы", which no list uses.
_CYRILLIC_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"


def label_number(label: str) -> int | None:
    """The ordinal a label stands for ("3." -> 3, "(c)" -> 3, "iv." -> 4), if it has one."""
    if label[-1:] == "." and label[:-1].isdecimal():
        return int(label[:-1])  # (the commonest label, "12.", with no copy or strip)
    core = label.replace("\\", "").strip("().[] \t-")  # (a Markdown escape: "1\."; "21 -")
    if not core:
        return None
    # (isdecimal, not isdigit: "①" and "²" are digits int() cannot read; a circled
    # number stands for its value.)
    if core.isdecimal():
        return int(core)
    if len(core) == 1 and core.isdigit():
        return int(unicodedata.digit(core, 0)) or None
    if "." in core and all(part.isdecimal() for part in core.split(".") if part):
        return int([p for p in core.split(".") if p][-1])
    if re.fullmatch(ROMAN, core) and core:
        return _roman_value(core)
    if len(core) == 1 and core.isalpha() and core.isascii():
        return ord(core.lower()) - ord("a") + 1
    if len(core) == 1 and core in "가나다라마바사아자차카타파하":
        return "가나다라마바사아자차카타파하".index(core) + 1
    if len(core) == 1 and core in _CYRILLIC_LETTERS:
        return _CYRILLIC_LETTERS.index(core) + 1
    if len(core) == 2 and core[0] == core[1] and core.isascii() and core.isalpha():
        return ord(core[0].lower()) - ord("a") + 1  # "bb)" is the second of "aa)", "bb)"
    return None


def roman_value(text: str) -> int:
    """The value of a lower-case roman numeral ("iv" -> 4)."""
    return _roman_value(text)


def _roman_value(text: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for a, b in zip(text, [*text[1:], ""], strict=True):
        value = values[a]
        total += -value if b and values[b] > value else value
    return total

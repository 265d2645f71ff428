"""Lettered and Roman-numbered section headings over numbered paragraphs.

Minutes and statements of central banks and ministries (the Copom's "atas", Banxico's
"minutas", communiqués in French or Italian) set their numbered paragraphs 1., 2., 3. ...
under sections printed as "A) Atualização da conjuntura econômica" or "II. Decisión de
política monetaria": a capital letter or a Roman numeral, then a title that ends with no
full stop. Copied without blank lines (a PDF's text, a pasted page), the section's line
sits straight over paragraph 1's, and a paragraph's number under a line with no closing
punctuation otherwise reads as a figure the wrap carried ("... rose to\\n74. ...").
A heading's line is no sentence the figure could continue: the number opens a paragraph.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.ingest.patterns import CAPS_WORDS, LabelMatch
from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

# "A) Title", "B. Title", "IV. Title", "II) Title": a letter or numeral, then a capital.
_SECTION_LINE = lazy(r"^(?:[A-H]|[IVX]{1,4})[.)]\s+[A-ZÀ-Ý]")
MAX_SECTION_CHARS = 120  # a section's title; a longer line is a paragraph's


def is_section_line(line: str) -> bool:
    """``line`` is a whole lettered or Roman-numbered section heading: its label, a
    capitalised title, and no sentence's end (a heading closes on a word)."""
    line = line.strip()
    return (
        len(line) <= MAX_SECTION_CHARS
        and bool(_SECTION_LINE.match(line))
        and line[-1:].isalnum()
        and "  " not in line  # (a table's row laid out in columns)
    )


# "J. Erased persons", "K. Children and youth": a letter past H, then a capitalised title.
# ``patterns`` reads letters only up to H as labels, as later ones are more often a
# person's initial ("J. Smith", "M. Dupont"); the series the document already runs
# tells the two apart.
# (An agenda's items in capitals, "J. PLANNING COMMISSION ITEMS", continue theirs too.)
_LATE_LETTER = re.compile(rf"^([I-Z])\.[ \t]+(?=[A-ZÀ-Ý][a-zà-ÿ]|{CAPS_WORDS})")
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_CAPS_BODY = lazy(CAPS_WORDS)


def drop_lone_capitals_letters(blocks: list[Block]) -> None:
    """Unlabel "E." read in capitals ("E. COLI OUTBREAK LINKED TO LETTUCE", "C. DIFF
    CASES FALL") where no series holds it: ``patterns`` reads a letter over words in
    capitals as an agenda's item ("B. PLEDGE TO FLAG"), but a headline in capitals opens
    with a genus or an initial as often. An item of a series is "A.", or follows the
    series' previous letter, or precedes its next one; a lone letter is a word."""
    lettered = [
        (i, _LETTERS.find(b.label.label[:1]))
        for i, b in enumerate(blocks)
        if b.label is not None and b.label.family == "ALPHA."
    ]
    for n, (i, letter) in enumerate(lettered):
        block = blocks[i]
        label = block.label
        if letter <= 0 or label is None or not _CAPS_BODY.match(block.text, label.body_offset):
            continue
        before = n > 0 and lettered[n - 1][1] == letter - 1
        after = n + 1 < len(lettered) and lettered[n + 1][1] == letter + 1
        if not (before or after):
            block.label = None


def continue_lettered_series(blocks: list[Block]) -> None:
    """Label "J." ... "Z." as lettered sections where they continue the document's
    series: a report that has run A. to I. goes on with J., K., L. (UN reports
    reach N. and past). A letter is taken only when the previous letter of the series
    was the last one seen, so an initial anywhere else stays text. "I." read as a Roman
    one after "H." is that letter too."""
    last = ""
    for block in blocks:
        label = block.label
        if label is not None:
            if label.family == "ALPHA.":
                last = label.label[:1]
            elif label.family == "ROMAN." and label.label == "I." and last == "H":
                # The letter after H, not Roman one: the section sits beside H., not
                # above it (a Roman part opens before its lettered sections).
                block.label = LabelMatch("I.", "ALPHA.", label.body_offset)
                last = "I"
            continue
        found = _LATE_LETTER.match(block.text)
        if found is None or not last or _LETTERS.find(found.group(1)) != _LETTERS.find(last) + 1:
            continue
        title = block.text[found.end() :].split("\n", 1)[0].strip()
        if len(title) > MAX_SECTION_CHARS or not title[-1:].isalnum() or "  " in title:
            continue  # a paragraph opening with an initial, a sentence, a table's row
        block.label = LabelMatch(f"{found.group(1)}.", "ALPHA.", found.end())
        last = found.group(1)


def long_section_line(blocks: list[Block], i: int) -> bool:
    """ "B. Recent Developments in the Foreign Exchange Market and Overseas Economic and
    Financial Conditions": a lettered or Roman section's title too long for the
    short-line test, printed as one line (a page copied as text, a paragraph a line)
    over its text. A paragraph so labelled ends with a full stop, or runs over lines;
    a title ends on a word and, here, has prose or a numbered paragraph under it."""
    block = blocks[i]
    if block.line_count != 1 or "\n" in block.text or not is_section_line(block.text):
        return False
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    if following is None or following.note_of is not None:
        return False
    return following.label is not None or (following.ends_sentence and following.word_count >= 8)

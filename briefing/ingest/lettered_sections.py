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

# "A) Title", "B. Title", "IV. Title", "II) Title": a letter or numeral, then a capital.
_SECTION_LINE = re.compile(r"^(?:[A-H]|[IVX]{1,4})[.)]\s+[A-ZÀ-Ý]")
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

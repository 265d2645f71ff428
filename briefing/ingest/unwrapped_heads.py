"""A hard-wrapped text's first line left unwrapped: its headline, not its first wrap.

Text pasted into a mail or a note is often a headline copied as one line (a web page's
heading, a mail's subject) over a body the editor wrapped at its measure, with no blank
line between them. A wrapped paragraph's lines never run past the measure, so a first
line far longer than the text's wrap width cannot be the first line of the paragraph
under it: it is a unit of its own, which the head's rules then read (title.py). A line
holding columns parted by a gap of spaces (a layout copy's "United Nations    A/RES/..."
head) is left alone: its length is the page's width, not a paragraph's; so is a text
wrapped narrower than any body's measure (a table's cells copied a cell a line).
"""

from __future__ import annotations

from briefing.ingest.text_fragments import COLUMN_GAP

BEYOND_MEASURE = 1.3  # of the wrap width: no wrapped line of the text runs this long
# A measure narrower than this is a table's cells or a narrow column, not a body's wrap.
MIN_WIDTH = 50


def unwrapped_first_line(line: str, width: int, under: str) -> bool:
    """Whether ``line``, the text's first line, stands alone above ``under``, the line
    below it, in text wrapped at ``width``."""
    text = line.strip()
    if width < MIN_WIDTH or len(text) < width * BEYOND_MEASURE or COLUMN_GAP in text:
        return False
    # (Not a clause going on, nor over a rule or a mark: the body's prose under it.)
    return text[-1:] not in ",;-–—" and under[:1].isalnum()

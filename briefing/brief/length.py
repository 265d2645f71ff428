"""Will the brief's body fit on two pages? A line count at the template's page metrics.

Counting words alone misleads: ten one-line key points take far more room than one
paragraph of the same words, because every paragraph ends its last line early and
adds spacing after it. So the estimate lays the body out in lines.

Figures, measured on ``resources/templates/briefing-note.docx`` (python-docx):

* A4, 210 × 297 mm, margins 20 mm left/right and 25 mm top/bottom: a text block
  170 mm wide and 247 mm (700 pt) high.
* Body text 11 pt (the template's default), single spacing, ~13.4 pt per line.
  700 pt would hold 52 lines; the classification marking at the top and bottom of
  every page (header and footer, ~2 lines each) and the footer's "Page X of Y" leave
  **46 lines** for the body: ``LINES_PER_PAGE``.
* 170 mm at 11 pt in a proportional font averages **~90 characters** per line
  (≈ 0.48 em per character including spaces): ``CHARS_PER_LINE``. That is ~14 words
  of English (6.3 characters per word with its space), ~12 once typical line-end
  waste is counted — the "2 × 46 lines × 12 words ≈ 1,100 words" rule of thumb.
* Paragraphs have 6 pt after them (≈ half a line); headings (12 pt bold, 14 pt
  before, 4 pt after) take ~2.5 lines.
* The To/From/Date/Subject/File block and the For information|decision line on the
  first page take ~9 lines: ``HEADER_LINES``.
"""

from __future__ import annotations

import math

PAGES = 2
LINES_PER_PAGE = 46
CHARS_PER_LINE = 90
PARAGRAPH_GAP_LINES = 0.5
HEADING_LINES = 2.5
HEADER_LINES = 9
CAPACITY_LINES = PAGES * LINES_PER_PAGE - HEADER_LINES  # 83 lines of body
# A decision note's page 1 carries the decision block (Agreed / Not agreed / Noted /
# Please discuss, signature, date): ~6 lines the body no longer has.
DECISION_BLOCK_LINES = 6


def body_lines(paragraphs: list[tuple[str, bool]]) -> float:
    """Lines the body takes: ``(text, is_heading)`` per paragraph, in order."""
    lines = 0.0
    for text, heading in paragraphs:
        if heading:
            lines += HEADING_LINES
        elif text.strip():
            lines += math.ceil(len(" ".join(text.split())) / CHARS_PER_LINE)
            lines += PARAGRAPH_GAP_LINES
    return lines


def fits_two_pages(
    paragraphs: list[tuple[str, bool]], decision: bool = False
) -> tuple[bool, float]:
    """``(fits, pages)``: whether the body fits, and the estimated pages it fills.

    ``decision``: the note carries a decision block, which takes its lines on page 1.
    """
    lines = body_lines(paragraphs) + HEADER_LINES + (DECISION_BLOCK_LINES if decision else 0)
    return lines <= PAGES * LINES_PER_PAGE, lines / LINES_PER_PAGE

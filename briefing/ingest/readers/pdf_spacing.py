"""Does this PDF set its paragraphs apart with space? Asked of the document itself.

Word processors and typesetters either indent a paragraph's first line or leave space
above it (space-before/after, a blank line). Which one a document does shows in its own
clear paragraph ends: lines of body type that end a sentence well short of the right
margin, with a capital opening the line under them. When nearly all of those are
followed by a gap wider than the line pitch, the document spaces its paragraphs, and a
line set at the plain pitch under another is that paragraph's next line (a wrap or a
line broken by hand: "... alsmede het College Bescherming" / "Persoonsgegevens. ..."),
not a new paragraph, whatever the width the line before leaves. Each document is asked
on its own, so no site or measure is assumed.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Protocol

from briefing.ingest.readers.pdf_lines import PdfLine
from briefing.lazyre import lazy

# A sentence end at the line's end (with a closing quote or bracket after it); no colon:
# a lead-in goes on (pdf_paragraphs reads it too).
SENTENCE_END = lazy(r"[.!?][\"'”’)\]]?$")
# A gap this many line pitches wide is paragraph space (pdf_paragraphs._EXTRA_SPACE).
_WIDE = 1.3
# Clear paragraph ends the document must show before it is trusted, and the share of
# them that must carry space: one or two unspaced ends (a signature, a list's last item
# over the next one) do not change how the document sets its paragraphs.
_MIN_ENDS = 2
_SPACED_SHARE = 0.85


class _Margins(Protocol):
    right: float
    width: float


def spaces_paragraphs(
    pages: list[list[PdfLine]],
    size: float,
    margins: Callable[[PdfLine], _Margins | None],
    step: Callable[[PdfLine], float],
) -> bool:
    """Nearly every clear paragraph end of the body (``size``: the body's) is followed
    by a gap wider than the line pitch (``step`` of a line, ``margins`` of its column)."""
    spaced = ends = 0
    for page in pages:
        for prev, line in itertools.pairwise(page):
            if not _clear_end(prev, line, size, margins(prev)):
                continue
            ends += 1
            if prev.y - line.y > _WIDE * step(prev):
                spaced += 1
    return ends >= _MIN_ENDS and spaced >= _SPACED_SHARE * ends


def _clear_end(prev: PdfLine, line: PdfLine, size: float, page: _Margins | None) -> bool:
    """``prev`` ends a sentence of body type far short of the margin and ``line``, on
    the same page and column, opens with a capital: a paragraph's last line."""
    if page is None or prev.page != line.page or prev.column != line.column:
        return False
    if prev.table or line.table or prev.shared or line.shared:
        return False
    if abs(prev.size - size) > 0.6 or abs(line.size - size) > 0.6 or prev.bold or line.bold:
        return False
    if not SENTENCE_END.search(prev.text) or not line.text[:1].isupper():
        return False
    if prev.y - line.y <= 0:
        return False
    return prev.x1 < page.right - max(4 * prev.size, 0.12 * page.width)

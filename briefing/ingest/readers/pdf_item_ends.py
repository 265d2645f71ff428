"""An enumeration's items printed one a line end on their semicolons (session 42).

Offices print an unlabelled enumeration under a lead-in one item a line, each item in
lower case and closed by a semicolon, the last by a full stop ("... as follows:" /
"the composition of the council;" / "the term of office of its members;" / ...). The
PDF reader's paragraph rules run a line opening in lower case on into the line above,
since in prose that is a sentence going on, so such a list came out as one paragraph.

The page shows which it is. A word processor fills a line greedily, so a line closing
on a semicolon that still had room for the next line's first word was ended by hand:
an item ended there. Where one such line is found in a paragraph, the paragraph is a
list, and its other lines closing on a semicolon over a line in lower case end items
too, though their text happened to fill the measure. Prose wraps past its semicolons
wherever the measure falls and gives no hand-ended one, so it is left whole. Seen in
Senegal's organic laws and the Eurasian Economic Commission's procedures (PDF).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefing.ingest.readers.pdf_lines import PdfLine
from briefing.ingest.semicolon_items import closes_on_semicolon


def _item_end(prev: PdfLine, line: PdfLine) -> bool:
    return closes_on_semicolon(prev.text, line.text) and abs(prev.size - line.size) <= 0.6


def item_cuts(
    lines: Sequence[PdfLine],
    room: Callable[[PdfLine, PdfLine], bool],
    after: PdfLine | None = None,
    before: PdfLine | None = None,
) -> list[int]:
    """Where the paragraph of ``lines`` breaks into items: the indices of lines opening
    an item after a line closing on a semicolon, when at least one such line had
    ``room(prev, line)`` for the next line's first word; so does the paragraph's last
    line over ``after``, the next paragraph's first line, and ``before``, the last
    line of the paragraph above, over this one's first (the reader already set those
    apart: the list runs on over them); else none."""
    cuts = [j for j in range(1, len(lines)) if _item_end(lines[j - 1], lines[j])]
    if not cuts:
        return []
    pairs = [(lines[j - 1], lines[j]) for j in cuts]
    if after is not None and _item_end(lines[-1], after):
        pairs.append((lines[-1], after))
    if before is not None and _item_end(before, lines[0]):
        pairs.append((before, lines[0]))
    if any(room(prev, line) for prev, line in pairs):
        return cuts
    return []

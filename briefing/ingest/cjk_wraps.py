"""Hard-wrapped Chinese, Japanese and Korean text: a full line runs on to the next.

A PDF's Chinese, Japanese or Korean page copied as text (a parliament's record, a
ministry's transcript, minutes) keeps the page's line breaks. Its full lines are all as
wide on the page, but not as long in characters: a CJK character is as wide as two
letters or digits, and the extractor puts spaces round figures and brackets
("於 2001年", "(俗稱 “...”)"). Counted in characters the full lines spread too widely to
be told from a page copied one paragraph a line, and every line became a paragraph.
Counted in display cells (a wide character two, anything else one), they cluster within a
few cells of one measure, and a line that fills most of it with no blank line under it
is a wrap of the paragraph going on below (unless the next line opens a unit of its own:
a label, a speaker's label).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from briefing.lazyre import lazy

# East Asian wide and full-width characters: CJK ideographs and punctuation, kana,
# hangul, full-width forms.
_WIDE = lazy(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)
MIN_CELLS = 30  # a line shorter than this says nothing of the measure
SPREAD = 1.05  # full lines lie within 5 % of the measure
FULL = 0.8  # of the measure: a line this wide ran to the margin (an item's hanging lines too)
SENTENCE_FULL = 0.95  # a line closing a sentence ran to the margin only if this wide
_SENTENCE_END = tuple("。！？：；」』）”")
MIN_MEASURED_LINES = 6  # fewer long lines show no measure
MEASURE_RANK = 0.8  # the measure: the width 4 in 5 long lines stay within (not the widest,
# which may be a table's row or a line run into the margin)


def cells(text: str) -> int:
    """The display width of ``text``: a wide character counts two cells."""
    return len(text) + len(_WIDE.findall(text))


def unspaced_wrap(before: str, after: str) -> bool:
    """Whether a wrap between the characters ``before`` and ``after`` joins without a
    space: CJK script sets no space between words, so a line broken between two wide
    characters ("...配" / "偶為...") is mended by removing the break, not spacing it."""
    return bool(before and after and _WIDE.match(before) and _WIDE.match(after))


def full_measure(texts: list[str]) -> int:
    """The cells a full line of hard-wrapped CJK text fills, or 0 when its lines do not
    cluster at one measure (a page copied one paragraph a line, a table)."""
    widths = sorted(w for w in map(cells, map(str.strip, texts)) if w >= MIN_CELLS)
    if len(widths) < MIN_MEASURED_LINES:
        return 0
    measure = widths[int(len(widths) * MEASURE_RANK)]
    tight = bisect_right(widths, measure * SPREAD) - bisect_left(widths, measure / SPREAD)
    return measure if tight >= max(4, len(widths) // 4) else 0


def wraps(prev: str, measure: int) -> bool:
    """Whether ``prev`` filled its line, so that the paragraph goes on under it: most of
    the measure, or all of it when the line closes a sentence (a short paragraph's last
    line may end just short of the margin)."""
    width = cells(prev.strip())
    if prev.rstrip().endswith(_SENTENCE_END):
        return width >= measure * SENTENCE_FULL
    return width >= measure * FULL

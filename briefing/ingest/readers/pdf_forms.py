"""Forms of a laid-out PDF: a column of labels beside a column of values, read a row
at a time.

Minutes and notes open with such a block, set without rules: "Date:" | "July 30-31",
"Place:" | "Headquarters ...", "Copom Members" | one name a line, "Department Heads in"
/ "charge of technical" / "presentations:" | one head a line. Read line by line, each
label's words are mixed into the values printed on its baseline ("Starting and ending
July 30: 10:06 am" / "times: July 31: ..."), and every value line becomes a paragraph.
A row is a label (wrapped over its lines) with all the values beside and under it, as
the DOCX and HTML readers give a table row: "label | values".
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.ingest.readers.pdf_lines import LABEL, PdfLine

_MIN_LINES = 4  # a form holds a few rows; two lines side by side are a masthead
_MAX_LABEL_WORDS = 6  # a label names a field ("Starting and ending"), it says nothing
# A list's own numbers, bare or pointed: "a.", "1", "(2)", "iv", "B".
_LETTER_LABEL = re.compile(r"\(?(?:[a-zA-Z]|\d{1,3}|[ivxlcIVXLC]{1,6})[.)]?")
# The label column is narrow: its edge lies in the first part of the measure. A value
# edge near the middle is a second column of text, a gutter (read by pdf_columns).
_MAX_LABEL_SHARE = 0.4


def form_rows(page: list[PdfLine]) -> list[PdfLine]:
    """The page's lines with each label-and-value block replaced by one line a row."""
    # Blocks on one baseline (a label set far from its value reads as two) go together.
    groups: list[list[PdfLine]] = []
    for line in page:
        same = groups and groups[-1][0].row == line.row and groups[-1][0].page == line.page
        if same and not line.table and not groups[-1][0].table:
            groups[-1].append(line)
        else:
            groups.append([line])
    merged = [group[0] if len(group) == 1 else _merged(group) for group in groups]
    x = _value_edge(merged)
    text = [line for line in merged if len(line.text) >= 20] or merged
    left = min(line.x0 for line in text) if text else 0.0
    right = max(line.x1 for line in text) if text else 0.0
    if x is None or x - left > _MAX_LABEL_SHARE * (right - left):
        return page
    kinds = [_kind(line, x) for line in merged]
    out: list[PdfLine] = []
    i = 0
    while i < len(merged):
        j = i
        while j < len(merged) and kinds[j] and (j == i or merged[j].page == merged[j - 1].page):
            j += 1
        run = kinds[i:j]
        if j - i >= _MIN_LINES and run.count("LV") >= 2 and "V" in run and run[0] != "V":
            out.extend(_rows(merged[i:j], run, x))
            i = j
        else:
            out.extend(groups[i])
            i += 1
    return out


def _merged(group: list[PdfLine]) -> PdfLine:
    pieces = sorted((p for line in group for p in line.pieces), key=lambda p: p.x0)
    first = group[0]
    return PdfLine(pieces, first.page, first.row, shared=True, column=first.column)


def _value_edge(page: list[PdfLine]) -> float | None:
    """The left edge of the value column: where several lines start and several others,
    opening with a label, jump to after a gap wider than a word space."""
    starts = Counter(round(line.x0) for line in page if not line.table)
    jumps = Counter(round(p.x0) for line in page if not line.table for p in _jumps(line))
    for x, count in jumps.most_common(3):
        if count >= 2 and sum(starts[x + d] for d in (-1, 0, 1)) >= 2:
            return float(x)
    return None


def _jumps(line: PdfLine) -> list:
    """Pieces of ``line`` set after a gap wider than a word space (a column's edge)."""
    out = []
    for before, piece in zip(line.pieces, line.pieces[1:], strict=False):
        if piece.x0 - before.x1 >= 0.8 * line.size and not piece.sup:
            out.append(piece)
    return out


def _label_ok(text: str) -> bool:
    words = text.split()
    if not words or len(words) > _MAX_LABEL_WORDS or not any(c.isalpha() for c in text):
        return False
    # A list label beside its text is a hanging paragraph, not a form's field.
    return not (LABEL.fullmatch(words[0]) or _LETTER_LABEL.fullmatch(words[0]))


def _kind(line: PdfLine, x: float) -> str:
    """ "V": a value line starting at the column's edge; "LV": a label with a value on
    its baseline; "L": a label alone; "" for any other line."""
    if line.table:
        return ""
    if abs(line.x0 - x) <= 1.5:
        return "V"
    if line.x1 < x - 3 and _label_ok(line.text):
        return "L"
    value = [p for p in _jumps(line) if abs(p.x0 - x) <= 1.5]
    if line.x0 < x - 10 and value:
        label = [p for p in line.pieces if p.x1 <= value[0].x0 - 0.5 * line.size]
        if label and _label_ok(" ".join(p.text for p in label)):
            return "LV"
    return ""


def _rows(lines: list[PdfLine], kinds: list[str], x: float) -> list[PdfLine]:
    rows: list[tuple[list, list]] = []  # (label pieces, value pieces) by line
    previous = ""
    for line, kind in zip(lines, kinds, strict=True):
        label = [p for p in line.pieces if p.x1 < x - 1.5] if kind != "V" else []
        value = [p for p in line.pieces if p.x1 >= x - 1.5]
        # A new row: a label after values, or after a label that is complete (its colon).
        new = label and (not rows or previous == "V" or _label_text(rows[-1]).endswith(":"))
        if new or not rows:
            rows.append(([], []))
        rows[-1][0].append(label)
        rows[-1][1].append(value)
        previous = kind
    out = []
    for labels, values in rows:
        label = " ".join(_text(part, lines) for part in labels if part)
        value = " ".join(_text(part, lines) for part in values if part)
        pieces = [p for part in [*labels, *values] for p in part]
        pieces.sort(key=lambda p: (-p.y, p.x0))
        first = next(line for line in lines if any(p in line.pieces for p in pieces))
        row = PdfLine(pieces, first.page, first.row, column=first.column)
        row.y, row.size, row.x0 = first.y, first.size, first.x0
        row.text = " | ".join(text for text in (label, value) if text)
        row.table = True
        out.append(row)
    return out


def _label_text(row: tuple[list, list]) -> str:
    return " ".join(p.text for part in row[0] for p in part).strip()


def _text(pieces: list, lines: list[PdfLine]) -> str:
    line = next(line for line in lines if pieces[0] in line.pieces)
    return PdfLine(pieces, line.page, line.row, column=line.column).text

"""Tables in text laid out like its page (``pdftotext -layout``, a viewer's copy with layout).

Such text keeps a table's columns as runs of spaces, one printed line a text line:

    Estimated appropriation for 2026                      56 234 300       51 375 900
    Recommendations of the Advisory Committee on
    Administrative and Budgetary Questions                   (107 700)        (107 700)
    CEDAW          2007     Oct. 2008     Combined fifth and sixth reports due in
                                                                            2013

A row is a unit of its own: its first cell may wrap over lines set at the row's own
column (the figures sit on the last of them), and a later cell may wrap onto lines set
far to the right, under that cell; a line back at the row's column starts the next row.
Prose has such gaps only when a typewriter justified it, and then evenly
(justified_lines); uneven gaps are the table's.
"""

from __future__ import annotations

from bisect import bisect_left

from briefing.ingest.justified_lines import justified_prose
from briefing.ingest.patterns import match_label
from briefing.lazyre import lazy

CELL_GAP = 3  # spaces: a column gap; a justified line of prose spreads one or two
_GAP = lazy(r" {3,}")
# A cell of figures: amounts, "(107 700)", "12.5%", "$1,200", a dash for nil, a range
# of amounts ("2250-2430": a salary scale's band).
_FIGURE_CELL = lazy(r"[-–—]|[(]?[-–—]?[$€£]?\d[\d ,.]*(?:[-–]\d[\d ,.]*)?%?[)]?(?: ?[a-z])?")
# A paragraph's label set apart from its text by a wide gap ("1.    Takes note ..."): the
# gap follows the label, it parts no cells.
_LABEL_CELL = lazy(r"\(?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxlcIVXLC]{1,6})[.)]|[•●▪◦–-]")


def _cells(raw: str) -> list[tuple[int, str]]:
    """The cells of a laid-out line: (column where the cell starts, its text)."""
    cells: list[tuple[int, str]] = []
    start = len(raw) - len(raw.lstrip())
    for gap in _GAP.finditer(raw, start):
        if gap.start() > start:
            cells.append((start, raw[start : gap.start()]))
        start = gap.end()
    if start < len(raw):
        cells.append((start, raw[start:].rstrip()))
    if cells and _LABEL_CELL.fullmatch(cells[0][1]):
        cells = cells[1:]  # a label's gap, not a column's
    return cells


def is_layout_row(raw: str) -> bool:
    """A table row laid out in columns: three cells or more, or a label and its figures
    ("Appropriation for 2026     56 126 600     51 268 200"). Two cells of words are
    left alone: a cover's masthead prints "General Assembly     Distr.: Limited"."""
    bare = raw.strip()
    if "   " not in bare or bare[:1] in ("|", "+") or "\t" in bare:
        return False  # (most lines: C scans; tab-separated and drawn tables are text_fragments')
    if justified_prose(bare):
        return False  # a typed line of prose spread to the margin (justified_lines)
    cells = _cells(raw.rstrip())
    if len(cells) >= 3:
        return True
    return len(cells) == 2 and bool(_FIGURE_CELL.fullmatch(cells[1][1]))


_DIGIT_RUN = lazy(r"\d+")
_MONTHS = frozenset(
    "January February March April May June July August September October November December".split()
)
FIGURE_ROW_CELLS = 3  # figures in a line that make it a table's row ("Total 356 316 310")
FIGURE_ROW_SHARE = 0.4  # ... and the share of its words they are


def figures_row(text: str) -> bool:
    """A line of a table's figures ("Total   356   316   356   (46)", "International 12.5
    8.3 12.5 20.8"): three figures or more, making up a good share of its words, on one of
    its lines. A heading names what follows in words; it never sets out a row of amounts
    (a year or a section's number is one figure, or two)."""
    if len(_DIGIT_RUN.findall(text)) < FIGURE_ROW_CELLS:
        return False  # (most lines: a C scan first)
    for line in text.splitlines():
        words = line.split()
        # (A date's day and year are no cells: "from 1 July 2024 to 30 June 2025".)
        figures = sum(
            1
            for k, w in enumerate(words)
            if _FIGURE_CELL.fullmatch(w)
            and not (k + 1 < len(words) and words[k + 1] in _MONTHS)
            and not (k > 0 and words[k - 1] in _MONTHS)
        )
        if figures >= FIGURE_ROW_CELLS and figures >= len(words) * FIGURE_ROW_SHARE:
            return True
    return False


ROW_REACH = 6  # lines: a table's rows follow each other, a wrapped cell or two apart


def layout_rows(texts: list[str]) -> list[int]:
    """Indices of the lines that are table rows laid out in columns, in order. A table
    has rows: a lone line with gaps (a site's menu copied as one line) is no table."""
    if "   " not in "\n".join(texts):
        return []  # (most texts: one C scan, no loop over the lines)
    found = [i for i, raw in enumerate(texts) if "   " in raw and is_layout_row(raw)]
    rows = [
        i
        for k, i in enumerate(found)
        if (k > 0 and i - found[k - 1] <= ROW_REACH)
        or (k + 1 < len(found) and found[k + 1] - i <= ROW_REACH)
    ]
    if len(rows) < 2:
        return rows
    marks = {i: _column_marks(texts[i]) for i in rows}
    taken = set(rows)
    return [
        i
        for k, i in enumerate(rows)
        if _in_columns(rows, k, marks) or not _spread_prose(texts, i, taken)
    ]


def _spread_prose(texts: list[str], i: int, rows: set[int]) -> bool:
    """Whether row line ``i``, sharing no columns with the rows near it, is a line of the
    prose around it spread to the margin: words in every cell, no figures, and no longer
    than a plain line beside it (the text's own measure). A page of two columns read
    across, two lines run together, is longer than the lines around it."""
    cells = _cells(texts[i].rstrip())
    if any(
        _FIGURE_CELL.fullmatch(text) or not any(ch.isalpha() for ch in text) for _, text in cells
    ):
        return False
    own = _indent(texts[i])
    starts = set()
    for start, text in cells[1:]:
        starts.add(start)
        starts.add(start + _LEAD.match(text).end())  # after "- " or ": a. ": the text
    for j in range(i - HANG_REACH, i + HANG_REACH + 1):
        if j == i or not 0 <= j < len(texts) or not texts[j].strip():
            continue
        hang = _indent(texts[j])
        if (
            j > i
            and hang > own + 1
            and any(abs(hang - start) <= COLUMN_SLACK for start in starts)
            and match_label(texts[j].strip()) is None
        ):
            # "Menimbang   : a.   bahwa ..." over lines set under "bahwa": a key and its
            # text in two columns, the text's lines wrapped at its own column (a numbered
            # paragraph's indented first line is no such line).
            return False
        if j not in rows and "   " in texts[j].strip() and not justified_prose(texts[j]):
            # A plain line beside it with a gap at one of its gaps: the page's columns
            # (two columns of prose read across), not one line spread.
            besides = {start for start, _ in _cells(texts[j].rstrip())[1:]}
            if any(abs(b - start) <= COLUMN_SLACK for b in besides for start in starts):
                return False
    measure = 0
    for j in (i - 2, i - 1, i + 1, i + 2):
        if 0 <= j < len(texts) and texts[j].strip() and j not in rows:
            measure = max(measure, len(texts[j].rstrip()))
    return 0 < len(texts[i].rstrip()) <= measure * MEASURE_SLACK


def _column_marks(raw: str) -> list[tuple[int, int]]:
    """Where the cells after a row's first cell start and end (its columns)."""
    cells = _cells(raw.rstrip())
    return [(start, start + len(text)) for start, text in cells[1:]]


def _in_columns(rows: list[int], k: int, marks: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether row ``rows[k]`` keeps the columns of a row near it: each of its later cells
    starts, ends or is centred where a cell of that row does. A table sets its cells in
    columns, so its rows share them; a line of prose spread to the margin (a typewriter's
    or a PDF's justification, double spaces typed between words) has its wide gaps
    wherever its words happen to fall, and shares no columns with the lines around it."""
    own = marks[rows[k]]
    if not own:
        return True
    i = rows[k]
    last = len(own) - 1
    for j in rows[max(0, k - ROW_NEIGHBOURS) : k + ROW_NEIGHBOURS + 1]:
        if j == i or abs(j - i) > ROW_REACH or not marks[j]:
            continue
        other = marks[j]
        # (Lines of prose all end at the right margin: there, a last cell's end is no
        # column of its own.)
        if all(
            any(_same_column(cell, them, n < last) for them in other) for n, cell in enumerate(own)
        ):
            return True
    return False


def _same_column(a: tuple[int, int], b: tuple[int, int], ends: bool = True) -> bool:
    return (
        abs(a[0] - b[0]) <= COLUMN_SLACK
        or (ends and abs(a[1] - b[1]) <= COLUMN_SLACK)
        or abs((a[0] + a[1]) - (b[0] + b[1])) <= 2 * COLUMN_SLACK + 1
    )


# A cell's lead before its words: a dash, a colon, a list letter ("- епископ", ": a.   bahwa").
_LEAD = lazy(r"(?:[-–—•:;,()]+ *|\(?[a-z0-9]{1,3}[.)] +)*")
HANG_REACH = 2  # lines above and below where a key's text column shows its wrapped lines
MEASURE_SLACK = 1.3  # a line spread by pdftotext -layout counts more spaces than a plain one
ROW_NEIGHBOURS = 3  # rows either side whose columns a row may share
COLUMN_SLACK = 1  # characters: a cell's edge set a column off by rounding (pdftotext)


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip())


def row_break(
    texts: list[str], rows: list[int], first: int, previous: int, index: int
) -> bool | None:
    """Whether line ``index`` goes on with the block of lines ``first``..``previous``
    (True), starts a unit of its own (False), or is not a table's affair (None).

    A row line ends a wrapped first cell set at its own column above it, else it starts
    a row; after a row, a line set right of the row's first cell carries a later cell's
    wrapped words, and any other line starts the next row (or the text after the table)."""
    at = bisect_left(rows, first)
    block_row = rows[at] if at < len(rows) and rows[at] <= previous else None
    raw = texts[index]
    here = bisect_left(rows, index, at)
    if here < len(rows) and rows[here] == index:
        if block_row is not None:
            return False  # the block is a row already: this is the next one
        # A first cell wrapped above its figures: set at the same column, no gap in it,
        # no sentence or lead-in ended ("Of which:" heads the rows, it is no cell).
        above = texts[previous]
        return (
            "   " not in above.strip()
            and abs(_indent(above) - _indent(raw)) <= 1
            and not above.rstrip().endswith((".", ":", ";"))
        )
    if block_row is None:
        return None
    cells = _cells(texts[block_row])
    if not cells:
        return None
    first_end = cells[0][0] + len(cells[0][1])
    if _indent(raw) > first_end + 1 or _wraps_below(texts, rows, cells, index):
        return True
    if raw.lstrip()[:1].islower() and not texts[previous].rstrip().endswith(_CLAUSE_ENDS):
        # A line of words opening in lower case under a line that ends no clause goes on
        # with that line's sentence: no table row, and no text after a table, opens in
        # lower case. (A line of prose spread to the margin with gaps, or a column of
        # prose beside another, is read as a row; its wrap is then no next row.)
        return None
    return False


_CLAUSE_ENDS = (".", ":", ";", "!", "?")


def _wraps_below(texts: list[str], rows: list[int], cells: list, index: int) -> bool:
    """Line ``index``, under a row, is the rest of the row's first cell wrapped below its
    figures ("Head of a regional office      2600" over "of the customs service"): set at the
    cell's column and inside it (ending before the next cell), going on in lower case,
    with no row right under it whose wrapped first cell it could open instead."""
    raw = texts[index].rstrip()
    bare = raw.strip()
    if len(cells) < 2 or "   " in bare or not next(filter(str.isalpha, bare), "").islower():
        return False  # (in lower case, "(customs post)" too: the cell's words go on)
    if abs(_indent(raw) - cells[0][0]) > COLUMN_SLACK or len(raw) >= cells[1][0] - 1:
        return False
    after = index + 1
    return after >= len(texts) or not texts[after].strip() or after not in rows


# A table's note marker printed alone on its line: pdftotext sets the raised letter of
# "a See A/80/505." (or its "*", "†") on a line above the note's text.
_TABLE_MARK = lazy(r"[a-h]|\*{1,3}|[†‡]")
_INLINE_NOTE = lazy(r"([a-h]|\*{1,3}|[†‡])\s+([A-Z(].{2,})")
TABLE_NOTE_REACH = 40  # lines: a table's notes are printed right under it
NOTE_TEXT_REACH = 2  # lines (blank ones) between a raised marker and its note's text


def link_table_notes(lines: list) -> list[int]:
    """A note printed under a table laid out in columns ("a" alone on its line, then
    "See A/80/505."): a note of the row whose first cell carries that marker
    ("Estimated appropriation for 2026 a     56 234 300"). Tables mark their notes with
    letters (numbers are the page's notes) and print them right under the table, so a
    lone letter there, with text under it, is a marker, never content. The marker line is
    emptied and the note gets ``style="footnote"``, the marker as label, and the row's
    index as ``note_of`` (segment links the blocks). Returns the table rows' indices."""
    texts = [line.text for line in lines]
    rows = layout_rows(texts)
    if not rows:
        return rows
    for i, raw in enumerate(texts):
        mark = raw.strip()
        if lines[i].style or not mark or i < rows[0]:
            continue
        before = bisect_left(rows, i)
        if before == 0 or i - rows[before - 1] > TABLE_NOTE_REACH:
            continue
        inline = _INLINE_NOTE.fullmatch(mark) if len(mark) > 3 else None
        if inline is not None:
            # "a   See A/80/505." on one line: the marker and its note's text.
            holder = _marked_row(texts, rows[:before], inline.group(1))
            if holder is not None:
                lines[i] = type(lines[i])(
                    inline.group(2), style="footnote", label=inline.group(1), note_of=holder
                )
            continue
        if len(mark) > 3 or not _TABLE_MARK.fullmatch(mark):
            continue
        j = i + 1
        while j < len(texts) and not texts[j].strip() and j - i <= NOTE_TEXT_REACH:
            j += 1
        if j >= len(texts) or not texts[j].strip() or _TABLE_MARK.fullmatch(texts[j].strip()):
            continue
        holder = _marked_row(texts, rows[:before], mark)
        if holder is None:
            continue
        note = lines[j]
        lines[j] = type(note)(note.text.strip(), style="footnote", label=mark, note_of=holder)
        lines[i] = type(lines[i])("")
    return rows


def _marked_row(texts: list[str], rows: list[int], mark: str) -> int | None:
    """The nearest row above whose first cell ends on ``mark`` (the rows of one table:
    a row's first cell may wrap onto the line above its figures)."""
    for k in reversed(rows[-TABLE_NOTE_REACH:]):
        cells = _cells(texts[k])
        if cells and cells[0][1].endswith(f" {mark}"):
            return k
    return None


ROW_MAX_LINES = 6  # lines of one row whose cells wrap (a longer block is no single row)
COLUMN_GUTTER = 2  # blank characters between two columns of a row's lines


def read_row(raws: list[str]) -> str | None:
    """A table row whose cells wrap over its lines, read cell by cell: each cell whole,
    its lines top to bottom, then the cell to its right ("Kind of fuel   Old price per
    litre" over "(EXD)" under the price's column is "Kind of fuel   Old price per litre
    (EXD)"). The page prints a wrapped cell's lines under each other inside its column, so
    reading the lines across puts a later cell's words before the end of an earlier one;
    read down each column, every word keeps its place in its cell. None when the lines
    are no single row (two of them carry figures: two rows) or reading down changes
    nothing. ``raws`` keep their indentation (the columns)."""
    if not 2 <= len(raws) <= ROW_MAX_LINES:
        return None
    spans: list[tuple[int, int, int, str]] = []  # (start, end, line, text)
    figure_lines = 0
    for n, raw in enumerate(raws):
        raw = raw.rstrip()
        pos = len(raw) - len(raw.lstrip())
        figures = False
        for gap in [*_GAP.finditer(raw, pos), None]:
            end = gap.start() if gap is not None else len(raw)
            if end > pos:
                spans.append((pos, end, n, raw[pos:end]))
                figures = figures or bool(_FIGURE_CELL.fullmatch(raw[pos:end]))
            if gap is not None:
                pos = gap.end()
        figure_lines += figures
    if figure_lines > 1:
        return None
    spans.sort()
    columns: list[list] = []  # [start, end, spans]
    for span in spans:
        if columns and span[0] <= columns[-1][1] + COLUMN_GUTTER:
            columns[-1][1] = max(columns[-1][1], span[1])
            columns[-1][2].append(span)
        else:
            columns.append([span[0], span[1], [span]])
    if len(columns) < 2 or any(span[3].endswith(":") for span in columns[0][2]):
        # (A key and its value, "Contractor:   Example Ltd ...": a form's field, whose
        # value wraps as prose under its own start, is no row of cells.)
        return None
    for column in columns:
        held = sorted({s[2] for s in column[2]})
        if held[-1] - held[0] + 1 != len(held):
            return None  # a cell's lines follow each other: a column with a hole is no cell
    cells = [" ".join(s[3] for s in sorted(c[2], key=lambda s: (s[2], s[0]))) for c in columns]
    across = [s[3] for s in sorted(spans, key=lambda s: (s[2], s[0]))]
    if " ".join(cells).split() == " ".join(across).split():
        return None  # (a first cell wrapped above its figures: already in order)
    return "   ".join(cells)

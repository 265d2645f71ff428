"""Pieces of a page -> printed lines in reading order, superscripts kept in their line."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from briefing.ingest.readers.pdf_bidi import logical_order, starts_rtl
from briefing.ingest.readers.pdf_chars import Piece
from briefing.ingest.readers.pdf_tracking import merge_tracked

# A list label alone: "12.", "(a)", "b)", "iv.", "IV.", "•".
LABEL = re.compile(
    r"(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]{1,2}\)|\(?[ivxlc]{1,6}[.)]|[IVXLC]{1,6}\.|[A-Z]\.|[•▪◦·\-–—*])"
)

_LETTER = re.compile(r"[a-z]\.")

# A numbered item's name opening a row: "1. Date of meeting", "(b) Place".
_ITEM_ROW = re.compile(r"(?:\d{1,2}\.|\(?[a-z]\)|\(\d{1,2}\))\s+[A-Z][a-z]")

# A note marker: some producers raise it without setting it smaller ("plan¹" in the
# body's size, moved up by a text rise): raised above the line it is still a marker.
_MARKER = re.compile(r"\d{1,3}|[*†‡§]{1,3}")

# Pieces on one line share a baseline within this fraction of the font size.
_SAME_BASELINE = 0.25
# A superscript is smaller than its line and raised by less than this many line sizes.
_MAX_RAISE = 0.7
_SMALLER = 0.85
# A horizontal gap wider than this many font sizes separates two blocks set side by
# side (a masthead's left and right cells, a running head's symbol and its title):
# justified body text never spaces words that far apart.
_BLOCK_GAP = 2.5


@dataclass(slots=True)
class PdfLine:
    """One printed line (or one of several blocks sharing a baseline) of a page."""

    pieces: list[Piece]
    page: int
    row: int  # lines with the same row share a baseline
    y: float = 0.0
    size: float = 0.0
    x0: float = 0.0
    x1: float = 0.0
    text: str = ""
    bold: bool = False
    italic: bool = False
    barcode: bool = False
    markers: list[str] = field(default_factory=list)  # superscripts after the start
    shared: bool = False  # another block is set beside it on the same baseline
    column: int = 0  # 1 for the right column of a two-column page
    table: bool = False  # a table row, its cells joined "a | b" (pdf_tables)

    def __post_init__(self) -> None:
        main = [p for p in self.pieces if not p.sup] or self.pieces
        weights = Counter[float]()
        for p in main:
            weights[p.size] += len(p.text)
        self.size = weights.most_common(1)[0][0]
        self.y = min((p.y for p in main if p.size == self.size), default=main[0].y)
        self.x0 = self.pieces[0].x0
        self.x1 = max(p.x1 for p in self.pieces)
        letters = [p for p in main if any(c.isalnum() for c in p.text)] or main
        self.bold = all(p.bold for p in letters)
        self.italic = all(p.italic for p in letters)
        self.barcode = all(p.barcode for p in main)
        # Pieces stand left to right; Arabic or Hebrew is read right to left.
        self.text = logical_order(join_pieces(self.pieces))
        self.markers = [p.text for p in self.pieces[1:] if p.sup]

    @property
    def lead_sup(self) -> str:
        """A superscript that opens the line (a footnote's number at the page foot)."""
        first = self.pieces[0]
        return first.text if first.sup and len(self.pieces) > 1 else ""


def join_pieces(pieces: list[Piece]) -> str:
    out = [pieces[0].text]
    for before, piece in itertools.pairwise(pieces):
        gap = piece.x0 - before.x1
        small = min(before.size, piece.size)
        if _ordinal(before, piece) or _ordinal(before, piece, after=True):
            out.append(piece.text)  # "193" + raised "rd": one word, "193rd"
            continue
        # ``spaced``: PDFium gave a space before the piece in its text order, which is
        # the reading order: for a right-to-left letter the space stands on its right.
        if (
            gap > 0.15 * small
            or (piece.spaced and gap > -0.2 * small and not starts_rtl(piece.text))
            or (before.spaced and gap > -0.2 * small and starts_rtl(before.text))
            or (before.sup and not piece.sup)
        ):
            out.append(" ")
        out.append(piece.text)
    return "".join(out)


# An ordinal's suffix, raised after its number as word processors set it ("1st",
# "193rd", "2nd"; French "1er", "2e"; Spanish and Portuguese "1º", "1ª", "2o").
_ORDINAL = re.compile(r"st|nd|rd|th|er|re|e|ème|o|a|º|ª")


def _ordinal(before: Piece, piece: Piece, after: bool = False) -> bool:
    """``piece`` is a raised ordinal suffix glued to the number ``before`` (or, with
    ``after``, ``piece`` follows such a suffix with no space, as in "1st," or "2nd)").
    A note marker is a number or a sign, never letters, so a raised suffix after a
    digit is part of the word: "September 1 st" would read as two words."""
    gap = piece.x0 - before.x1
    close = gap <= 0.15 * min(before.size, piece.size)
    if after:
        return (
            before.sup
            and close
            and bool(_ORDINAL.fullmatch(before.text))
            and (not piece.text[:1].isalnum())
        )
    return (
        piece.sup
        and close
        and bool(_ORDINAL.fullmatch(piece.text))
        and before.text[-1:].isdigit()
        and not before.sup
    )


def page_lines(pieces: list[Piece], page: int) -> list[PdfLine]:
    """The page's lines top to bottom, blocks on one baseline left to right."""
    rows = _rows(pieces)
    rows = _attach_superscripts(rows)
    lines: list[PdfLine] = []
    for number, row in enumerate(rows):
        row.sort(key=lambda p: p.x0)
        row = merge_tracked(row)
        _mark_inline_superscripts(row)
        row = _slash_markers(row)
        blocks = _split_blocks(row)
        if len(blocks) > 1 and _ITEM_ROW.match(join_pieces(blocks[0])) and _cells(blocks[1:]):
            # "1. Date of meeting      12 May 2010": an item's name and its value set in
            # a column beside it (the outline of minutes, a numbered table row). The
            # number opens the row, so the row is one item: a masthead's cells never
            # start with a list number.
            blocks = [row]
        for block in blocks:
            lines.append(PdfLine(block, page, number, shared=len(blocks) > 1))
    return _run_in_labels(_stray_markers(lines))


# A run-in label naming what the paragraph answers: "Rec. 18", "Art. 5", "Para 12",
# "Recommendation 122.14".
_RUN_IN = re.compile(r"[A-Z][^\W\d_]{1,14}\.?\s?\d{1,4}(?:[.–-]\d{1,3})*[.:)]?")


_CAPTION = re.compile(r"(?:chart|figure|fig|table|graph|box|annex|map|panel)\b", re.I)


def _run_in_labels(lines: list[PdfLine]) -> list[PdfLine]:
    """A paragraph opening with a run-in label set a tab away ("Rec. 18      We consider
    that this recommendation ..."), its next line wrapping back to the margin left of
    the label: one line, not two cells. A replies-to-recommendations report prints its
    answers so. In a table the cell's text wraps under itself, not under the label, and
    a masthead's cells have no line filling the measure under them."""
    out: list[PdfLine] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if i + 2 < len(lines) and line.shared and _run_in_pair(line, lines[i + 1], lines[i + 2]):
            text = lines[i + 1]
            out.append(PdfLine([*line.pieces, *text.pieces], line.page, line.row))
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def _run_in_pair(label: PdfLine, text: PdfLine, below: PdfLine) -> bool:
    if text.row != label.row or below.row == label.row:
        return False
    if not _RUN_IN.fullmatch(label.text.strip()) or not text.text[:1].isupper():
        return False
    if _CAPTION.match(label.text) or LABEL.match(text.text.split()[0]) or label.bold:
        # "Chart 9" beside a numbered heading ("A.2.2. Economic activity"): a figure's
        # caption and a heading set on one baseline, not an answer's label.
        return False
    size = label.size
    if not 0 < label.y - below.y <= 2.0 * size:
        return False
    if below.shared:
        # A one-line answer ("Rec. 30      See recommendation 24.") over the next
        # labelled answer at the same left edge: a list of such paragraphs.
        return abs(below.x0 - label.x0) <= 1.5 and _RUN_IN.fullmatch(below.text.strip()) is not None
    wraps_left = below.x0 < label.x0 - 0.5 * size
    return wraps_left and below.x1 <= text.x1 + 1.5 * size


def _stray_markers(lines: list[PdfLine]) -> list[PdfLine]:
    """A raised marker read into the wrong line: on a two-column page a heading's
    marker ("options²") can sit closer to the baseline of the other column's line than
    to its own, and stands alone at the end of that row. A block of nothing but raised
    figures belongs to the line it is printed right after: the line whose end it
    touches and whose baseline lies just below it."""
    out = list(lines)
    for line in lines:
        if not all(p.sup and p.text.isdigit() for p in line.pieces) or len(line.pieces) > 2:
            continue
        mark = line.pieces[0]
        for i, other in enumerate(out):
            if other is line or other.row not in (line.row - 1, line.row + 1):
                continue
            touches = any(abs(mark.x0 - p.x1) <= 0.5 * other.size for p in other.pieces)
            if touches and 0 < mark.y - other.y <= _MAX_RAISE * other.size:
                pieces = sorted([*other.pieces, *line.pieces], key=lambda p: p.x0)
                out[i] = PdfLine(_slash_markers(pieces), other.page, other.row, shared=other.shared)
                out.remove(line)
                break
    return out


def _cells(blocks: list[list[Piece]]) -> bool:
    """Blocks beside an item's name that are its value: short, and none opening in lower
    case. On a two-column page the right column's line can share the baseline of a
    numbered heading in the left one ("1. Analysis of the teams" | "had decided to
    raise the rate by"): a column's line runs long or carries on a sentence, a value
    ("12 May 2010 (Wed), 9 AM", "Committee Meeting Room") does neither."""
    texts = [join_pieces(block) for block in blocks]
    return sum(len(t) for t in texts) <= 50 and not any(t[:1].islower() for t in texts)


def _rows(pieces: list[Piece]) -> list[list[Piece]]:
    ordered = sorted(pieces, key=lambda p: (-p.y, p.x0))
    rows: list[list[Piece]] = []
    anchor, anchor_size = 0.0, 0.0
    for piece in ordered:
        if rows and anchor - piece.y <= _SAME_BASELINE * max(piece.size, anchor_size):
            rows[-1].append(piece)
        else:
            rows.append([piece])
            anchor, anchor_size = piece.y, piece.size
    return rows


def _main_size(row: list[Piece]) -> float:
    weights = Counter[float]()
    for p in row:
        weights[p.size] += len(p.text)
    return weights.most_common(1)[0][0]


def _attach_superscripts(rows: list[list[Piece]]) -> list[list[Piece]]:
    """Merge a row of small raised pieces into the row just below it (a marker like
    "system,¹" or a note's number is set smaller and above the baseline)."""
    out: list[list[Piece]] = []
    for i, row in enumerate(rows):
        below = rows[i + 1] if i + 1 < len(rows) else None
        if below is not None:
            size = _main_size(below)
            base = max(p.y for p in below if p.size == size)
            lo = min(p.x0 for p in below) - 2 * size
            hi = max(p.x1 for p in below) + 2 * size
            if all(
                (p.size < _SMALLER * size or (p.size <= size and _MARKER.fullmatch(p.text)))
                and 0 < p.y - base <= _MAX_RAISE * size
                and lo <= p.x0 <= hi
                and len(p.text) <= 4
                for p in row
            ):
                for p in row:
                    p.sup = True
                below.extend(row)
                continue
        out.append(row)
    return out


def _mark_inline_superscripts(row: list[Piece]) -> None:
    size = _main_size(row)
    base = min((p.y for p in row if p.size == size), default=0.0)
    for p in row:
        if p.size < _SMALLER * size and p.y - base > 0.12 * size and len(p.text) <= 4:
            p.sup = True


def _slash_markers(row: list[Piece]) -> list[Piece]:
    """A note marker written "1/": the number raised, the slash at the line's size right
    after it ("Meeting¹/", and "¹/ This is a translation ..." at the page foot), as
    Latin American central banks and the IMF number their notes. The slash only closes
    the marker: it goes, so the marker reads "1" in the text and at the note."""
    out: list[Piece] = []
    for piece in row:
        before = out[-1] if out else None
        if (
            before is not None
            and before.sup
            and before.text.isdigit()
            and piece.text.startswith("/")
            and not piece.sup
            and piece.x0 - before.x1 <= 0.3 * piece.size
        ):
            if piece.text == "/":
                continue
            piece.text = piece.text[1:]
        out.append(piece)
    return out


def _split_blocks(row: list[Piece]) -> list[list[Piece]]:
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(row)]
    wide = [
        g
        for g, a, b in zip(gaps, row, row[1:], strict=False)
        if g > _BLOCK_GAP * max(a.size, b.size)
    ]
    # A badly justified last line spreads its words evenly: several equal wide gaps.
    if len(wide) >= 2 and max(wide) < 1.5 * min(wide) and len(wide) == len(gaps):
        return [row]
    blocks = [[row[0]]]
    for gap, before, piece in zip(gaps, row, row[1:], strict=False):
        size = max(before.size, piece.size)
        # A paragraph number set apart from its text ("12." then a tab) stays with it;
        # so does a lower-case letter ("a." then a tab: sub-points of central banks'
        # notes), which LABEL leaves out as it would read "a." in prose as a label.
        label = LABEL.fullmatch(before.text) or _LETTER.fullmatch(before.text)
        if gap > _BLOCK_GAP * size and not (len(blocks[-1]) == 1 and label):
            blocks.append([piece])
        else:
            blocks[-1].append(piece)
    return blocks


def weight_relative_to_body(pages: list[list[PdfLine]], size: float) -> None:
    """Where most of the body text is set in a heavy face (a Korean or Japanese "Gothic
    Medium" reports weight 655, some producers flag every font bold), bold marks
    nothing: weight only sets text apart when it differs from the body's. Body-size
    text is then read as regular, so paragraphs are not cut at every line or page
    break as if each line were a bold heading; larger display type keeps its weight."""
    heavy = light = 0
    for page in pages:
        for line in page:
            if abs(line.size - size) <= 0.6:
                for piece in line.pieces:
                    if piece.bold:
                        heavy += len(piece.text)
                    else:
                        light += len(piece.text)
    if heavy <= 2 * light:
        return
    for page in pages:
        for line in page:
            if abs(line.size - size) > 0.6:
                continue
            for piece in line.pieces:
                if abs(piece.size - size) <= 0.6 or piece.sup:
                    piece.bold = False
            main = [p for p in line.pieces if not p.sup] or line.pieces
            letters = [p for p in main if any(c.isalnum() for c in p.text)] or main
            line.bold = all(p.bold for p in letters)

"""Letter-spaced words: a masthead or a cover line set with wide tracking.

Character spacing (the PDF ``Tc`` operator) pushes every letter of a word apart by the
same amount, so PDFium hands the letters over one by one, each more than a piece's gap
from the last, yet it adds no space between them (it knows the word goes on); it marks
the word breaks only. Read letter by letter, "National Bank" became the eleven units
"N a t i o n a l B a n k". A run of single letters that PDFium keeps in one word, set
at one even pitch, is one word: ordinary text never falls apart letter by letter, and
letters that stand apart on their own (table columns "a b c") come with PDFium's spaces.
"""

from __future__ import annotations

import itertools

from briefing.ingest.readers.pdf_chars import Piece

# Letters of one tracked word stand at one pitch: the widest gap within a word is at
# most this many times the narrowest (glyph boxes differ a little in their side bearings).
_EVEN = 1.5


def merge_tracked(row: list[Piece]) -> list[Piece]:
    """``row`` (sorted left to right) with each letter-spaced word made one piece."""
    if len(row) < 3:
        return row
    runs: list[list[Piece]] = [[row[0]]]
    for before, piece in itertools.pairwise(row):
        if _same_word(before, piece):
            runs[-1].append(piece)
        else:
            runs.append([piece])
    pitches = [_pitch(run) for run in runs if len(run) >= 3]
    pitches = [p for p in pitches if p is not None]
    if not pitches:
        return row
    out: list[Piece] = []
    for run in runs:
        if (len(run) >= 3 and _pitch(run) is not None) or (
            len(run) == 2 and _matches(run, pitches)
        ):
            # A two-letter word ("of") is trusted only beside longer words at its pitch.
            out.append(_merged(run))
        else:
            out.extend(run)
    return out


def _same_word(before: Piece, piece: Piece) -> bool:
    return (
        not piece.spaced
        and len(before.text) == 1
        and len(piece.text) == 1
        and before.text.isalpha()
        and piece.text.isalpha()
        and not (before.sup or piece.sup)
        and before.size == piece.size
        and before.bold == piece.bold
        and before.italic == piece.italic
        and abs(before.y - piece.y) < 0.1 * piece.size
        and piece.x0 > before.x1
    )


def _pitch(run: list[Piece]) -> float | None:
    """The run's even gap between letters, or None where the gaps are uneven."""
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(run)]
    low, high = min(gaps), max(gaps)
    if low <= 0 or high > _EVEN * low:
        return None
    return sum(gaps) / len(gaps)


def _matches(run: list[Piece], pitches: list[float]) -> bool:
    gap = run[1].x0 - run[0].x1
    return any(p / _EVEN <= gap <= p * _EVEN for p in pitches)


def _merged(run: list[Piece]) -> Piece:
    first = run[0]
    return Piece(
        "".join(p.text for p in run),
        first.x0,
        run[-1].x1,
        first.y,
        first.size,
        first.bold,
        first.italic,
        first.barcode,
        spaced=first.spaced,
    )

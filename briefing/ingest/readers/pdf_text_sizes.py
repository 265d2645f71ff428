"""Type sizes a PDF sets running prose in, besides its body size.

A heading is told apart by its type: set larger than the text, or bold. Some documents
set their text in two sizes: a form's typed entries larger than its printed labels, a
cover's introduction or a summary box larger than the minutes under it. A size in which
the document prints several paragraphs of prose (lines run on, sentences end) is a size
of its text, not of its headings: a short line alone in it, in the same regular face, is
a short paragraph ("Age: 1 year", "Agency: Bureau of ..."), not a section's name.
"""

from __future__ import annotations

from collections import Counter

from briefing.ingest.readers.pdf_paragraphs import Paragraph

# Paragraphs of prose (two lines or more, a sentence's end) a size needs to be a text size.
_PROSE_PARAGRAPHS = 1
_MIN_WORDS = 20
_SENTENCE_ENDS = (".", ";", ":", "?", "!", ".”", ".\"", ".)")


def _key(size: float) -> float:
    return round(size * 2) / 2  # sizes within a quarter point are one size


def prose_sizes(paragraphs: list[Paragraph]) -> set[float]:
    """The sizes (rounded to half points) set in a regular face in which two paragraphs
    or more of prose are printed."""
    counts: Counter[float] = Counter()
    for par in paragraphs:
        if (
            len(par.lines) >= 2
            and len(par.text.split()) >= _MIN_WORDS
            and par.text.rstrip().endswith(_SENTENCE_ENDS)
            and not any(line.bold for line in par.lines)
        ):
            counts[_key(par.first.size)] += 1
    return {size for size, n in counts.items() if n >= _PROSE_PARAGRAPHS}


def in_prose_size(par: Paragraph, sizes: set[float]) -> bool:
    """A regular (not bold) paragraph set in a size the document prints prose in."""
    return not any(line.bold for line in par.lines) and _key(par.first.size) in sizes

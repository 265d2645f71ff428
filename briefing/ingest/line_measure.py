"""How full a document's wrapped lines run, read from its own sure wraps.

A hard-wrapped text shows its measure in the lines it certainly wrapped: a line ending on
a bare word with a lower-case word under it (no sentence, heading or list entry stops so).
Their lengths form a band, not one width: a line is filled as far as the next word fits,
so it falls short of the margin by up to a word, and text copied out of a PDF set in a
proportional font holds more narrow letters ('i', 'l', 't') on one full line and more wide
ones ('m', 'W', capitals) on another. Counting characters then spreads a full line over a
tenth or more of the width; counting the letters' printed widths (an ordinary sans-serif
font's proportions) spreads it less. Each document is measured both ways and the tighter
one is its measure: a monospaced copy (an e-mail, a typed file) keeps the count of
characters, a copy of a typeset page the printed widths.

The band answers the question ``segment._no_room`` asks of a line that ends a sentence
with no blank line after it: had the next line's first word fitted on this line, the wrap
would have put it there, so the sentence ended the paragraph; when it would not have
fitted and the line runs as full as the document's wrapped lines do, the break is the
wrap's.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from briefing.lazyre import lazy

# Printed widths relative to an average lower-case letter (about 556/1000 em in a
# Helvetica-like font): the proportions all common sans-serif and serif faces share
# closely enough to tell a line of 'iiil' from one of 'mmmw'.
_NARROW = 0.4  # i j l '
_THIN = 0.5  # f t space . , : ;
_WIDTHS: dict[str, float] = {}
for _c in "ijl'|!":
    _WIDTHS[_c] = _NARROW
for _c in "ft .,:;’‘":
    _WIDTHS[_c] = _THIN
for _c in "r()-[]/":
    _WIDTHS[_c] = 0.6
for _c in 'skvxyzJ"“”':
    _WIDTHS[_c] = 0.9
_WIDTHS["I"] = _THIN
_WIDTHS["m"] = 1.5
_WIDTHS["w"] = 1.3
_WIDTHS["M"] = 1.5
_WIDTHS["W"] = 1.7
for _c in "OQGCDHNRU":
    _WIDTHS[_c] = 1.35
for _c in "FTZL":
    _WIDTHS[_c] = 1.1
_UPPER = 1.2  # other capitals
_OTHER = 1.0  # lower-case letters, figures, other scripts

SURE_WRAPS_MIN = 8  # fewer sure wraps than this tell no band
FULL_SHARE = 0.6  # of the width: a sure wrap shorter than this is a narrow column's
BAND_FLOOR_SHARE = 0.05  # the shortest sure wraps, past a stray one, open the band
BAND_TOP_SHARE = 0.95  # the fullest sure wraps, past a stray one, close it
SAMPLE = 400  # sure wraps measured: enough for the band, and cheap on a 5 MB text
# Lines read for the document's rates: a release shows its habits in its first pages, and
# a 5 MB text is spared a pass over every line. (A text whose first 4,000 lines are a
# table or a cover holds too few sure wraps there and keeps segment's older rule.)
SCAN_LINES = 4000


def printed_width(text: str) -> float:
    """``text``'s width in average lower-case letters, as a proportional font prints it."""
    get = _WIDTHS.get
    total = 0.0
    for ch in text:
        width = get(ch)
        if width is None:
            width = _UPPER if ch.isupper() else _OTHER
        total += width
    return total


def character_width(text: str) -> float:
    return float(len(text))


@dataclass(frozen=True)
class LineMeasure:
    """The band a document's wrapped lines fill, in the measure that fits it best."""

    floor: float  # the shortest a wrapped line runs (past a stray one)
    top: float  # the fullest a wrapped line runs (past a stray one)
    proportional: bool  # measured in printed widths, not characters
    # Whether a sentence ending a full line is likelier a wrap than a paragraph's end in
    # this document (``_stops_wrap``).
    stops_wrap: bool = True

    def width(self, text: str) -> float:
        return printed_width(text) if self.proportional else character_width(text)

    def no_room(self, prev: str, first_word: str) -> bool:
        """Whether ``prev`` runs as full as a wrapped line and the next line's first word
        would not have fitted after it: the wrap, not the paragraph, ended the line."""
        if not self.stops_wrap:
            return False
        filled = self.width(prev)
        return filled >= self.floor and filled + self.width(f" {first_word}") > self.top


def _spread(values: list[float]) -> float:
    """How widely the middle of sorted ``values`` spreads, relative to its median."""
    low = values[int(len(values) * 0.1)]
    high = values[int(len(values) * 0.9)]
    middle = values[len(values) // 2]
    return (high - low) / middle if middle else 1.0


def sure_wraps(texts: list[str], width: int) -> list[str]:
    """Lines ending on a bare word with a lower-case word on the next line: wrapped."""
    wrapped = []
    shortest = width * FULL_SHARE
    for above, below in pairwise(texts):
        line = above.strip()
        if len(line) < shortest or not line[-1:].isalpha():
            continue
        nxt = below.lstrip()
        if nxt[:1].islower() and nxt[1:2].isalpha():
            wrapped.append(line)
    return wrapped


# A sentence's stop inside a line, the next sentence opening after it. (Basic Latin and
# Latin-1 letters only: Cyrillic, Greek and Polish or Czech stops go uncounted, so such a
# text's rate mostly says its full lines' stops end paragraphs. Counting them in any
# script was tried in the session 40 review: derived look glued 4.4 -> 4.6 per 100.)
_INNER_STOP = lazy(r"[a-z\u00df-\u00ff)%][.!?][\"'”’)]? +[A-Z\u00c0-\u00de]")


SHORT_END_SHARE = 0.85  # of the band's floor: a last line that plainly ended short
WORD_SHARE = 0.08  # a word and its space, of a full line: where a last line leaves no room


def _stops_wrap(texts: list[str], wrapped: list[str]) -> bool:
    """Whether, in this document, a sentence ending a full line more likely goes on in
    the same paragraph than ends it. Its own lines tell both rates. Sentences end at word
    boundaries: of a wrapped line's boundaries, one is the line's end, so about one
    stop in (words a line - 1) inside lines lands at a wrap. A paragraph's last line
    runs any length up to the margin: for every one seen ending well short (a sentence's
    end, a capital on the next line), about (a word / a full line) more end so full that
    the next word would not have fitted. Long paragraphs of many sentences (minutes,
    statements) wrap at stops often; short paragraphs of a sentence or two (a speech, a
    list of points) end full lines often. (Counted in characters: a rate, not a fit.)"""
    lengths = sorted(map(len, wrapped))
    floor = lengths[int(len(lengths) * BAND_FLOOR_SHARE)]
    words_a_line = sum(len(line.split()) for line in wrapped) / len(wrapped)
    inner = short_ends = 0
    search = _INNER_STOP.findall
    shortest, short = floor * FULL_SHARE, floor * SHORT_END_SHARE
    for above, below in pairwise(texts):
        line = above.strip()
        size = len(line)
        if size >= shortest:
            inner += len(search(line))
        if size and size < short and line[-1:] in ".!?" and below.lstrip()[:1].isupper():
            short_ends += 1
    at_wraps = inner / max(words_a_line - 1, 1.0)
    return at_wraps >= short_ends * WORD_SHARE


def line_measure(texts: list[str], width: int) -> LineMeasure | None:
    """The band the document's sure wraps fill, or None when it has too few of them."""
    if not width:
        return None
    texts = texts[:SCAN_LINES]
    wrapped = sure_wraps(texts, width)[:SAMPLE]
    if len(wrapped) < SURE_WRAPS_MIN:
        return None
    counted = sorted(map(character_width, wrapped))
    printed = sorted(map(printed_width, wrapped))
    proportional = _spread(printed) < _spread(counted)
    widths = printed if proportional else counted
    floor = widths[int(len(widths) * BAND_FLOOR_SHARE)]
    top = widths[int(len(widths) * BAND_TOP_SHARE)]
    return LineMeasure(floor, top, proportional, _stops_wrap(texts, wrapped))

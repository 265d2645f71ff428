"""A scan's text read back garbled: a stamp, a library's mark or a smudge read by OCR as
a line of broken pieces ("EX UBRAF'( opr i - 1.w ,i·/", "alun - 3 pors t ~ a a | ”").

Offices print a title in words; OCR turns a stamp or a smudge into small letters alone,
marks alone and letters run into figures across a mark ("1.w"). A line with three such
pieces or more, and no more words than pieces, is no title, whatever its place over the
text. Session 42 saw such lines over the head of scans from the UN General Assembly (a
1971 draft with a library's stamp, in all three ``pdftotext`` modes: the stamp was its
title in two), the UN Department of Public Information (a 1991 briefing) and the
Australian parliamentary archive's press releases of three offices (1975 to the 1990s).
A title's figures ("79/5.", "H.R. 2847", "COVID-19", "13th", and "2e", "10h30": figures
run into a letter or two with no mark between), its dashes and bars, letters set apart in
spaced type ("N O T I C E", "D . C .") and one or two small letters standing between
words (the short words "a", "y", "e", "v", "и", "в" of Spanish, Italian, Czech, Russian:
"Ayudas a autónomos y a pymes") count for neither side (review1, session 42).
"""

from __future__ import annotations

import re
import unicodedata

# A mark a title sets apart between its words.
_SEPARATORS = frozenset("-–—|/:•·&+")
_STOPS = frozenset(".,")
GARBLE_MIN_PIECES = 3
# Figures run into a letter or two with no mark between: an ordinal, an hour or a unit
# ("2e", "10h30", "3m"), a title's own, unlike OCR's "1.w" across a mark.
_FIGURES_AND_LETTERS = re.compile(r"\d++[^\W\d_]{1,2}\d*+")  # (only fullmatched on one piece)


def _letter(ch: str) -> bool:
    """A letter or a vowel sign (Sinhala, Thai and Devanagari print theirs apart)."""
    return ch.isalpha() or unicodedata.category(ch)[0] == "M"


def _core(piece: str) -> str:
    """The piece without the brackets, quotes and stops around it."""
    start, end = 0, len(piece)
    while start < end and unicodedata.category(piece[start])[0] in "PS":
        start += 1
    while end > start and unicodedata.category(piece[end - 1])[0] in "PS":
        end -= 1
    return piece[start:end]


def _longest_letter_run(text: str) -> int:
    longest = run = 0
    for ch in text:
        run = run + 1 if _letter(ch) else 0
        longest = max(longest, run)
    return longest


LETTER_SPACED_RUN = 3  # "N a t i o n a l": a word set letter by letter


def is_scan_garble(text: str) -> bool:
    """Whether ``text`` holds three broken pieces or more (a mark alone that no title sets
    apart, small letters standing alone or between figures and marks: "~", "i", "1.w")
    and no more words (a piece with two letters in a row) than broken pieces. Letters
    set apart three or more in a row are a word in spaced type ("n o t i c e",
    "N a t i o n a l"), and a stop alone follows a spaced abbreviation ("D . C .")."""
    kinds: list[str] = []
    for piece in text.split():
        core = _core(piece)
        if piece in _SEPARATORS or piece in _STOPS:
            kinds.append("")
        elif not core:
            kinds.append("broken")  # "~", "”", "(": a mark alone
        elif len(core) == 1 and _letter(core):
            kinds.append("letter")
        elif _longest_letter_run(core) >= 2:
            kinds.append("word")
        elif any(ch.islower() for ch in core) and not _FIGURES_AND_LETTERS.fullmatch(core):
            kinds.append("broken")  # "1.w": no word has a small letter alone
        else:
            kinds.append("")  # figures, "79/5", capitals and figures, "G20", "H.R"
    broken = kinds.count("broken")
    words = kinds.count("word")
    run: list[str] = []
    before = ""  # the kind of the piece before the run
    for kind, piece in zip([*kinds, ""], [*text.split(), ""], strict=True):
        if kind == "letter" or (run and kind == "" and piece in _STOPS):
            run.append(piece)
            continue
        letters = [p for p in run if p not in _STOPS]
        # One or two small letters between words are the language's short words, as
        # Spanish, Italian, Czech and Russian write "and", "to", "in" ("a", "y", "e",
        # "v", "и", "в"); OCR's letters stand beside marks and figures.
        between_words = before == "word" and kind == "word"
        if len(letters) < LETTER_SPACED_RUN and not between_words:
            broken += sum(1 for p in letters if p.islower())  # "i", "t": a letter alone
        run = []
        before = kind
    return broken >= GARBLE_MIN_PIECES and broken >= words

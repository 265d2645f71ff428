"""A part's designation and title set right over its first article's heading.

Laws, codes and treaties rank their text in parts, titles, chapters and sections over
articles: "Chapter II. - Powers" over "Section 1. - Appointments" over "Art. 6. - ...",
"Part I. Security" over "Article 1. Defence cooperation" over "1. The Parties ...". A
part's line names the part and never holds prose, but when its first article prints a
heading of its own, no prose stands right under the part's line either, and the rule for
short lines (a heading has content under it) leaves it a stray note. A line opening on
a higher rank's word and numeral, with its title, over a line opening on a lower rank's
word and numeral (a different word: a table of contents or a list of chapters repeats
one word) that itself heads content is the part's heading.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

# The words of ranks above an article: part, title, book, chapter, section, in the
# languages the corpus prints laws in (English, French, Spanish, Portuguese, Italian,
# German, Ukrainian, Russian, Polish).
_PART_WORDS = (
    r"part|partie|parte|teil|частина|часть|title|titre|t[ií]tulo|titolo|titel|book|livre"
    r"|libro|buch|chapter|chapitre|cap[ií]tulo|capitolo|kapitel|rozdzia[lł]|глава|розділ"
    r"|раздел|section|secci[oó]n|sezione|abschnitt|sekcja|секція|секция"
)
# Cyrillic "І" and "Х" stand for the Roman I and X in Ukrainian and Russian texts. A
# letter numeral is a capital: a small letter alone is a word ("Libro y ...", "Parte e
# ...", "Book a table"), the patterns reading case-blind otherwise.
_NUMERAL = (
    r"(?:[IVXLCІХ]{1,6}|\d{1,3}[a-z]?|(?-i:[A-Z])|premi[eè]re?|first|unique|[uú]nico|primer[oa]?"
    r"|primo|prima|erster?)"
)
# The part's line: its word, its numeral, a stop, dash or colon, and the part's title.
# (The numeral ends where a word would go on: "Part of the plan" is prose.)
_PART_LINE = lazy(
    rf"^(?P<word>{_PART_WORDS})\s+{_NUMERAL}(?![^\W_])\s?[.:]?\s?(?:[-–—:]\s?)?\w", re.I
)
# The line under it: any rank's word (an article's too), read whole ("Parte" is no
# "Part" and a numeral "e", "Party" and "Articles" no rank's word), and its numeral.
_UNDER_LINE = lazy(
    rf"^(?P<word>{_PART_WORDS}|article|art\.|art[ií]culo|articolo|artikel|artyku[lł]|стаття"
    rf"|статья|sec\.)(?![^\W\d_])\s*{_NUMERAL}(?![^\W_])",
    re.I,
)


def part_over_heading(blocks: list[Block], i: int) -> bool:
    """Whether block ``i`` is a part's designation and title set right over the heading
    of its first section or article, which itself heads content."""
    from briefing.ingest.roles import is_short_line
    from briefing.ingest.stacked_heads import opens_content

    if i + 2 >= len(blocks) or blocks[i].label is not None:
        return False
    text = blocks[i].text.strip()
    under = blocks[i + 1].text.strip()
    part = _PART_LINE.match(text)
    if part is None or blocks[i].ends_sentence:
        return False
    lower = _UNDER_LINE.match(under)
    if lower is None or not is_short_line(under) or blocks[i + 1].ends_sentence:
        return False
    if _rank(lower.group("word")) == _rank(part.group("word")):
        return False  # "Chapter 1 ..." over "Chapter 2 ...": a list of chapters
    return opens_content(blocks, i + 2)


def _rank(word: str) -> str:
    return word.lower().rstrip(".")

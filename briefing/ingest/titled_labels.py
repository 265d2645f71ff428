"""A numbered section title set on its own line over its section's first sentence.

Minutes and reports number their sections "I. Purpose of the Extraordinary Meeting",
"Ⅱ. Review of the Examplian Economy", "A. Decision on the Staff Proposal", and print
the section's first paragraph right under the title. Text copied
out of their PDFs with no blank lines (``pdftotext`` plain or raw, a paste from a
viewer) keeps the title as one line; when it runs near the measure and stops on no
sentence's end, the wrap test reads the paragraph's first line as its continuation, so
the title becomes the first words of a numbered paragraph, and the "(1)", "(2)" points of
the section nest under it a level too deep.

The title's own words say what it is: every content word capitalised (title case), as
English titles are set and a sentence never is, and no sentence's end. Under it a
sentence opens (a capital, then mostly words in lower case), not the title's second
line, set in title case too, nor the rest of an act's name cited in title case.
"""

from __future__ import annotations

from briefing.ingest.patterns import FUNCTION_WORDS, match_label
from briefing.ingest.patterns import ends_sentence as sentence_ends

# The label families sections are numbered in: "I.", "Ⅱ.", "A.", "1.", "2.1".
SECTION_FAMILIES = frozenset(("ROMAN.", "ALPHA.", "decimal.", "decimal-sub"))
# Sub-sections numbered in brackets ("(2) Countering examplian risks"): read as titles only
# by the room left on their line, never by their case alone.
BRACKETED_FAMILIES = frozenset(("(decimal)", "decimal)"))
MIN_CAPITALISED = 3  # content words of a title ("Review of Examplian Markets")
MAX_WORDS = 16  # a title's words; a longer line is prose
CONTENT_LETTERS = 4  # shorter words ("on", "the", "U.S.", "of") say nothing of the case
SENTENCE_LOOK = 5  # words of the next line read for one in lower case


def _content_words(words: list[str]) -> list[str]:
    return [
        w
        for w in words
        if len(w) >= CONTENT_LETTERS and w[:1].isalpha() and w.lower() not in FUNCTION_WORDS
    ]


def _title_case(words: list[str]) -> bool:
    content = _content_words(words)
    return len(content) >= MIN_CAPITALISED and all(w[:1].isupper() for w in content)


ROOM_SHARE = 0.9  # of the measure: the line and the next word still end well short of it


def ended_short(line: str, after: str, width: int) -> bool:
    """Whether ``line`` and the first word of ``after`` would have fitted well within the
    text's ``width``: a wrap fills a line as far as the next word fits, so a line that
    left that much room was ended by its writer, not by the wrap. Many issuers set their
    section titles in sentence case ("1. Security and defence cooperation"), which the
    title-case test cannot see; the room left on the line can. (A tenth of the measure
    is kept in hand: in a proportional font's text characters measure a line only
    roughly.)"""
    if not width:
        return False
    first = after.split(None, 1)[0] if after.strip() else ""
    return len(line.strip()) + 1 + len(first) <= width * ROOM_SHARE


def titled_section_line(line: str, after: str, width: int = 0) -> bool:
    """Whether ``line``, a block's first line, is a numbered section's title in title case
    with ``after``, the next line (no blank between), opening the section's first
    sentence: a break, never a wrap. Given the text's ``width``, a title in sentence case
    ("A. Purpose of the examplian limits") counts too when the line plainly had room for
    the next line's first word (``ended_short``)."""
    if not after[:1].isupper():
        return False
    label = match_label(line)
    if label is None or label.family not in SECTION_FAMILIES | BRACKETED_FAMILIES:
        return False
    words = line[label.body_offset :].split()
    if not 0 < len(words) <= MAX_WORDS or not words[0][:1].isupper():
        return False
    if sentence_ends(line) or line.rstrip()[-1:] in ".:;,":
        return False
    # A title is one phrase, whole on its line: no comma parting a sentence's clauses ("In
    # 2020, the Office of the Examplian Commissioner ..."), no function word left for the
    # next line to finish ("Welcomes the Report of the Examplian Committee on the Work of").
    if "," in line or words[-1].lower() in FUNCTION_WORDS:
        return False
    short = ended_short(line, after, width)
    if label.family in BRACKETED_FAMILIES and not short:
        return False
    if not (_title_case(words) or short):
        return False
    # The next line opens a sentence: after its first word, which a capital opens either
    # way, its content words are mostly in lower case ("The chair first explained why ...");
    # a title's second line ("Facility against Pooled Collateral") or an act's name cited
    # on over the wrap ("Year 2018 concerning Organisation and Working Procedures")
    # capitalises most.
    content = _content_words(after.split()[1 : SENTENCE_LOOK + 1])
    lower = sum(w[:1].islower() for w in content)
    return lower > len(content) - lower

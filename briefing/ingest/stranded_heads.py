"""A heading left on a line of its own between two paragraphs of hard-wrapped text.

Text copied out of a PDF with no blank lines (``pdftotext`` without ``-layout``, a paste
from a viewer) keeps a section's heading as one short line between the paragraph before
and the one after it:

    ... Accordingly, I vote for status quo on both stance and rate in this policy.
    Statement by Dr. Jane Example
    61. The wedge between headline and food inflation has been widening, and ...

The paragraph above ends its sentence at the margin, so the wrap test ("no room for the
next line's first word") takes the heading for that paragraph's next line. But a line
that short is a paragraph's last line if it is any line of it, and a paragraph's last line
ends its sentence: a short line stopping on a bare word, with a new paragraph opening in
capitals or with its number right under it, is a heading (or a name, a dateline), never
the end of the paragraph above. Minutes, monetary policy statements, agreements and
reports all set their crossheads so.
"""

from __future__ import annotations

from briefing.ingest.patterns import FUNCTION_WORDS
from briefing.ingest.patterns import ends_sentence as sentence_ends

SHORT = 0.7  # of the text's measure: a heading, never a wrapped line of the paragraph
MAX_WORDS = 10  # a heading's words; a longer line is prose cut short


def stranded_heading(prev: str, line: str, after: str, measure: int) -> bool:
    """Whether ``line``, under ``prev`` (a paragraph's line ending its sentence) and over
    ``after`` (the next line, no blank between), stands alone as a heading: short, opening
    with a capital, stopping on a bare word or figure, with ``after`` opening a new
    paragraph (a capital or a number, not a sentence going on in lower case)."""
    if not (line[:1].isupper() and after[:1].isalnum() and not after[:1].islower()):
        return False
    if not line[-1:].isalnum() or len(line) > SHORT * measure:
        return False
    words = line.split()
    if len(words) > MAX_WORDS or words[-1].lower() in FUNCTION_WORDS:
        return False
    return sentence_ends(prev) and not sentence_ends(line)

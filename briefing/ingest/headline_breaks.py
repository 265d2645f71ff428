"""An unnumbered crosshead in headline case set right over its section's first sentence.

Reports and statements copied out of a PDF with no blank lines (``pdftotext`` plain or
raw, a paste from a viewer) keep a section's heading as one or two lines right over the
section's first line:

    The Examplian Office Needs to Fully Review and
    Update the National Example Strategy
    In May 2031, we reported that the goals and the

The wrap test sees lines of the column's width and joins the heading to the paragraph.
But the heading is set in headline case, every content word capitalised, which no
paragraph's opening lines are, and the line under it opens a sentence, its words mostly in
lower case: the block's lines so far are the heading, and the sentence starts a paragraph.
``titled_labels.titled_section_line`` reads the same shape for a numbered title on one
line; this reads an unnumbered one on up to ``MAX_LINES`` lines.
"""

from __future__ import annotations

from briefing.ingest.headline_heads import headline_cased
from briefing.ingest.patterns import FUNCTION_WORDS, match_label
from briefing.ingest.patterns import ends_sentence as sentence_ends
from briefing.ingest.titled_labels import _content_words, ended_short

_NOT_A_TITLE = ',"“”«»•!|'
_CLOSING = ",;:.)]”’\"'»"
MAX_LINES = 2  # a crosshead wraps once in a column; three lines are a paragraph's
MAX_WORDS = 20  # a crosshead's words (headline_heads reads up to thirty on its own lines)
SENTENCE_LOOK = 8  # words of the next line read past its first (a month's name is capitalised)


def headline_over_sentence(current: list[str], after: str, width: int) -> bool:
    """Whether the block's lines so far, ``current``, are a crosshead in headline case and
    ``after``, the next line (no blank between), opens the section's first sentence."""
    if not 0 < len(current) <= MAX_LINES or not after[:1].isupper():
        return False
    if not ended_short(current[-1], after, width):
        # The wrap filled the line: the next line goes on with it ("... and General
        # Counsel Jane" / "Example took part in ..."). A heading's line ends where its
        # words do, with room left for the next line's first word.
        return False
    head = " ".join(line.strip() for line in current)
    words = head.split()
    if not words or len(words) > MAX_WORDS or match_label(head) is not None:
        return False
    if any(sentence_ends(line) or line.rstrip()[-1:] in ".,;:" for line in current):
        return False
    if words[-1].lower() in FUNCTION_WORDS or not headline_cased(head):
        return False
    if any(mark in head for mark in _NOT_A_TITLE):
        # A comma parts a list of names or a sentence's clauses; a quotation or a bullet
        # opens an item citing a title ("! Title II, the “Example Act,” creates ...").
        return False
    if after.split()[0][-1:] in _CLOSING:
        return False  # "Care, which ..." / "Act,” creates ...": a name cut at the wrap
    # The next line opens a sentence: past its first word its content words are mostly in
    # lower case ("In May 2031, we reported that ..."); a heading's next line, a name or a
    # cited title capitalises most.
    content = _content_words(after.split()[1 : SENTENCE_LOOK + 1])
    lower = sum(w[:1].islower() for w in content)
    return lower > len(content) - lower

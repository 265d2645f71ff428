"""Crossheads of pasted web text that end on a question mark, an exclamation mark or an
ellipsis.

Web releases, blogs and guides title their sections with questions and exclamations as
often as with phrases: "What happens next?", "Alors, que faire?", "Wie geht es
weiter?", "Les donateurs ont la parole…". Pasted as text the styling is gone, and the
end mark makes the line read as a sentence, so the short-line rule never asks it. Such a
line is a crosshead when it reads as one and the text around it reads as sections:

- it is short (at most ``MAX_WORDS`` words), one line, unlabelled, starts like a title
  and is no speaker's turn or quotation;
- prose stands above it and its section under it holds at least ``MIN_SECTION``
  paragraphs of prose before the next such line (a question answered in one breath is
  a text's own question, not a section's title), each set on one line as a browser
  copies a page (a speech or a letter hard-wrapped by its author asks its rhetorical
  questions on lines of their own);
- the text holds at least ``MIN_SERIES`` crossheads, these or others: a writer who titles
  one section with a question titles the others too, while a lone rhetorical line in an
  untitled text is the text's own.

A transcript (any speaker's turn in the text) asks nothing: its short questions are
questions put, units of the exchange, not titles.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

MAX_WORDS = 8  # "Mais parfois, c'est un casse-tête!"; an interviewer's question is longer
MIN_WORDS = 2  # "Why?" alone is a line of dialogue
MIN_SECTION = 2  # paragraphs of prose a section holds under its crosshead
MIN_SERIES = 2  # crossheads of this shape in one text
SENTENCE_WORDS = 8  # a paragraph's sentence (roles.is_prose)

# The end mark after any closing quote or bracket: "?", "!", "…" or "...".
_END_MARK = lazy(r"(?:[?!？！]|…|\.\.\.)[\s\"'”’»)\]]*$")
# Opening a quotation or an aside: a quoted cry ("“Never again!”") is the text's words.
_OPENERS = "\"'“‘«„([-–—•*"


def _reads_as_head(block: Block) -> bool:
    text = block.text.strip()
    if block.style or block.label is not None or "\n" in text or not _END_MARK.search(text):
        return False
    if not text or text[0] in _OPENERS or (text[0].isalpha() and text[0].islower()):
        return False
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return MIN_WORDS <= len(words) <= MAX_WORDS


def _sentence(block: Block) -> bool:
    """A sentence-shaped paragraph set on one line, as a browser copies a page (a text
    hard-wrapped by its author, a speech's or a letter's, asks its questions in place)."""
    return block.line_count == 1 and block.word_count >= SENTENCE_WORDS and block.ends_sentence


def _prose(block: Block) -> bool:
    """A paragraph of the section's prose: a sentence, neither a question (a question
    answered under a question is an exchange) nor a piece starting in lower case."""
    text = block.text.lstrip()
    return _sentence(block) and not text.rstrip().endswith("?") and not text[:1].islower()


def punctuated_crossheads(
    blocks: Sequence[Block], kinds: Sequence[str], start: int, end: int
) -> list[int]:
    """Indices of the body's lines (``start`` to ``end``) that are crossheads ending on
    "?", "!" or "…". ``kinds`` are the blocks' role kinds so far ("paragraph" for a
    plain line, "turn" for a speaker's turn)."""
    if "turn" in kinds:
        return []
    candidates = [
        i
        for i in range(max(start, 1), end - 1)
        if kinds[i] == "paragraph" and _reads_as_head(blocks[i]) and _sentence(blocks[i - 1])
    ]
    # (The text's other crossheads, found by the short-line rule, are of the series.)
    others = sum(1 for i in range(start, end) if kinds[i] == "heading")
    if not candidates or len(candidates) + others < MIN_SERIES:
        return []
    bounds = [*candidates, end]
    for at, stop in pairwise(bounds):
        section = blocks[at + 1 : stop]
        if not section or not _prose(section[0]):
            return []
        if sum(1 for b in section if _prose(b)) < MIN_SECTION:
            return []
    return candidates

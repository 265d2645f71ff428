"""Long crossheads set in headline case, in text that lost its markup.

Fact sheets and statements head their parts with whole clauses in headline case
("Available Mitigation Strategies Can Deliver Emissions Reductions, but the United
States Must Go Further and Faster to Reach Net Zero"): too long for the short-line rule,
and a converter leaves them on one long line or wraps them like prose. What sets them
apart is the case: every content word capitalised, which no sentence of prose is, and
no closing punctuation. Set apart by a blank line, over a paragraph, such a line is a
heading. (A name and office, "Jane Doe, High Representative for Foreign Affairs", is
as capitalised but short: the short-line rules judge it.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.ingest.patterns import FUNCTION_WORDS, ends_sentence
from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

LONG_HEADLINE_MIN_WORDS = 13  # the short-line rule takes up to 12 words
LONG_HEADLINE_MAX_WORDS = 30
HEADLINE_MIN_CONTENT = 6
HEADLINE_MAX_LINES = 3
_WORD = lazy(r"[^\W\d_][\w'’-]*")
# Prepositions headline style leaves in lower case beside FUNCTION_WORDS' short ones
# ("... Placement of a Statue within the Port District").
_HEADLINE_PREPOSITIONS = frozenset(
    ("within", "without", "against", "through", "across", "via", "per", "toward", "towards")
)
_SENTENCE_INSIDE = lazy(r"[.!?][\"”’)]?\s+\S")


def _short_line(text: str) -> bool:
    from briefing.ingest.roles import is_short_line

    return is_short_line(text.strip())


def headline_cased(text: str) -> bool:
    """Every content word capitalised, and not capitals throughout."""
    if text.isupper():
        return False
    content = [
        w
        for w in _WORD.findall(text)
        if w.lower() not in FUNCTION_WORDS and w.lower() not in _HEADLINE_PREPOSITIONS
    ]
    return len(content) >= HEADLINE_MIN_CONTENT and all(w[:1].isupper() for w in content)


def long_headline(blocks: list[Block], i: int) -> bool:
    """Block ``i`` is a long crosshead in headline case over a paragraph."""
    block = blocks[i]
    if block.label is not None or block.line_count > HEADLINE_MAX_LINES or i + 1 >= len(blocks):
        return False
    # Set apart by a blank line; or, in text with none (PDF text copied plain), right
    # after a paragraph's finished sentence, in headline case (asked below).
    tight = i > 0 and not block.blank_before
    if tight and not (blocks[i - 1].ends_sentence or _short_line(blocks[i - 1].text)):
        return False
    text = block.text.strip()
    count = len(text.split())
    if not LONG_HEADLINE_MIN_WORDS <= count <= LONG_HEADLINE_MAX_WORDS:
        return False
    if ends_sentence(text) or text[-1:] in ".,;:!?":
        return False
    following = blocks[i + 1]
    if following.note_of is not None:
        return False
    if text.isupper() and block.line_count == 1 and not tight:
        # "AGENDA ITEM 1: ADJUSTING M2 GROWTH TARGET RANGE TO A REFERENCE RANGE FROM
        # 2020 ONWARDS": capitals on a line of their own over the item's first section
        # or its text. (A paragraph set in capitals, as telexes and old resolutions
        # are, ends with a full stop or runs over lines.)
        # Not a line of a paragraph typed in capitals throughout, as typewritten releases
        # and telexes are, when each line is a block (double-spaced pages read as text): a
        # sentence ends inside it, or the prose under it is in capitals too. A heading is a
        # phrase over prose set otherwise.
        if _SENTENCE_INSIDE.search(text):
            return False
        return following.label is not None or (
            following.ends_sentence and following.word_count >= 8 and not following.text.isupper()
        )
    if not headline_cased(text):
        return False
    if tight and any(ch.isdigit() or ch in "•|:" for ch in text):
        # An address or a table's row ("Example Building • 133 N. Main St"), a field and
        # its value ("Decides : REGULATION ON ..."): no crosshead.
        return False
    return following.ends_sentence and following.word_count >= 8

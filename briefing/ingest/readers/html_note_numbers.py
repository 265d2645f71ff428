"""Whether a block an in-page link points to prints the link's number first.

A link whose text is a note number ("1") pointing at a paragraph that opens with the
same number ("1. The Committee is ...", "[1] See ...", "(1) ...") is a note marker and
that paragraph its note, even with no "footnotes" class and no back-link the rules can
follow (a "Return to text" link to an anchor beside the marker, or none at all). Pages
print a note's number at its head for the reader; a link numbered like the paragraph it
lands on has no other reading. Section links are not numbered so: a table of contents
links a heading's words, and headings are never taken as notes.
"""

from __future__ import annotations

import re

from briefing.ingest.readers.html_text import squash, text_of
from briefing.lazyre import lazy

# A note's printed number at its head: "1.", "1 ", "[1]", "(1)", "1)" — then its text.
_HEAD_NUMBER = lazy(
    r"^[\[(]?\s*(\d{1,3}[a-z]?|[ivx]{1,5}|[*†‡§¶]{1,3})\s*[\]).:]?(?=\s|$|[^\w])", re.I
)


def opens_with_number(block, number: str) -> bool:
    """True when ``block``'s text opens with note number ``number`` ("1" for "1. See")."""
    head = squash(text_of(block))[:12]
    found = _HEAD_NUMBER.match(head)
    return found is not None and found.group(1).lower() == number.lower()

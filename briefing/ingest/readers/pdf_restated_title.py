"""The title restated at the head of the text, after a cover.

A report or a set of minutes with a cover prints its title there ("Monetary Policy
Meeting", large), and prints it again over the text on the next page, often longer
("Minutes of the Monetary Policy Meeting", "... held on 4 and 5 May"). That second copy
names the whole document, as the cover did; it heads no section of it, so it is read as
a line of the text, not as the outline's first heading. It is known by the page's own
evidence: the first heading-like paragraph after the title's page holds every word of
the title.
"""

from __future__ import annotations

import re

from briefing.ingest.readers.pdf_paragraphs import Paragraph

_WORDS = re.compile(r"[^\W\d_]+")
# A title of fewer words is too plain to know again ("Press Release", "Minutes").
_MIN_TITLE_WORDS = 3


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORDS.findall(text)}


# A paragraph of the text, not a cover's line: this many words at the body's size.
_TEXT_WORDS = 8


def restated_title(
    paragraphs: list[Paragraph], title: int | None, heads: list[int], size: float
) -> int | None:
    """The index among ``heads`` (heading-like paragraphs, in order) of the title's copy
    over the text: the first of them on a page after the title's, holding all the
    title's words: with words of its own only when the title's page is a cover (no
    paragraph of body text set under the title); None when there is none."""
    if title is None:
        return None
    words = _words(paragraphs[title].text)
    if len(words) < _MIN_TITLE_WORDS:
        return None
    page = paragraphs[title].first.page
    first = next((i for i in heads if i > title and paragraphs[i].first.page > page), None)
    if first is None:
        return None
    copy = _words(paragraphs[first].text)
    if not words <= copy:
        return None
    if copy != words and _holds_text(paragraphs, title, page, size):
        # The text opens on the title's page, no cover: a later heading adding words to
        # the title's ("Next Board Meeting") is a section of it. (The same words again
        # are the title repeated, as a letterhead is on every page.)
        return None
    return first


def _holds_text(paragraphs: list[Paragraph], title: int, page: int, size: float) -> bool:
    """Whether the title's page sets body text under it (a page of the text, no cover)."""
    for par in paragraphs[title + 1 :]:
        if par.first.page != page:
            return False
        if abs(par.first.size - size) < 0.6 and len(par.text.split()) >= _TEXT_WORDS:
            return True
    return False

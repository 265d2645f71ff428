"""The shapes a document gives its clear crossheads, asked of a short line among short lines.

A short line over a paragraph reads as a heading. Where it stands right under another
short line that was no heading, in a document crowded with short lines (a form's fields
over their answers, a table flattened one cell a line, a page of links and teasers),
shortness and the paragraph under it are weak evidence: the last line of each run stands
over the next paragraph by chance. The document itself says what its headings look like:
its *clear* crossheads -- short lines set between finished text above and content below,
numbered ones read by their words -- share a shape (capitals, Title Case, a sentence's
case, a script without capitals; a Markdown mark). A short line inside a run is a heading
only in one of those shapes; a one-off shape among many short lines is the run's cell.

This asks each document, not a list of sites: a form whose one clear crosshead is in
Title Case keeps a Title Case line under a signature line as a heading, and refuses the
answer "Not applicable" over the inspector's remarks; a price table read one cell a line
refuses "Revised By (Rs)" over the release's next paragraph. Documents with few short
lines (minutes, speeches, acts) are left as they were: there a line under one short line
is as often a section's heading under a caption or a credit as a cell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.ingest.speakers import speaker_of
from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.roles import Role
    from briefing.ingest.segment import Block

# Markdown's heading and emphasis marks, kept as part of the shape ("## ", "**").
_MARKS = lazy(r"^(#+\s*|[*_]{1,3})")
_BRACKETED = lazy(r"^\s*【[^】]+】\s*$")
_WORD = lazy(r"[^\W\d_][\w'’-]*")
# The share of a document's blocks that are short unlabelled lines from which it is
# crowded with them: forms, tables and link pages run about half and more, sectioned
# prose (minutes, acts, speeches) a fifth to a third.
CROWDED_SHARE = 0.4
# (A share over a handful of blocks says nothing of the document: a title, a paragraph
# and two crossheads are half short lines.)
CROWDED_MIN_BLOCKS = 12
# Words this short are articles and particles: lower case in Title Case too ("of", "des").
_SMALL_WORD = 3


def line_shape(text: str) -> str:
    """The typographic shape of a heading-like line: its Markdown mark, then "caps" (no
    lower-case letter), "title" (every longer word capitalised), "sentence" (a capital
    first, a longer word in lower case) or "uncased" (a script without capitals)."""
    text = text.strip()
    mark = ""
    found = _MARKS.match(text)
    if found:
        mark = found.group(1).strip()[:1]
        text = text[found.end() :]
    words = _WORD.findall(text)
    if not words or not any(ch.isupper() or ch.islower() for ch in text):
        return mark + "uncased"
    if not any(ch.islower() for ch in text):
        return mark + "caps"
    longer = [w for w in words[1:] if len(w) > _SMALL_WORD]
    if all(w[:1].isupper() for w in longer):
        return mark + "title"
    return mark + "sentence"


class HeadingShapes:
    """The shapes of one document's clear crossheads, found once over its body.

    A clear crosshead is an unlabelled short line with finished text above it (a sentence
    or a labelled unit) and content below it (prose or a labelled unit): the placement
    only a heading has, whatever the document's conventions are."""

    def __init__(self, blocks: list[Block], start: int, end: int) -> None:
        from briefing.ingest.roles import is_prose, is_short_line

        self.shapes: set[str] = set()
        short = sum(1 for b in blocks if b.label is None and is_short_line(b.text.strip()))
        # A document of many short lines (a form, a table one cell a line, a page of
        # links): there the last of a run stands over a paragraph by chance.
        self.crowded = len(blocks) >= CROWDED_MIN_BLOCKS and short >= CROWDED_SHARE * len(blocks)
        if not self.crowded:
            return  # (``lone_in_run`` asks the shapes of crowded documents only)
        for j in range(max(start, 1), min(end, len(blocks) - 1)):
            block = blocks[j]
            above, below = blocks[j - 1], blocks[j + 1]
            if not (is_prose(above) or (above.label is not None and above.ends_sentence)):
                continue
            label = block.label
            if label is None:
                text = block.text.strip()
                clear = is_prose(below) or below.label is not None
            else:
                # "III. Discussions Concerning the Decision" over prose: a numbered
                # heading shows the document's case for headings as well as a bare one
                # (over a numbered unit it may be a list's item, and says nothing).
                text = block.text[label.body_offset :].strip()
                clear = not label.family.startswith("bullet") and is_prose(below)
            # (A capital first: so "uncased" never enters the shapes, and in a crowded
            # text of a script without capitals every short line under a refused one is
            # refused. Taking uncased crossheads' shape too kept a Japanese crosshead
            # under a table's last cell, but gave back four false headings in pdftotext
            # copies: derived look 144 -> 148; session 40 review.)
            if clear and text[:1].isupper() and is_short_line(text):
                self.shapes.add(line_shape(text))

    def lone_in_run(self, blocks: list[Block], roles: list[Role | None], i: int) -> bool:
        """Whether line ``i`` stands right under a short line the reader refused as a
        heading, in a crowded document, and its shape is none of the document's clear
        crossheads' shapes."""
        if i < 1:
            return False
        above = roles[i - 1]
        if above is None or above.kind != "note" or above.attrs.get("role") != "short":
            return False
        block = blocks[i]
        if blocks[i - 1].label is not None or block.line_count > 1:
            return False  # (a run of short lines, one a line: a wrapped block is no cell)
        if not self.crowded:
            return False  # few short lines: a line under one is no table's or form's cell
        if block.blank_before and not blocks[i - 1].blank_before:
            return False  # the run's lines sit together and a blank line parts this one
        above_text = blocks[i - 1].text.strip()
        if not any(ch.isalnum() for ch in above_text) or speaker_of(above_text) is not None:
            return False  # a printed rule or a speaker's name over the line: no run
        shape = line_shape(block.text)
        if shape.startswith("#") or shape.endswith("caps") or _BRACKETED.match(block.text):
            # A Markdown heading's mark, capitals, a topic in lenticular brackets
            # ("【...】", the Japanese and Chinese crosshead): evidence of their own.
            return False
        return shape not in self.shapes

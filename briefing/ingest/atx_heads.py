"""Markdown's heading mark in plain text: "## Background" on a line of its own heads a section.

A Markdown file saved or pasted as plain text (a site's export, a converter's output, a
note kept as .txt) keeps its ATX heading marks: one to six "#" opening a line, then the
heading's words. The mark is the author's own statement that the line heads a section, as
a heading style is in Word or HTML, and the number of marks its rank; prose never opens a
line so. Converters that write Markdown from a publication's XML drop the space after the
marks ("####Inleiding", see ``readers/markdown_headings``): two marks or more glued to a
word are a heading too, one is a hashtag ("#Budget2024"). The text's own evidence that the
marks are Markdown, not a stray number sign: two lines or more marked so. A mark over no
words ("# # #", the newsroom's end mark) is no heading.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from briefing.lazyre import lazy

# One to six marks and a space, or two to six glued to a word; then a word's character.
_ATX = lazy(r"[ \t]{0,4}(?:(#{1,6})[ \t]+|(#{2,6})(?=[^\s#\\]))(?=[^\s#])")
MIN_MARKED = 2  # marked lines that show the text is Markdown
_NUMBER_ONLY = lazy(r"(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[A-Za-z])\.?$")


class _Block(Protocol):
    text: str
    style: str


def _level(text: str) -> int:
    """The rank a heading mark opening ``text`` gives (its number of "#"), or 0."""
    if "#" not in text[:5]:  # (a C scan: most blocks open with no mark)
        return 0
    match = _ATX.match(text)
    if match is None or "\n" in text:
        return 0  # (a Markdown heading is one line: a block of several is something else)
    rest = text[match.end() :]
    if not any(ch.isalnum() for ch in rest):
        return 0
    return len(match.group(1) or match.group(2))


def marked_heads(blocks: Sequence[_Block]) -> dict[int, int]:
    """Block index -> rank (2 for "## ...") of the plain-text blocks Markdown's heading
    mark opens, when the text marks two or more."""
    found = {i: _level(b.text) for i, b in enumerate(blocks) if not b.style}
    found = {i: level for i, level in found.items() if level}
    return found if len(found) >= MIN_MARKED else {}


def opening_heads(marked: dict[int, int], body_start: int) -> int:
    """``body_start``, moved up over the marked headings right above it ("## Chapter 1" /
    "### Article 1" over the first paragraph): a section's heading opens the body with its
    section. The text's top rank is passed over where one line alone holds it: "# ..."
    is its title. A rank two lines or more hold is a rank of sections, whichever it is
    ("## Scope" ... "## Terms" under an unmarked title). The text's first block is never
    passed over: a text's first line is its title, whatever mark it carries."""
    if not marked:
        return body_start
    top = min(marked.values())
    titled = sum(1 for level in marked.values() if level == top) == 1
    floor = top if titled else top - 1  # (an unmarked block, rank 0, stops the climb)
    while body_start > 1 and marked.get(body_start - 1, 0) > floor:
        body_start -= 1
    return body_start


def numbers_next(blocks: Sequence[_Block], marked: dict[int, int], i: int) -> bool:
    """Whether marked block ``i`` holds only its section's number ("### 1.1") right over
    a marked line with the words ("#### Scope"): a converter set the number apart, and
    the heading is the line under it (the number is its designation)."""
    if i + 1 not in marked:
        return False
    text = blocks[i].text.strip().lstrip("#").strip()
    return _NUMBER_ONLY.match(text) is not None

"""A paper's one top-level heading, set first over its body, is its title.

Word and PDF readers mark the type a paragraph is set in ("heading1": a Word Heading 1,
or the largest bold type over the body). A paper whose first paragraph is the only one
set at that rank names itself there, whatever its last mark: a question ("What should we
do so that victims report?") or the full stop a drafter typed after a treaty's name.
Sections come several: a paper with one section needs no heading for it, so a lone
top-level heading over the body is no section's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

LONE_HEADING_MAX_WORDS = 30  # (a headline's length; a first paragraph set bold runs on)


class _Styled(Protocol):
    text: str
    style: str
    label: object


def lone_top_heading(blocks: Sequence[_Styled], body_start: int) -> int | None:
    """``body_start`` when the block there is the paper's only one set as "heading1", the
    first of all, unnumbered and headline-long, with a paragraph under it; else None."""
    if body_start != 0 or len(blocks) < 2:
        return None
    first = blocks[0]
    if (first.style or "") != "heading1" or first.label is not None:
        return None
    if len(first.text.split()) > LONE_HEADING_MAX_WORDS or "\n" in first.text.strip():
        return None
    if any((b.style or "") in ("heading1", "title") for b in blocks[1:]):
        return None
    if (blocks[1].style or "").startswith("heading"):
        return None  # (a heading under it: the first of a paper's sections' headings)
    return 0

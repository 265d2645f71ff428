"""A numbered headline over its own numbered sections is the document's title.

A page of a docs site or a chapter published on its own opens with its number and name
("# 1.2. Data registers") over sections numbered under it ("1.2.1.", "1.2.2."): that
line names the whole text, as a release's title does, and the text starts below it. A
numbered heading whose number the headings below do not extend ("1. Introduction"
over "2. Scope") is the first section's, as before.
"""

from __future__ import annotations

from briefing.ingest.segment import Block

_HEADING_STYLES = ("title", "heading1")


def numbered_headline(blocks: list[Block], i: int) -> bool:
    """Whether block ``i`` is a heading-styled "N.N." headline whose number opens the
    numbers of the headings after it (two of them at least)."""
    block = blocks[i]
    if block.style not in _HEADING_STYLES or block.label is None:
        return False
    if block.label.family != "decimal-sub":
        return False
    stem = block.label.label.rstrip(".") + "."
    below = [
        b.label.label
        for b in blocks[i + 1 :]
        if b.style.startswith("heading") and b.label is not None and b.label.family == "decimal-sub"
    ]
    return len(below) >= 2 and all(
        label.startswith(stem) and len(label.rstrip(".")) > len(stem) - 1 for label in below
    )

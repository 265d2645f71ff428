"""A body copied without its title that opens on its first section's heading.

Minutes and statements copied from a web page often lose the page's title and start
straight with the first section: "Atividade econômica" / prose / "Preços" / prose ...
With no title above it, the opening line sits in the head and would be read as a note.
When the same shape — a short line opening with a capital and ending on a word, over a
paragraph of prose — recurs further down as the text's section headings, the opening line
is the first of them: a note above a release's body is never followed by siblings of its
own shape every few paragraphs.
"""

from __future__ import annotations

from briefing.ingest.segment import Block

MAX_WORDS = 8  # a section's title
MIN_LATER = 2  # headings of the same shape further down
PROSE_CHARS = 120  # a paragraph under the heading, not a line of a list


def _heading_shaped(blocks: list[Block], i: int) -> bool:
    text = blocks[i].text.strip()
    if not text or "\n" in text or blocks[i].label is not None:
        return False
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    return (
        len(text.split()) <= MAX_WORDS
        and text[:1].isupper()
        and text[-1:].isalpha()
        and nxt is not None
        and nxt.word_count >= 8  # (counted up to a cap: prose, not a list's entry)
        and len(nxt.text) >= PROSE_CHARS
        and nxt.ends_sentence
    )


def opens_on_section(blocks: list[Block], i: int) -> bool:
    """Block ``i``, the text's first, is its first section's heading (module note)."""
    if i != 0 or not _heading_shaped(blocks, 0):
        return False
    later = sum(1 for k in range(2, len(blocks)) if _heading_shaped(blocks, k))
    return later >= MIN_LATER

"""A line set in heading type right under the title, with no line of the text set at its
level or above, is the title's deck, not the heading of the text's first part.

A section's heading names one part of the text among others: its siblings are set in
the same heading type (or the text's larger parts in a larger one). A release's headline
under a kicker ("Monetary policy assessment of ..." / the news itself), or a report's
subtitle under its name, is set in heading type too, but it names the whole text: no
other line of the text is set as large. So a styled line printed right under the title,
that no later line matches or outranks in heading type, is part of the title block and
is left a line of the head, not made the first heading.

Left alone: a line with a sibling in its type below ("Members Present" over the minutes'
other parts in the same type); a line between which and the title other lines stand (a
page's "Main content" label, a dateline): a first section may head its subsections
alone; unstyled text (nothing to compare).
"""

from __future__ import annotations

from briefing.ingest.segment import Block, heading_rank


def is_title_deck(blocks: list[Block], i: int, title_at: int) -> bool:
    """Whether styled line ``i``, right under the title line ``title_at``, has no line
    after it set in heading type of its rank or above."""
    if i != title_at + 1:
        return False
    rank = heading_rank(blocks[i])
    if rank is None:
        return False
    for block in blocks[i + 1 :]:
        other = heading_rank(block)
        if (other is not None and other <= rank) or block.style == "title":
            return False
    return True

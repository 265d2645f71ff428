"""Headings over a section the page repeats word for word: a site's widget, no crosshead.

A release says each thing once. When two headings head the same section, word for word
("Thank you for subscribing to our newsletter ..." under every "Newsletter - ..." box,
"This media asset is free for editorial broadcast ..." under every player's title, "We
respect your privacy ..." under every "Show the tweet" box), the page's template has
printed one widget several times, under one name ("Newsletter - city", "Newsletter -
harbour"): its titles name the widget, not a part of the release.
(Two crossheads may each open on the same picture and caption; the paragraphs after it
differ. The run of paragraphs is compared up to a short line: the widget's own button.)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from briefing.ingest.segment import Block

SECTION_MIN_WORDS = 8  # a paragraph, not a short label that may recur ("Yes", "Contact")


def repeated_section_heads(
    blocks: Sequence[Block], heads: Sequence[int], bounds: Sequence[int]
) -> list[int]:
    """Of the blocks at ``heads`` (headings with no label), those whose paragraphs (the
    run of paragraphs under it, up to a short line or the next of ``bounds``, every
    heading's index in order) are, word for word, those under another of them whose
    title opens on the same word (the widget's name: "Newsletter - city")."""
    if len(heads) < 2:
        return []
    ends = dict(zip(bounds, [*bounds[1:], len(blocks)], strict=True))
    sections: dict[int, tuple[str, str]] = {}
    for i in heads:
        end = i + 1
        while end < ends.get(i, i + 2) and blocks[end].word_count >= SECTION_MIN_WORDS:
            end += 1
        if end > i + 1:
            title = blocks[i].text.split(None, 1)[0].lower()
            text = " ".join(" ".join(b.text.split()) for b in blocks[i + 1 : end])
            sections[i] = (title, text)
    if len(sections) < 2:
        return []
    counts = Counter(sections.values())
    return [i for i, key in sections.items() if counts[key] >= 2]


def repeated_line_heads(
    blocks: Sequence[Block], heads: Sequence[int], bounds: Sequence[int]
) -> list[int]:
    """Of the blocks at ``heads`` (headings with no label), the unstyled ones (plain
    text: no format set them as headings) whose text, trimmed and in lower case, comes
    again at the next of them with no other heading (of ``bounds``, every heading's
    index in order) in between.

    A crosshead names one part of the release, and the parts of one release are named
    apart: the same short line over two runs of text, with no other heading between
    them, is a label the page prints again and again (an interviewee's name over each
    answer, "1 comment" under each teaser, "Amendment" over each column of a table
    copied as text), not the title of a part. Parts may share a sub-heading ("General"
    under two chapters): then the chapter's heading stands between them. A format's
    own heading styles are left to the format."""
    found: set[int] = set()
    heads_set = set(heads)
    previous: tuple[str, int] | None = None  # the heading just above, when one of ``heads``
    for i in bounds:
        if i not in heads_set or blocks[i].style:
            previous = None
            continue
        key = " ".join(blocks[i].text.split()).lower()
        if previous is not None and previous[0] == key:
            found.update((previous[1], i))
        previous = (key, i)
    return sorted(found)

"""A record's own contents list, printed over its text: the topics of a press conference
("○冒頭発言" / "(1)政務三役会議" / "○米軍再編問題" …), each repeated below as the heading of
its part.

A contents list is navigation (the page links each entry to its part), not content: the
parts' headings say it again where they stand. A run of short lines whose first two
entries come back later, in order, each as a line of its own, is such a list; a list of
points says its points once.
"""

from __future__ import annotations

import re

from briefing.ingest.segment import Block

MIN_ENTRIES = 4  # a few topics at least
ENTRY_MAX_CHARS = 40  # a topic's name, never a sentence
_SPACES = re.compile(r"\s+")


def _entry(block: Block) -> str:
    text = block.text
    if block.label is not None:
        text = text[block.label.body_offset :]
    return _SPACES.sub(" ", text.strip()).lower()


def _short_line(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.line_count == 1
        and len(text) <= ENTRY_MAX_CHARS
        and not block.ends_sentence
        and not block.style  # (a table's cells: a row label may well come back)
        and "  " not in text
        and "\t" not in text
        # A topic is named in words (a table's cells, one a line, may be bare figures).
        and sum(ch.isalpha() for ch in text) >= 2
    )


HEADS_WITHIN = 3  # a part's heading, perhaps a subheading, then its text


def _heads_prose(blocks: list[Block], at: int) -> bool:
    """Whether the entry come back at ``at`` heads text (a table's repeated row label is
    followed by more rows)."""
    return any(not _short_line(b) for b in blocks[at + 1 : at + 1 + HEADS_WITHIN])


STARTS_TRIED = 4
LOOK_AHEAD = 200  # the parts the list names follow it (a bound on the work, too)


def _contents_from(blocks: list[Block], i: int, j: int) -> set[int]:
    """The contents list opening at ``i`` in the run of short lines ``i``..``j``, or
    an empty set."""
    first, second = _entry(blocks[i]), _entry(blocks[i + 1])
    # (The parts' headings may follow the list at once: the list ends where its first
    # entry comes back.)
    later = [_entry(b) for b in blocks[i + 1 : j + LOOK_AHEAD]]
    if not (first and second and first in later):
        return set()
    at = later.index(first)
    back = i + 1 + at  # where the first entry heads its part
    if at + 1 >= MIN_ENTRIES and second in later[at + 1 :] and _heads_prose(blocks, back):
        return set(range(i, min(j, back)))
    return set()


def contents_runs(blocks: list[Block], limit: int = 200) -> set[int]:
    """Indices of the blocks of a contents list among the first ``limit`` blocks."""
    end = min(limit, len(blocks))
    i = 0
    while i < end:
        if not _short_line(blocks[i]):
            i += 1
            continue
        j = i
        while j < end and _short_line(blocks[j]):
            j += 1
        # (The list may open under a title or kicker of the same shape: a few starts.)
        for start in range(i, min(j - MIN_ENTRIES + 1, i + STARTS_TRIED)):
            found = _contents_from(blocks, start, j)
            if found:
                return found
        i = j
    return set()

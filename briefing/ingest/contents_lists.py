"""A record's own contents list, printed over its text: the topics of a press conference
("○冒頭発言" / "(1)政務三役会議" / "○米軍再編問題" …), each repeated below as the heading of
its part.

A contents list is navigation (the page links each entry to its part), not content: the
parts' headings say it again where they stand. A run of short lines whose first two
entries come back later, in order, each as a line of its own, is such a list; a list of
points says its points once.
"""

from __future__ import annotations

from operator import itemgetter

from briefing.ingest.block_scan import texts_of
from briefing.ingest.segment import Block
from briefing.lazyre import lazy

MIN_ENTRIES = 4  # a few topics at least
ENTRY_MAX_CHARS = 40  # a topic's name, never a sentence
_SPACES = lazy(r"\s+")


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


# A printed contents list: each entry ends on a leader to its page number ("1. Mise en
# contexte ........ 4", "Annex …… 19"). Word and typeset reports print their contents so;
# pdftotext keeps the leader. Its entries are navigation, and so is the list's own title
# right above the first entry ("Table des matières", "Contents").
_PAGE_AT_END = lazy(r"\d{1,4}[ \t]*$")
LEADER_MIN_MARKS = 4  # ". . . ." or "…" repeated: a leader, not an abbreviation's dot
# The last character an entry may end on (is_leader_entry's first test, as a class).
_PAGE_END_CHAR = lazy(r"[\d \t\n]")
_LAST_CHAR = itemgetter(slice(-1, None))
LEADER_MIN_ENTRIES = 2
LIST_TITLE_MAX_WORDS = 3


def is_leader_entry(text: str) -> bool:
    """A contents list's entry: its text runs on a leader to a page number. (String
    checks from the line's end: a regex searching a long run of dots is quadratic.)"""
    if "." not in text and "…" not in text:
        return False  # (no leader: most blocks, one C scan each)
    last = text[-1:]
    if not (last.isdecimal() or last in " \t\n"):
        # (A page number at the end, perhaps spaces or a final newline after it, as
        # _PAGE_AT_END's "\d" and "$" read it: a block ending on a word or a full stop,
        # nearly every one, is no entry without the slice and the regex.)
        return False
    page = _PAGE_AT_END.search(text[-12:])
    if page is None:
        return False
    head = text[: len(text) - 12 + page.start()] if len(text) > 12 else text[: page.start()]
    marks = head.replace(" ", "").replace("\t", "")[-LEADER_MIN_MARKS:]
    return len(marks) == LEADER_MIN_MARKS and all(ch in ".…" for ch in marks)


def leader_entries(blocks: list[Block]) -> set[int]:
    """Indices of a printed contents list's entries (and of its title), in runs of at
    least ``LEADER_MIN_ENTRIES`` entries with nothing but their wrapped lines between."""
    found: set[int] = set()
    # (An entry ends on its page number, perhaps spaces after it: where no block ends on
    # a digit or a space, found in C over the blocks' last characters, none is an entry.)
    if not _PAGE_END_CHAR.search("".join(map(_LAST_CHAR, texts_of(blocks)))):
        return found
    run: list[int] = []
    for i, block in enumerate([*blocks, None]):
        if block is not None and is_leader_entry(block.text):
            run.append(i)
            continue
        if len(run) >= LEADER_MIN_ENTRIES:
            found.update(run)
            above = blocks[run[0] - 1] if run[0] > 0 else None
            if (
                above is not None
                and above.label is None
                and not above.ends_sentence
                and len(above.text.split()) <= LIST_TITLE_MAX_WORDS
            ):
                found.add(run[0] - 1)
        if block is None or not _between_entries(block, run):
            run = []
    return found


def _between_entries(block: Block, run: list[int]) -> bool:
    """A line inside a contents list that has no leader: an entry's first line when the
    entry wraps, or an unnumbered entry the leader skipped ("Structuration du plan")."""
    return (
        bool(run) and block.line_count == 1 and not block.ends_sentence and len(block.text) <= 120
    )

"""A list whose first item is printed on the line of the word that introduces it:
"Considering : a. that ..." / "b. that ...", "Menimbang : a. bahwa ..." / "b. bahwa ...",
"Vu : 1. la loi ..." / "2. le décret ...".

Decrees and regulations set their preamble as a form: a key word ("Considering",
"Having regard to", "Menimbang", "Mengingat", "Vu") in a left column, a colon, and the
list of its recitals or citations in a right column, the first one level with the key.
Read as lines, the key and the first item become one block, and the first item loses
its label. The key and the list are two things: a short key word ending in a colon,
then the first label of a sequence ("a.", "1.", "(a)", "(1)"), whose next label opens
the next block, is cut from it. A label after a long sentence's colon ("the following
changes: (a) ...") is not cut: the key is a word or three alone on its line.
"""

from __future__ import annotations

import re

from briefing.ingest.patterns import label_number, match_label
from briefing.ingest.run_in_labels import next_label
from briefing.ingest.segment import Block

# The key (one to three words alone on the line's start), its colon, and a first label.
_KEY_FIRST = re.compile(
    r"(?:^|\n)[ \t]*(?P<key>[^\W\d_][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,2}[ \t]*:)[ \t]*"
    r"(?P<label>(?:1|a|i)[.)]|\((?:1|a|i)\))[ \t]"
)


def _cut(block: Block, following: Block | None) -> list[int]:
    """Offsets in ``block.text`` where its pieces start (after the first): the key's line
    when earlier lines precede it, the first label, and each next label of the sequence
    that opens a later line of the block. The key is the piece before the first label."""
    text = block.text
    if ":" not in text:
        return []
    m = _KEY_FIRST.search(text)
    if m is None:
        return []
    label = match_label(text[m.start("label") :])
    if label is None or label_number(label.label) != 1:
        return []
    starts = [m.start("label")]
    after = next_label(label)
    while after is not None:
        # (A wrapped item's next item opens a line of its own: "\n2. ...".)
        at = text.find(f"\n{after} ", starts[-1])
        if at < 0:
            break
        starts.append(at + 1)
        found = match_label(text[at + 1 :])
        after = next_label(found) if found is not None and found.family == label.family else None
    if len(starts) == 1 and (
        following is None
        or following.label is None
        or following.label.family != label.family
        or following.label.label != after
    ):
        return []  # no second item: a colon and an "a." in a sentence, not a key's list
    line_start = m.start() + (text[m.start() : m.start() + 1] == "\n")
    # (Lines before the key's, "THE MINISTER," over "Considering : a. ...", stay apart.)
    return [line_start, *starts] if line_start > 0 else starts


def _is_key(piece: str) -> bool:
    return piece.endswith(":") and match_label(piece) is None


def split_key_lists(blocks: list[Block]) -> tuple[list[Block], list[int]]:
    """Cut the first item of a key's list from its key; returns the new blocks and, for
    each old block, the index of its first piece."""
    out: list[Block] = []
    moved: list[int] = []
    for i, block in enumerate(blocks):
        moved.append(len(out))
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        cuts = [] if block.style else _cut(block, following)
        if not cuts:
            out.append(block)
            continue
        starts = [0, *cuts]
        ends = [*cuts, len(block.text)]
        for n, (start, end) in enumerate(zip(starts, ends, strict=True)):
            piece = block.text[start:end].strip()
            if not piece:
                continue
            wraps = [k for k, ch in enumerate(piece) if ch == "\n"]
            out.append(
                Block(
                    piece,
                    block.style,
                    block.level,
                    # (The key opens a row of the form: set apart from the lines
                    # over it, an organ's name, "THE MINISTER,", never a title's wrap.)
                    blank_before=1 if _is_key(piece) else block.blank_before if n == 0 else 0,
                    line_count=len(wraps) + 1,
                    wraps=wraps,
                )
            )
    return out, moved

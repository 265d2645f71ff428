"""A labelled line printed right over its next sibling heads nothing: a list's entry.

A heading names the text under it. When the block right after a labelled line is the next
number of the same sequence ("I. Call to Order" / "II. Review of the Minutes", "A. Joe
Doe" / "B. Remarks by members"), nothing stands under the line: it is an entry of a list
(an agenda's items, a roster), never a section's crosshead, however short, capitalised or
bold it is printed. ``roles`` asks this before it reads such a line as a heading.

Seen in session 43 in meeting agendas of three issuers: the Illinois Finance Authority
(Roman "I."-"VI." items read as headings), and the California cities of Hidden Hills
("A."-"D." under its numbered items) and Lomita ("2. APPROVAL OF AGENDA" right over "3.").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.ingest import patterns as P
from briefing.ingest.label_numbers import roman_value

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

# An entry's words, its label counted: the short line of roles.is_short_line (12) and one.
ENTRY_WORDS = 13


def _ordinal(label: P.LabelMatch) -> int | None:
    """The label's ordinal, a capital Roman numeral read as one ("IV." -> 4, not a letter)."""
    if label.family.lower().startswith("roman"):
        core = label.label.strip("().[] ").lower()
        return roman_value(core) if core and set(core) <= set("ivxlc") else None
    return P.label_number(label.label)


def _entry_line(block: Block) -> bool:
    """A short line ending no sentence, as an agenda's entries are: a sibling that is a
    paragraph ("I. The two ministries are merged.") makes its run a list of paragraphs,
    where a short line among them may still head a part ("II. It receives")."""
    return block.word_count <= ENTRY_WORDS and not block.ends_sentence


def _prefix(label: str) -> str:
    """A dotted number's parent ("4." of "4.A", "7" of "7.2"): siblings share it."""
    core = label.rstrip(".")
    return core.rsplit(".", 1)[0] if "." in core else ""


def next_to_sibling(blocks: list[Block], i: int) -> bool:
    """Whether the block right after block ``i`` bears the next label of ``i``'s sequence,
    or the block right before it the previous one (same family, same parent number), on
    a short line: one of a run of entries printed line under line. The run's last entry
    heads what follows it no more than the others do: one run's entries are all of one
    kind."""
    block = blocks[i]
    label = block.label
    if label is None or label.family.startswith("bullet"):
        return False
    if not block.text[label.body_offset :].split("\n", 1)[0].strip():
        return False  # "II." alone over its text: a part's designation, not an entry
    number = _ordinal(label)
    if number is None:
        return False
    for k, step in ((i + 1, 1), (i - 1, -1)):
        if not 0 <= k < len(blocks):
            continue
        other = blocks[k].label
        if (
            other is not None
            and _entry_line(blocks[k])
            and other.family == label.family
            and _ordinal(other) == number + step
            and _prefix(other.label) == _prefix(label.label)
        ):
            return True
    return False

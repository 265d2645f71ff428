"""A labelled line printed right over its next sibling heads nothing: a list's entry.

A heading names the text under it. When the block right after a labelled line is the next
number of the same sequence ("I. Call to Order" / "II. Review of the Minutes", "A. Joe
Doe" / "B. Remarks by members"), nothing stands under the line: it is an entry of a list
(an agenda's items, a roster), never a section's crosshead, however short, capitalised or
bold it is printed. So is the line right under its previous number (a run's last entry),
and an entry whose own short points, labelled in another family, stand between it and its
next number ("5. Presentations" / "A. ..." "D. ..." / "6. Certification"). Only short
lines ending no sentence count as entries: a paragraph between or beside a line leaves it
to the heading rules ("A. Scope" / "1. The ombudsman stated ..." / "B. Framework" are
sections), and so does a numeral alone over its text. ``roles`` asks this before it reads
such a line as a heading (set so by the format, or in the lettered and Roman crosshead shape).

Seen in session 43 in meeting agendas of four issuers, PDF: the Illinois Finance
Authority ("I."-"VI." read as headings), the California cities of Hidden Hills ("A."-"D."
and its numbered items over them) and Lomita ("1." over "a)"-"d)", "2." right over "3."),
and the Cupertino school district's board agenda ("1." and "2." read as headings).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.ingest import patterns as P
from briefing.ingest.label_numbers import roman_value

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

# An entry's words, its label counted: the short line of roles.is_short_line (12) and one.
ENTRY_WORDS = 13
# How many sub-entries may stand between an entry and its next number (an agenda item's
# lettered points: the presenters, the motions).
SUB_ENTRY_REACH = 12


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
    # (Block.word_count stops counting at 9: the words are counted here, up to the limit.)
    return len(block.text.split(None, ENTRY_WORDS)) <= ENTRY_WORDS and not block.ends_sentence


def _prefix(label: str) -> str:
    """A dotted number's parent ("4." of "4.A", "7" of "7.2"): siblings share it."""
    core = label.rstrip(".")
    return core.rsplit(".", 1)[0] if "." in core else ""


def _past_sub_entries(blocks: list[Block], i: int, step: int, family: str) -> int:
    """The index of the first block from ``i`` in direction ``step`` that is no entry of
    another label family ("A. Remarks by the members" under "5. Presentations"): an entry
    whose own entries stand between it and its next number still heads no text."""
    k = i + step
    end = i + step * (SUB_ENTRY_REACH + 1)
    while (
        k != end
        and 0 <= k < len(blocks)
        and blocks[k].label is not None
        and blocks[k].label.family != family
        and not blocks[k].label.family.startswith("bullet")
        and _entry_line(blocks[k])
    ):
        k += step
    return k


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
    for step in (1, -1):
        k = _past_sub_entries(blocks, i, step, label.family)
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

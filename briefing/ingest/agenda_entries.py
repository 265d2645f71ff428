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

An agenda printed in capitals carries the reading along its run (``in_capitals_run``): an
item with a description under it is as much an entry as its bare neighbours; and a line
between two entries is the first one's detail (``between_entries``). Seen later in session
43 in Manhattan Beach, La Puente, Lomita, Cupertino and the Bank of Korea's minutes.
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


# A run's entries are all of one kind (see next_to_sibling): how far to look for an
# entry's sibling past the lines under it (its presenter, its motion, its documents),
# and how many siblings a chain may cross.
SIBLING_REACH = 12
CHAIN_STEPS = 26


def _capitals_entry(block: Block) -> bool:
    """A short line whose words after its label are printed in capitals, as an agenda's
    items are ("D. APPROVAL OF AGENDA"), ending no sentence."""
    label = block.label
    if label is None or not _entry_line(block):
        return False
    words = block.text[label.body_offset :].split("\n", 1)[0]
    letters = [c for c in words if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _sibling(blocks: list[Block], i: int, step: int) -> int | None:
    """The index of ``i``'s previous or next number in its sequence, within reach."""
    label = blocks[i].label
    number = _ordinal(label) if label is not None else None
    if label is None or number is None:
        return None
    k = i + step
    end = i + step * (SIBLING_REACH + 1)
    while k != end and 0 <= k < len(blocks):
        other = blocks[k].label
        if other is not None and other.family == label.family:
            if _ordinal(other) == number + step and _prefix(other.label) == _prefix(label.label):
                return k
            return None  # another number of the same family: the run is broken
        k += step
    return None


def in_capitals_run(blocks: list[Block], i: int) -> bool:
    """Whether block ``i``, a labelled line in capitals, belongs to a run of short lines
    one of which is printed right over or under its sibling (next_to_sibling): an
    agenda's items are one list, the ones with a description under them ("D. APPROVAL OF
    AGENDA" over the chair's note) as much as the bare ones ("B. PLEDGE TO FLAG" over
    "C. ROLL CALL"). A report's lettered sections in capitals hold paragraphs each, and
    none sits on its sibling."""
    if not _capitals_entry(blocks[i]):
        return False
    for step in (1, -1):
        k = i
        for _ in range(CHAIN_STEPS):
            found = _sibling(blocks, k, step)
            if found is None or not _entry_line(blocks[found]):
                break
            if next_to_sibling(blocks, found):
                return True
            k = found
    return False


def between_entries(blocks: list[Block], i: int) -> bool:
    """Whether block ``i``, unlabelled, stands between two entries of one run ("C. ROLL
    CALL" / the members' names / "D. APPROVAL OF AGENDA"): a line there is the first
    entry's detail, it heads nothing, since the next entry follows it at once. (Between
    numbered paragraphs, which end their sentences, a crosshead may stand: they are no
    entries.)"""
    if not 0 < i < len(blocks) - 1 or blocks[i].label is not None:
        return False
    before, after = blocks[i - 1], blocks[i + 1]
    if before.label is None or after.label is None or before.label.family.startswith("bullet"):
        return False
    if not (_entry_line(before) and _entry_line(after)):
        return False
    number = _ordinal(before.label)
    return (
        number is not None
        and after.label.family == before.label.family
        and _ordinal(after.label) == number + 1
        and _prefix(after.label.label) == _prefix(before.label.label)
    )

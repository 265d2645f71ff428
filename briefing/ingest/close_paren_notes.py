"""Notes numbered "1)", "2)" ... whose markers the text prints flattened onto a word.

Korean and Japanese papers (the Bank of Korea's minutes, ministries' reports) and many
German and Central European statistical releases number their footnotes with a closing
bracket, and print the marker raised after the word it explains:

    Monetary Policy Committee Meeting Minutes1)
    ...
    1) This English version (summary) of the minutes was produced at the working level.

Copied as text, the note's "1) This ..." has the shape of a list item, and a list item it
stays unless the document says otherwise. Its own evidence is the marker: a list's "1)"
opens a line or follows a space ("as follows: 1) the ..."), never a word, whereas a
raised marker, flattened, is glued to the word or bracket it follows ("Minutes1)",
"(Summary)2)"), or, set off by the space a raised figure keeps, ends the line it closes
("... Economic Situation    2)": a list's label never ends a line). So a block opening on
"n)" is a note when, above it and below the previous such note's marker, the text prints
"n)" so, and the notes so found are numbered 1, 2, 3 ... in order as their markers are: a
list the text never cites that way is left a list.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.ingest.patterns import LabelMatch
from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

_NOTE = lazy(r"^(\d{1,2})\)[ \t]+(?=\S)")
# Any "n)" glued to a word or to the bracket, quote or stop closing one: one scan of the
# text finds every block that may hold a marker.
_ANY_MARKER = lazy(
    r"(?:(?<=[^\W\d_])|(?<=[.,;:)\]”’\"]))(?<!\b[A-Z])(\d{1,2})\)|\S[ \t]+\d{1,2}\)$"
)


def _marker(number: str) -> re.Pattern[str]:
    # Glued to a word ("Minutes1)") or to a closing bracket or stop ("(Summary)2)"); not
    # after a lone capital ("Table A1)", "Q1)": a thing's name, not a word) nor inside a
    # longer figure (the look-behind asks for no digit right before).
    # Or spaced off at the end of the block's text, as a raised figure set apart ends a
    # heading's line ("... Situation   2)").
    return re.compile(
        rf"(?:(?<=[^\W\d_])|(?<=[.,;:)\]”’\"]))(?<!\b[A-Z]){number}\)(?=[\s,.;:)”’]|$)"
        rf"|(?<=\S)[ \t]+{number}\)$"
    )


def label_close_paren_notes(blocks: list[Block], dropped: list[tuple[str, str]]) -> None:
    """Read each block opening on "n)" whose marker the text above prints glued to a word
    as note n, linked to the block holding the marker (cut out of that word)."""
    candidates = [
        (i, m.group(1))
        for i, block in enumerate(blocks)
        if block.text[:1].isdigit() and block.note_of is None and (m := _NOTE.match(block.text))
    ]
    if not candidates:
        return
    holders = [k for k, block in enumerate(blocks) if _ANY_MARKER.search(block.text)]
    if not holders:
        return
    expected = 1
    after = (-1, -1)  # (block, offset) of the last note's marker: the next one is below it
    found_notes: list[tuple[int, str, tuple[int, int]]] = []
    # holders[searched:] are not yet searched for the expected marker below ``after``: a
    # list's every "1)" asking again from the top made 3,000 lists a quadratic scan.
    searched = 0
    for i, number in candidates:
        if int(number) != expected:
            continue
        found, searched = _find_marker(blocks, holders, searched, number, after, i)
        if found is None:
            continue
        found_notes.append((i, number, found))
        after = found
        expected += 1
    found_notes = _without_list_runs(found_notes, candidates)
    cuts: list[tuple[int, int, str]] = []
    for i, number, (k, at) in found_notes:
        block = blocks[i]
        block.label = None
        block.footnote_label = LabelMatch(f"{number})", "footnote", _NOTE.match(block.text).end())
        block.note_of = k
        cuts.append((k, at, blocks[k].text[at:].split(")", 1)[0] + ")"))
    if cuts:
        from briefing.ingest.mend import cut_markers

        cut_markers(blocks, cuts, dropped)


def _without_list_runs(
    found_notes: list[tuple[int, str, tuple[int, int]]], candidates: list[tuple[int, str]]
) -> list[tuple[int, str, tuple[int, int]]]:
    """The notes up to the first one a list's run shows to be an item: a note "n)" whose
    very next block opens on "n+1)" that no marker answers is a list's first item (notes
    set one under another at a page's foot each answer a marker; a list's items do not)."""
    opening = dict(candidates)
    noted = {i for i, _, _ in found_notes}
    for j, (i, number, _) in enumerate(found_notes):
        if opening.get(i + 1) == str(int(number) + 1) and i + 1 not in noted:
            return found_notes[:j]
    return found_notes


def _find_marker(
    blocks: list[Block],
    holders: list[int],
    searched: int,
    number: str,
    after: tuple[int, int],
    before: int,
) -> tuple[tuple[int, int] | None, int]:
    """The first place below ``after`` and above block ``before`` printing ``number``'s
    marker, as (block, offset), looked for from ``holders[searched]`` on; and where the
    next look for a marker may start (the holder found, or the first not looked at)."""
    pattern = _marker(number)
    for h in range(searched, len(holders)):
        k = holders[h]
        if k < after[0]:
            continue
        if k >= before:
            return None, h
        text = blocks[k].text
        start = after[1] + 1 if k == after[0] else 0
        while (m := pattern.search(text, start)) is not None:
            if not _closes_a_bracket(text, m.start(), m.end()):
                return (k, m.start()), h
            start = m.end()
    return None, len(holders)


def _closes_a_bracket(text: str, at: int, end: int) -> bool:
    """Whether the ")" of the "n)" at ``at`` (ending at ``end``) closes a bracket its line
    opened ("(phase 1)", "(Annex1)"): a raised marker comes after the text it explains,
    brackets and all. Not when the line's rest closes it ("(source: the Office1))")."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", end)
    before = text[line_start:at]
    rest = text[end : line_end if line_end >= 0 else len(text)]
    still_open = before.count("(") - before.count(")")
    return still_open > 0 and rest.count(")") - rest.count("(") < still_open

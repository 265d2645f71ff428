"""Sentences glued with no space ("... 9%.Most ...") are paragraphs run together only where
the text lost its breaks wholesale (a page copied onto one line); in a text whose
paragraphs are set apart, a block's missing space after a full stop is a slip inside the
writer's paragraph, kept whole (mend.split_glued). Made-up text."""

from __future__ import annotations

from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.mend import split_glued
from briefing.ingest.segment import segment

_FIRST = "The office reviewed the rules on gifts offered to its staff during the year."
_GLUED = (
    "A gift worth more than a modest sum is refused and sent back to its giver with a "
    "letter of thanks.The same holds for invitations to dinners, trips and events "
    "offered by firms that deal with the office, whatever the occasion may be."
)
_LAST = "Each unit keeps a register of the gifts it received and of what became of them."


def _blocks(text: str):
    return segment(Extracted([Line(t) for t in text.split("\n")], "txt"))


def test_a_slip_inside_one_of_several_paragraphs_is_kept_whole() -> None:
    blocks = _blocks(f"{_FIRST}\n\n{_GLUED}\n\n{_LAST}\n\n{_FIRST}\n\n{_LAST}\n")
    assert [b.text for b in blocks][1] == _GLUED


def test_a_page_run_onto_one_line_is_still_split() -> None:
    one_line = _FIRST + _GLUED.replace(".The", ". The") + _LAST
    pieces, _ = split_glued(_blocks(one_line))
    assert len(pieces) == 2

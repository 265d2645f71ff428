"""A line opening with a mark (a check mark, a bullet the extraction turned into "?")
under a line that ended its sentence with room left for it is the next item, not the
wrap of a full line, in text whose paragraphs are set apart by blank lines
(marked_starts.mark_after_stop). Made-up text in the shape of a council's notice."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.marked_starts import mark_after_stop

from .helpers import lost_words

NOTICE = """SAMPLE TOWN COUNCIL

The council has reviewed the plan for walking and cycling in the town and
sets out below the reasons why the plan must be brought up to date now.

The plan is to be brought up to date because the town is growing fast.
✓   The town has grown by a fifth since the plan was adopted ten years ago,
and new streets have been built without paths for walking or cycling.
✓   The council wants to give every school a safe way to reach it on foot.

Residents may send their comments to the council before the end of May.
"""


def _starts(text: str) -> list[str]:
    release = release_from_text(text)
    return [release.text[n.body_start : n.end].split("\n")[0] for n in release.nodes()]


def test_a_check_mark_under_a_finished_sentence_opens_an_item() -> None:
    starts = _starts(NOTICE)
    assert any(s.startswith("The town has grown") or s.startswith("✓") for s in starts[3:])
    assert sum(1 for s in starts if "town has grown" in s or "every school" in s) == 2
    assert not lost_words(NOTICE, release_from_text(NOTICE))


def test_only_a_mark_with_room_left_after_a_stop() -> None:
    line = "The plan is to be brought up to date because the town is growing fast."
    assert mark_after_stop(line, "✓   The town has grown", 80)
    assert mark_after_stop(line, "? The town has grown", 80)
    assert not mark_after_stop("a levy of Rs.", "10 per kg is waived.", 80)  # a figure
    assert not mark_after_stop(line, "The town has grown", 80)  # a word: the wrap may go on
    assert not mark_after_stop(line, "(Applause.)", 80)  # a bracket: a stage direction
    assert not mark_after_stop(line, "✓   The town", len(line) + 1)  # no room: the wrap filled it
    assert not mark_after_stop(line.rstrip("."), "✓   The town", 80)  # no stop

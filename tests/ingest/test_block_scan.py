"""Whole-list looks made in C (block_scan) and the passes that skip or narrow their work
by them: each gives the answer the pass gave when it looked at every line."""

from __future__ import annotations

from briefing.ingest.block_scan import texts_of
from briefing.ingest.extracted import Line
from briefing.ingest.segment import Block
from briefing.ingest.text_fragments import _join_from, adjacent_filled, join_inline_breaks


def test_texts_of_lines_and_blocks() -> None:
    texts = ["Harbour lamps: lit", "", "Lamps", "The lamps of the harbour were lit at dusk."]
    assert texts_of([Line(t) for t in texts]) == texts
    assert texts_of([Block(t) for t in texts if t]) == [t for t in texts if t]


def test_adjacent_filled_finds_the_first_pair_of_filled_lines() -> None:
    assert adjacent_filled(["a", "", "b", "c", "d"]) == 3
    assert adjacent_filled(["a", " ", "b", "", "c"]) == -1
    assert adjacent_filled(["a", "b"], start=2) == -1
    assert adjacent_filled(["a", "b", "", "c", "d"], start=2) == 4


def test_inline_breaks_joined_from_the_first_pair_as_from_the_start() -> None:
    prose = (
        "The harbour board said on Monday that the lamps of the port would burn all night"
        " while the keepers of the old lighthouse watched the ships"
    )
    lines = [f"{prose} come.", "", f"{prose}, and the keepers", "said that", f"{prose}."] * 3
    assert _join_from(lines, 0, 1) == _join_from(lines, 0, adjacent_filled(lines))
    joined = join_inline_breaks(lines)
    assert joined == _join_from(lines, 0, 1)
    assert len(joined) < len(lines)  # ("said that" goes on the line above)
    apart = [f"{prose} come.", ""] * 6
    assert join_inline_breaks(apart) == apart and join_inline_breaks(apart) is not apart


def test_split_glued_keeps_every_block_when_none_can_split() -> None:
    from briefing.ingest.mend import split_glued

    blocks = [Block("The lamps were lit.The keepers left." * 3), Block("Lamps"), Block("Oil")]
    out, moved = split_glued(blocks)
    assert out == blocks and out is not blocks and moved == [0, 1, 2]
    # (A block holding most of the text, glued sentences in it, is still cut.)
    glued = [Block("The harbour lamps were lit at dusk.The keepers left at dawn. " * 5)]
    assert len(split_glued(glued)[0]) > 1


def test_item_lines_skip_texts_without_an_item_opening() -> None:
    from briefing.ingest.bare_numbers import label_cjk_item_lines

    items = [Block("1 日時"), Block("2 場所"), Block("3 内容")]
    label_cjk_item_lines(items)
    assert [b.label.label if b.label else None for b in items] == ["1", "2", "3"]
    prose = [Block("- the lamps"), Block("In the harbour"), Block("12 lamps were lit")]
    before = [b.label for b in prose]
    label_cjk_item_lines(prose)
    assert [b.label for b in prose] == before


def test_contents_list_found_past_the_look_at_last_characters() -> None:
    from briefing.ingest.contents_lists import leader_entries

    entries = [Block("Contents"), Block("Harbour lamps ........ 3"), Block("Oil ........ 12")]
    assert leader_entries([Block("The lamps were lit."), *entries]) == {1, 2, 3}
    assert leader_entries([Block("The lamps were lit."), Block("Oil ....")]) == set()

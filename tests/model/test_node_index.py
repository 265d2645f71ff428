"""One look-up of the node at an offset (model.release.NodeIndex), checked against the
definition: the shortest span holding the offset, the later node on a tie."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.model import Node, Release
from briefing.model.release import NodeIndex

ROOT = Path(__file__).resolve().parents[2]


def _by_definition(release: Release, offset: int) -> Node | None:
    best = None
    for node in release.nodes():
        if node.start <= offset < node.end and (
            best is None or node.end - node.start <= best.end - best.start
        ):
            best = node
    return best


def _release(spans: list[tuple[int, int, list[tuple[int, int]]]]) -> Release:
    children = [
        Node(
            f"n{i}",
            "paragraph",
            start=a,
            end=b,
            body_start=a,
            children=[
                Node(f"n{i}.{j}", "item", start=c, end=d, body_start=c)
                for j, (c, d) in enumerate(kids)
            ],
        )
        for i, (a, b, kids) in enumerate(spans)
    ]
    return Release("r1", "x" * 200, Node("root", "root", end=200, children=children))


_points = st.integers(0, 200)
_pair = st.tuples(_points, _points).map(lambda p: (min(p), max(p)))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_points, _points, st.lists(_pair, max_size=3)), max_size=8))
def test_index_matches_the_definition(raw) -> None:
    # Any spans: nested, overlapping, empty, or (like a footnote) outside the parent.
    release = _release([(min(a, b), max(a, b), kids) for a, b, kids in raw])
    index = NodeIndex(release)
    for offset in range(-1, 202):
        assert index.node_at(offset) is _by_definition(release, offset), offset
        assert release.node_at(offset) is index.node_at(offset)


def test_empty_node_holds_no_offset_and_child_wins_a_tie() -> None:
    release = _release([(10, 20, [(10, 20), (15, 15)])])
    index = NodeIndex(release)
    assert index.node_id(15) == "n0.0"  # same span as its parent: the child
    assert index.node_id(20) == "" and index.node_id(9) == ""


def test_index_on_a_corpus_release() -> None:
    path = ROOT / "tests/corpus/collected/c2_09_tw-cbc_mpm-minutes-2020-06-18.docx"
    if not path.is_file():
        pytest.skip("corpus release not in this checkout")
    from briefing.ingest import load_release

    release = load_release(path, suggest=False)
    index = NodeIndex(release)
    for offset in range(0, len(release.text), 7):
        assert index.node_at(offset) is _by_definition(release, offset)

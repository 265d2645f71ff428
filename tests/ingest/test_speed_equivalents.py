"""Quicker forms of per-block work that must keep the answers of the plain forms."""

from __future__ import annotations

import dataclasses

import pytest

from briefing.ingest.agenda_lists import wrap_agenda_lists
from briefing.ingest.patterns import LabelMatch, match_label
from briefing.model.node import Node


def test_a_label_match_built_quickly_is_still_a_frozen_value() -> None:
    made = LabelMatch("(b)", "(alpha)", 4)
    assert made == LabelMatch(label="(b)", family="(alpha)", body_offset=4)
    assert hash(made) == hash(LabelMatch("(b)", "(alpha)", 4))
    assert dataclasses.replace(made, label="(c)").label == "(c)"
    assert match_label("(b) Another made-up point") == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.label = "(z)"  # type: ignore[misc]


def _numbered(text: str, line: str) -> Node:
    start = text.index(line)
    label = line.split()[0]
    return Node(
        "",
        "paragraph",
        label=label,
        start=start,
        end=start + len(line.rstrip()),
        body_start=start + len(label) + 1,
    )


def test_an_agenda_run_stops_at_a_line_ending_a_sentence_whatever_its_trailing_spaces() -> None:
    lines = [
        "1. Opening of the made-up session",
        "2. Adoption of the agenda",
        "3. Will the session close today?   ",
        "4. Other matters",
        "5. Closing of the session",
    ]
    text = "\n".join(lines)
    root = Node("root", "root")
    root.children = [_numbered(text, line) for line in lines]
    # (The span of item 3 keeps its trailing spaces: only its last character counts.)
    root.children[2].end = root.children[2].start + len(lines[2])
    wrap_agenda_lists(root, text, {id(node): True for node in root.children})
    kinds = [node.kind for node in root.children]
    assert kinds == ["list", "paragraph", "list"]
    assert [child.label for child in root.children[0].children] == ["1.", "2."]
    assert [child.label for child in root.children[2].children] == ["4.", "5."]

"""Node fields follow their passage to a newer version of the release."""

from __future__ import annotations

from briefing.anchoring.carry import carry_node_fields
from briefing.model import Node, Release


def release(paragraphs: list[str]) -> Release:
    """Numbered paragraphs, ids by reading order (as the importer gives them)."""
    lines, nodes, offset = [], [], 0
    for i, text in enumerate(paragraphs, 1):
        line = f"{i}. {text}"
        nodes.append(Node(f"p{i}", "paragraph", f"{i}.", offset, offset + len(line), offset + 3))
        lines.append(line)
        offset += len(line) + 1
    text = "\n".join(lines)
    return Release("r1", text, Node("root", "root", "", 0, len(text), 0, children=nodes))


def test_a_summary_moves_with_its_passage_and_a_lost_one_is_returned():
    old = release(["The ministers met in Seoul on Monday.",
                   "They agreed to strengthen cooperation on peacekeeping.",
                   "The next meeting will be in Ottawa."])
    old.node("p2").summary = "Peacekeeping deal"
    old.node("p2").tags = ["Key point"]
    old.node("p3").summary = "Next meeting"
    new = release(["A paragraph the ministry inserted first.",
                   "The ministers met in Seoul on Monday.",
                   "They agreed to strengthen cooperation on peacekeeping."])
    lost = carry_node_fields(old, new)
    assert new.node("p3").summary == "Peacekeeping deal"  # p2's passage is p3 now
    assert new.node("p3").tags == ["Key point"]
    assert [(node.id, anchor.quote) for node, anchor in lost] == [
        ("p3", "The next meeting will be in Ottawa.")]

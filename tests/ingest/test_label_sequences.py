"""A label's level read from where the document starts each sequence over: a family that
restarts at its first label under two items of another family or more is that family's
sub-list, whatever each label looks like (made-up texts)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.label_sequences import restarted_under

MINUTES = """\
Minutes of the Harbour Board

The Board's staff reported the following.

(1) Traffic in the harbour grew steadily this year.

A. Ferry crossings rose in each of the first ten months of the year.

B. Freight tonnage rose in the second half of the year.

(2) The dredging plan for next year was reviewed.

A. The channel will be dredged to its former depth in spring.

B. The outer berth will be dredged in autumn.

(3) The Board approved the budget for the coming year.
"""

ACT = """\
Harbour Works Act

The harbour master shall keep the following registers.

(6) A register of the moorings let in the harbour.

(7) A register of the works done on the quays.

(a) Reports required. The harbour master shall report each year on the harbour's
works, listing the following:

(1) The works begun in the year.

(2) The works finished in the year.

(b) Contents. Each report shall set out the following:

(1) The cost of each work.

(2) The contractor of each work.
"""


def _depths(text: str) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []

    def walk(nodes, depth):
        for node in nodes:
            if node.label and node.kind in ("paragraph", "item"):
                found.append((node.label, depth))
            walk(node.children, depth + 1 if node.label else depth)

    walk(release_from_text(text).root.children, 1)
    return found


def test_a_family_restarting_under_each_item_of_another_is_its_sub_list():
    blocks = [
        ("paragraph", "(decimal)", "(1)", 0),
        ("paragraph", "ALPHA.", "A.", 0),
        ("paragraph", "ALPHA.", "B.", 0),
        ("paragraph", "(decimal)", "(2)", 0),
        ("paragraph", "ALPHA.", "A.", 0),
    ]
    assert restarted_under(blocks) == {"ALPHA.@0": {"(decimal)@0"}}
    # One restart shows nothing: a list may simply follow another.
    assert restarted_under(blocks[:3]) == {}
    # A heading between the item and the restart breaks the evidence.
    broken = [blocks[0], ("heading", "", "", 0), *blocks[1:4], ("heading", "", "", 0), blocks[4]]
    assert restarted_under(broken) == {}


def test_lettered_points_restarting_under_each_numbered_point_nest_in_it():
    depths = _depths(MINUTES)
    assert depths == [
        ("(1)", 1), ("A.", 2), ("B.", 2), ("(2)", 1), ("A.", 2), ("B.", 2), ("(3)", 1),
    ]  # fmt: skip


def test_a_family_the_text_nests_deeper_does_not_go_inside_its_sub_list():
    depths = dict.fromkeys(("(a)", "(b)"), 0)
    for label, depth in _depths(ACT):
        if label in depths:
            depths[label] = depth
    # "(a)" after "(7)": the text starts "(1)" over under "(a)" and "(b)", so "(1)"-"(7)"
    # are the points of a subsection and "(a)" is no point inside "(7)".
    assert depths == {"(a)": 1, "(b)": 1}


def test_a_label_known_only_from_a_closed_list_goes_on_no_deeper_than_the_open_items():
    from briefing.ingest.patterns import match_label
    from briefing.ingest.roles import Role
    from briefing.ingest.segment import Block
    from briefing.ingest.tree import Placed, build_tree

    lines = [
        ("paragraph", "1. The Board reviewed the harbour's traffic:"),
        ("paragraph", "(1) Ferry crossings rose."),
        ("heading", "Next steps"),
        ("paragraph", "(1) The channel will be dredged."),
        ("paragraph", "(2) The outer berth will be dredged."),
    ]
    text, placed = "", []
    for kind, line in lines:
        start = len(text)
        text += line + "\n\n"
        label = match_label(line) if kind == "paragraph" else None
        placed.append(Placed(Block(line), Role(kind, label), start, start + len(line)))
    root, _ = build_tree(text, placed)
    heading = next(node for node in root.children if node.kind == "heading")
    # Both points of the new part are its own, side by side, not "(2)" inside "(1)".
    assert [(node.label, len(node.children)) for node in heading.children] == [
        ("(1)", 0),
        ("(2)", 0),
    ]

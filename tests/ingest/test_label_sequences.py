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


SECTIONED = """\
Harbour Cooperation Arrangement

a. Pilotage

1. The parties will train each other's pilots in the outer channel.

2. The parties will share their charts of the outer channel.

b. Dredging

1. The parties will dredge the shared berth in turn, each year.

2. The parties will share the cost of the spoil grounds.

c. Moorings

1. The parties will keep a joint register of the moorings let.
"""


def test_a_family_of_short_labelled_heads_holds_no_sub_list():
    from briefing.ingest.label_sequences import HEAD_SHAPED, reads_as_paragraph

    assert not reads_as_paragraph("Pilotage and towage")
    assert reads_as_paragraph("The parties will train each other's pilots.")
    assert reads_as_paragraph("The harbour master shall report the following:")
    assert reads_as_paragraph("MOORINGS AND BERTHS.—")  # a dash introduces, as a colon
    assert reads_as_paragraph("the registers kept " * 5)  # long, though unstopped
    blocks = [
        (HEAD_SHAPED, "alpha.", "a.", 0),
        ("paragraph", "decimal.", "1.", 0),
        ("paragraph", "decimal.", "2.", 0),
        (HEAD_SHAPED, "alpha.", "b.", 0),
        ("paragraph", "decimal.", "1.", 0),
    ]
    # "1." starting over under each head is each section's own run of paragraphs.
    assert restarted_under(blocks) == {}
    # A head may itself be the restart, and one short item among long ones is an item.
    points = [
        ("paragraph", "(decimal)", "(1)", 0),
        (HEAD_SHAPED, "ALPHA.", "A.", 0),
        (HEAD_SHAPED, "(decimal)", "(2)", 0),
        (HEAD_SHAPED, "ALPHA.", "A.", 0),
        ("paragraph", "(decimal)", "(3)", 0),
    ]
    assert restarted_under(points) == {"ALPHA.@0": {"(decimal)@0"}}


def test_paragraph_numbers_restarting_under_lettered_heads_stay_top_level():
    depths = [depth for label, depth in _depths(SECTIONED) if label[0].isdigit()]
    assert depths == [1, 1, 1, 1, 1]


BULLETED = """\
Harbour Cooperation Arrangement

1. The parties will do the following:

• train each other's pilots in the outer channel, through:

1. joint courses held each spring;

2. exchanges of pilots for a season.

• keep a joint register of the moorings, through:

1. a joint office in the harbour.

2. The parties will also do the following:

• dredge the shared berth in turn;

• share the cost of the spoil grounds.

3. This arrangement runs for ten years.
"""


def test_bullets_holding_numbered_points_still_go_inside_a_numbered_paragraph():
    # "1." starts over under each bullet, yet a bullet holds no place in a sequence: the
    # bullets after "2." are its points, not a list going on above it.
    depths = _depths(BULLETED)
    assert [depth for label, depth in depths if label == "•"] == [2, 2, 2, 2]
    assert ("2.", 1) in depths and ("3.", 1) in depths

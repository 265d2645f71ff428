"""The depth of a plain text's labels read from how far it indents them, where the text
shows its indentation means depth (made-up texts)."""

from __future__ import annotations

from briefing.ingest import release_from_text

NESTED = """\
Joint statement on harbour supplies

1.  The harbours agree to share their supply plans.
2.  The harbours will coordinate their deliveries:
    1.  Fuel deliveries are planned a month ahead.
    2.  Food deliveries are planned a week ahead.
3.  The harbours will meet each quarter:
    1.  The first meeting reviews the fuel plans:
        1.  Stocks are counted at each harbour.
        2.  Shortfalls are reported to the board.
    2.  The second meeting reviews the food plans.
4.  This statement takes effect today.
"""

BULLETS = """\
Harbour inspection checklist for the spring season

The harbour master asks every inspector to follow these steps this spring.

- Check the moorings along both quays before the first ferry arrives:
  - the north quay, where the ferries tie up at night;
  - the south quay, where the fishing boats unload their catch.
- Check the lights that guide the ships into the harbour after dark:
  - the outer beacon on the breakwater at the harbour mouth;
  - the inner beacon above the ferry terminal.
- Report every fault to the harbour master on the same day.
"""

# Indents that go on a sequence, never start one: a layout's, not a list's depth.
LAID_OUT = """\
Notice of the harbour board

1.  The board met on Monday.
      2.  The board approved the budget.
3.  The board heard the harbour master.
      4.  The board closed the meeting.
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


def test_a_list_indented_under_an_item_is_its_sub_list():
    assert [depth for _, depth in _depths(NESTED)] == [1, 1, 2, 2, 1, 2, 3, 3, 2, 1]


def test_indented_bullets_nest_under_the_bullet_above():
    assert [depth for _, depth in _depths(BULLETS)] == [1, 2, 2, 1, 2, 2, 1]


def test_indents_that_only_go_on_a_sequence_are_layout():
    assert [depth for _, depth in _depths(LAID_OUT)] == [1, 1, 1, 1]


def _centred(lines: list[str], width: int = 70) -> str:
    return "\n".join(" " * ((width - len(line)) // 2) + line for line in lines)


CENTRED_LIST = (
    "Examplia Spring Fair 2031\n\n"
    "The town invites its residents to the spring fair from 3 to 9 May 2031. The days:\n\n"
    + _centred(
        [
            "• Opening of the flower market",
            "• Bakers' contest",
            "• Evening of choirs in the old hall",
            "• Puppet show",
            "• Closing walk along the river banks",
        ]
    )
    + "\n\nEntry is free for everyone.\n"
)


def test_a_centred_list_is_not_nested_by_its_indents():
    release = release_from_text(CENTRED_LIST)
    items = [n for n in release.root.walk() if n.kind == "item"]
    assert len(items) == 5
    parent = {c.id: p for p in release.root.walk() for c in p.children}
    assert len({parent[n.id].id for n in items}) == 1


# Short sub-items whose middles meet their parent's by chance, indented by tabs.
TABBED = (
    "Harbour notice\n\nThe harbour board lists the works planned for the spring season:\n\n"
    "- Dredging of the inner basin\n\t- North quay section\n\t- South quay section\n"
    "- Repair of the lighthouse\n\t- New lamp housing\n\t- Painting of the tower\n\n"
    "Works start on 3 May 2031.\n"
)


def test_tabbed_sub_items_meeting_a_middle_by_chance_still_nest():
    assert [depth for _, depth in _depths(TABBED)] == [1, 2, 2, 1, 2, 2]

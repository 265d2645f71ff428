"""Dotted paragraph numbers ("2.1", "4.1.6", "A.2.1"): glued to their first word by a web
page's copy, placed in the outline by their own prefix, and a short "2." line over a
"2.1" paragraph read as its section's heading (patterns, dotted_paths, section_numbers).
Made-up policies."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.dotted_paths import dotted_depth
from briefing.ingest.patterns import match_label
from briefing.model import Node, Release
from tests.ingest.helpers import heading_texts, read_release

PASTED = """Standard on Garden Maintenance

1. Effective date

1.1This standard takes effect on June 3, 2031.

2. Requirements

2.1The garden manager is responsible for the following:

2.1.1Keeping the lawns of the department cut and watered during the summer months;

2.1.2Planting trees where the following conditions are met:

2.1.2.1The soil has been tested by a qualified person; and

2.1.2.2The tree is of a kind native to the region; and

2.1.3Reporting every year on the state of the gardens to the deputy head.

2.2Employees are responsible for keeping the paths clear of litter at all times.
"""


def _items(release: Release) -> list[tuple[str, int]]:
    """Each labelled paragraph or item's label and its depth among labelled items."""
    found: list[tuple[str, int]] = []

    def walk(node: Node, depth: int) -> None:
        for child in node.children:
            listed = bool(child.label) and child.kind in ("item", "paragraph")
            if listed:
                found.append((child.label, depth))
            walk(child, depth + (1 if listed else 0))

    walk(release.root, 0)
    return found


def test_dotted_number_glued_to_a_capitalised_word_is_a_label() -> None:
    assert match_label("2.1.3Reporting every year").label == "2.1.3"
    assert match_label("4.1This policy").label == "4.1"
    assert match_label("A.2.1These procedures").label == "A.2.1"
    assert match_label("A.2.1 These procedures").label == "A.2.1"
    assert match_label("4.1.8.2A change of manager occurs").label == "4.1.8.2"


def test_figures_and_cited_sections_are_no_glued_labels() -> None:
    assert match_label("2.5bn was spent") is None
    assert match_label("12.5A of the Act applies") is None
    assert match_label("A.1 of the annex") is None


def test_dotted_number_goes_under_its_prefix_not_under_the_line_before() -> None:
    assert dotted_depth("4.1.6", ["4.1", "4.1.5", "4.1.5.2"]) == 1
    assert dotted_depth("4.1.5.3", ["4.1", "4.1.5", "4.1.5.2"]) == 2
    assert dotted_depth("4.1.1", ["4.1"]) == 1
    assert dotted_depth("4.2", ["3.1"]) is None


def test_pasted_policy_outline(tmp_path: Path) -> None:
    release = read_release(tmp_path, PASTED)
    assert "1. Effective date" in heading_texts(release)
    assert "2. Requirements" in heading_texts(release)
    assert _items(release) == [
        ("1.1", 0),
        ("2.1", 0),
        ("2.1.1", 1),
        ("2.1.2", 1),
        ("2.1.2.1", 2),
        ("2.1.2.2", 2),
        ("2.1.3", 1),
        ("2.2", 0),
    ]


AGENDA = """Agenda of the Garden Committee

1. Opening of the meeting

1.1 Adoption of the agenda

1.2 Minutes of the last meeting

2. Any other business
"""


def test_agenda_sub_items_leave_their_item_numbered(tmp_path: Path) -> None:
    release = read_release(tmp_path, AGENDA)
    assert "1. Opening of the meeting" not in heading_texts(release)

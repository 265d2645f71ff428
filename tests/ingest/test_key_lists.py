"""A preamble set as a form: a key word, a colon and the first item of its list on one
line ("Considering : a. that ...", "b. that ..."). The key and the list are cut apart and
the first item keeps its label (side_keys.py); a colon and an "(a)" inside a sentence are
left alone.
Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.model import Node

DOC = """REGULATION OF THE HARBOUR BOARD NUMBER 7 OF 2031

THE CHAIRMAN OF THE HARBOUR BOARD,
Considering : a. that the berths of the north quay need a fair
order of use among the fishing fleets;
b. that the order should be set by a regulation;

Recalling : 1. the Harbour Act of 2010 on the use of the quays
and their berths;
2. the Fisheries Act of 2015 on the fleets;
3. the Board's rules of procedure;

HAS DECIDED:

The Board rules on the north quay as set out below.
"""


def _labelled(doc: str) -> list[tuple[str, str, int]]:
    release = release_from_text(doc)
    found: list[tuple[str, str, int]] = []

    def walk(node: Node, depth: int) -> None:
        for child in node.children:
            if child.label:
                text = release.text[child.body_start : child.end]
                found.append((child.label, " ".join(text.split()[:3]), depth))
            walk(child, depth + (1 if child.label else 0))

    walk(release.root, 0)
    return found


def test_the_first_item_beside_its_key_keeps_its_label() -> None:
    found = _labelled(DOC)
    assert ("a.", "that the berths", 0) in found
    assert ("b.", "that the order", 0) in found
    assert ("1.", "the Harbour Act", 0) in found
    assert ("2.", "the Fisheries Act", 0) in found
    assert ("3.", "the Board's rules", 0) in found


def test_a_sentence_with_a_colon_and_a_label_stays_whole() -> None:
    doc = (
        "The Board made the following changes: (a) two new berths in the\n"
        "north quay for the fishing fleets.\n\n"
        "The changes take effect next month.\n"
    )
    assert _labelled(doc) == []


def test_the_enacting_line_over_the_key_is_no_title_wrap() -> None:
    # No title ends on a comma: the line naming who enacts stays out of the title.
    doc = (
        "REGULATION OF THE HARBOUR BOARD\n"
        "NUMBER 7 OF 2031\n"
        "ON\n"
        "THE USE OF THE NORTH QUAY OF THE PROVINCIAL\n"
        "HARBOUR (FISHING FLEETS)\n"
        "BY THE GRACE OF THE ALMIGHTY\n"
        "CHAIRMAN OF THE HARBOUR BOARD,\n"
        "Considering : a. that the berths of the north quay need a fair order of use\n"
        "among the fishing fleets of the province;\n"
        "b. that the order should be set by a regulation;\n"
    )
    release = release_from_text(doc)
    assert "CHAIRMAN" not in release.title
    assert ("a.", "that the berths", 0) in _labelled(doc)

"""Labels and clauses at the edges of plain text: a web page's zero-width space between
a paragraph's number and its text ("14.\u200b The ...") leaves the number a label; a
preambular clause ending on a note number spaced off its comma ("..., 2") is a clause,
never a heading over the operative paragraphs. Made-up text in the shape of releases."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.patterns import match_label
from briefing.model import Release


def _top(release: Release) -> list[tuple[str, str, str]]:
    return [
        (node.kind, node.label, " ".join(release.node_text(node).split())[:30])
        for node in release.root.children
    ]


def test_a_zero_width_space_after_the_number_is_a_space() -> None:
    found = match_label("14.\u200b The parties commit to cooperate.")
    assert found is not None and found.label == "14." and found.family == "decimal."
    found = match_label("3.\u200bThe parties intend to negotiate.")
    assert found is not None and found.label == "3."
    assert match_label("Hello\u200b world") is None


def test_numbered_points_typed_with_zero_width_spaces_are_siblings() -> None:
    text = """The key terms of the framework include:

1.\u200b The first party intends to eliminate tariffs on all industrial goods of the
second party and to provide preferential access for its seafood.

2. \u200bThe second party commits to apply the lower of the two rates to goods
originating in the first party, from the first day of the month.

3.\u200b The parties will negotiate rules of origin that ensure the benefits accrue
predominantly to the parties themselves.
"""
    labels = [(kind, label) for kind, label, _ in _top(release_from_text(text))]
    assert labels[-3:] == [("paragraph", "1."), ("paragraph", "2."), ("paragraph", "3.")]


def test_a_clause_ending_on_a_spaced_note_number_is_no_heading() -> None:
    text = """The General Assembly,

     Recalling its resolution 90/98 of 4 December 2096,

     Having examined the relevant chapter of the report of the Special Committee
for 2099, 1

     Having also examined the report of the Secretary-General, 2

     1.   Takes note of the report of the Secretary-General;

     2.   Decides to include the item in the provisional agenda of its next session.

_______________
1 Official Records of the General Assembly, Supplement No. 23.
2 A/99/290.
"""
    kinds = [kind for kind, _, _ in _top(release_from_text(text))]
    assert "heading" not in kinds

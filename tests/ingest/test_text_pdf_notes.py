"""Footnotes in text taken from a PDF (pdftotext, a PDF viewer's copy): the raised note
number on a line of its own under the footnote rule, and markers left in the prose as
spaced numbers ("Weapons 9 acknowledges", "of 16 March 2022, 1")."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.mend import spaced_marker_pattern
from briefing.ingest.text_notes import join_note_markers

# Made-up text in the shape of a UN resolution extracted with pdftotext -layout.
LAYOUT = """\
                  The General Assembly,
                  Recalling the order of the Court of 16 March 2022, 1
                  Recalling further the Treaty on the Prohibition of Nuclear Weapons 2 acknowledges
              the catastrophic consequences of any use of nuclear weapons,
                  Noting the report of the Secretary-General, 3 in which the risks are described,
                  1. Decides to remain seized of the matter.
         __________________
             1
               See A/76/100, annex.
             2
               United Nations, Treaty Series, vol. 3379, No. 56487.
             3
               A/79/300.
"""


def _notes(release):
    return {n.label: n for n in release.root.walk() if n.kind == "footnote"}


def test_marker_lines_under_the_rule_join_their_notes():
    lines = join_note_markers(LAYOUT.splitlines())
    assert "1 See A/76/100, annex." in [line.strip() for line in lines]
    # Above the rule a bare number stays as it is.
    assert join_note_markers(["Item", "   2", "Text"]) == ["Item", "   2", "Text"]


def test_notes_attach_to_the_paragraphs_holding_their_markers():
    release = release_from_text(LAYOUT)
    notes = _notes(release)
    assert set(notes) >= {"1", "2", "3"}
    parent = {n.id: p for p in release.root.walk() for n in p.children}
    assert release.node_text(parent[notes["1"].id]).startswith("Recalling the order")
    assert release.node_text(parent[notes["2"].id]).startswith("Recalling further")
    assert release.node_text(parent[notes["3"].id]).startswith("Noting the report")


def test_spaced_markers_are_not_references_or_lists():
    cases = {
        ("nuclear weapons, 4 and the disquiet", "4"): True,
        ("Weapons 9 acknowledges", "9"): True,
        ("arsenals, 5\nnext line", "5"): True,
        ("of 12 August 1949, 3 to which", "3"): True,
        ("Article 2 and 3 of the Charter", "2"): False,
        ("paragraphs 1, 2\nand more", "2"): False,
        ("resolution 9 acknowledges", "9"): False,
        ("in 12 countries", "12"): False,
        # The comma set apart from its word in justified text, the marker ending the line.
        ("held in Lima on 2 May 2019 , 3\nnext line", "3"): True,
        ("adopted in the Declaration , 7\nnext line", "7"): True,
        ("paragraphs 1 , 2\nand more", "2"): False,
    }
    for (text, number), expected in cases.items():
        assert bool(spaced_marker_pattern(number).search(text)) is expected, text

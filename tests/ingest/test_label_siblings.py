"""A numbered line beside a plain paragraph of its own sequence is that list's item, not
a numbered heading (label_siblings.py), and a numbered heading vouches only for the
numbers counting up from it (sibling_sections.py): offices number a list's items in one
sequence and their sections' headings in another. Made-up text in the shapes of a
regulation's cited acts, a minutes' decision list and an act's definitions."""

from __future__ import annotations

from briefing.ingest import release_from_text


def _kinds(text: str) -> dict[str, str]:
    """First words of each labelled unit or heading (its label aside): its kind."""
    release = release_from_text(text)
    out: dict[str, str] = {}

    def visit(node) -> None:
        for child in node.children:
            words = " ".join(release.node_text(child).split()[:3])
            if child.kind == "heading" or (child.kind in ("paragraph", "item") and child.label):
                out[words] = child.kind
            visit(child)

    visit(release.root)
    return out


CITED_ACTS = """Regulation of the Minister of Examplian Affairs on Trade Licences

Considering:

1. Law Number 7 of 2031 on Trade in the Republic of Examplia, as amended by Law Number 2 of 2032;

2. Regulation Number 9 of 2033 on Licences

Trade licences issued before this regulation keep their force until the date they expire.
"""


def test_a_short_item_after_an_item_ending_on_a_semicolon_is_an_item() -> None:
    kinds = _kinds(CITED_ACTS)
    assert kinds["Regulation Number 9"] == "paragraph"


DECISION = """Minutes of the Board meeting of Examplia's central bank

1. The Board approved the proposal to replace the target range by a reference range. The views are summarized below.

Several members said that the reference range kept the framework clear for the public.

2. Decision on the reference range

The Board approved the reference range for the coming year.

Review of economic conditions

1. Recent developments

Output in Examplia grew faster than expected in the third quarter of the year.
"""


def test_a_short_item_after_a_sentence_of_its_sequence_is_an_item() -> None:
    kinds = _kinds(DECISION)
    assert kinds["Decision on the"] == "paragraph"


def test_a_heading_numbered_one_counts_for_no_two_before_it() -> None:
    # ("1. Recent developments" heads a section of the next part: the "2." above it is
    # not its sequence's next number, and stays the decision list's item.)
    kinds = _kinds(DECISION)
    assert kinds["Recent developments"] == "heading"
    assert kinds["Decision on the"] == "paragraph"


GLUED = """Accord between Examplia and Samplia on cooperation and support

1. Security and defence assistance and cooperation between the Participants
Examplia has provided equipment and training to Samplia since the start of the
war, and the Participants will hold regular talks on security policy.

2. Humanitarian, recovery and reconstruction, technical, and financial support
Recalling that Examplia has supported the recovery of Samplia through grants and
loans, the Participants will continue that support for the duration of this Accord.

3. Other areas of support and cooperation
The Participants will cooperate on cybersecurity and on the maritime order based on
international law, and will explore cooperation in industry.
"""


def test_a_heading_glued_to_its_paragraph_decides_nothing() -> None:
    # "2." ends on a stop only because its heading line, as long as a wrapped line, was
    # run into the paragraph under it (its first line stops on a bare word over a
    # capital): "3." stays a heading.
    kinds = _kinds(GLUED)
    assert kinds["Other areas of"] == "heading"

"""A numbered line whose neighbour in the sequence heads a section heads one too
(sibling_sections.py): minutes copied out of a PDF number their sections "1.", "2.",
"3."; a short first sentence, a sub-section's heading or a list under one of them must
not leave it a numbered paragraph beside numbered headings, with its sub-points a level
too deep. An agenda's entries, a stub under an entry and an entry whose words go on in
lower case stay list entries. Made-up text in the shape of a central bank's minutes."""

from __future__ import annotations

from briefing.ingest import release_from_text


def _kinds(text: str) -> dict[str, tuple[str, int]]:
    """First words of each labelled unit or heading, its label aside: (kind, depth of
    labelled ancestors)."""
    release = release_from_text(text)
    out: dict[str, tuple[str, int]] = {}

    def visit(node, depth: int) -> None:
        for child in node.children:
            words = " ".join(release.node_text(child).split()[:3])
            labelled = child.kind in ("paragraph", "item") and bool(child.label)
            level = depth + 1 if labelled else depth
            if child.kind == "heading" or labelled:
                out[words] = (child.kind, level)
            visit(child, level)

    visit(release.root, 0)
    return out


MINUTES = """Minutes of the Monetary Board meeting held on 4 March 2031

1. Economic developments

The economy of Examplia went on growing at a moderate pace in the last quarter, with exports rising.

Household spending held up well despite the higher cost of borrowing over the winter months.

2. Financial environment

Financing conditions remained tight.

Banks raised the rates on new loans to firms again, and credit to households slowed in January.

3. Considerations for monetary policy

(1) Inflation stayed above the target range, mostly because of food and energy prices.

(2) The outlook for growth was uncertain, as demand from abroad was expected to weaken.

4. Decision

The Board decided unanimously to keep the policy rate at 4.5 per cent.
"""


def test_a_section_over_a_short_first_sentence_heads_it() -> None:
    kinds = _kinds(MINUTES)
    assert kinds["Financial environment"][0] == "heading"


def test_a_section_over_a_list_heads_it_and_its_list_is_not_nested() -> None:
    kinds = _kinds(MINUTES)
    assert kinds["Considerations for monetary"][0] == "heading"
    assert kinds["Inflation stayed above"] == ("paragraph", 1)
    assert kinds["The outlook for"] == ("paragraph", 1)


AGENDA = """Agenda of the district council meeting of 6 June 2031

1. Roll call

2. Approval of the minutes

3. Reports of the members

The chair will report on the search for a new director and on the budget of the district for the year.

4. Votes

N/A

5. Announcement of the next meeting

The next meeting will be held on 4 July 2031 in the council chamber of the town hall.
"""


def test_an_agendas_entries_stay_entries() -> None:
    kinds = _kinds(AGENDA)
    # (beside an entry read as a heading: the next entry of the list under it, a stub)
    assert kinds["Approval of the"][0] != "heading"
    assert kinds["Votes"][0] != "heading"


def test_an_entry_going_on_in_lower_case_stays_an_entry() -> None:
    text = """Decision of the Minister of Ports of 2 May 2031

The Minister of Ports, having regard to the texts below, decides as follows.

1. The Ports Act of 12 January 2020

The Act sets the duties of the harbour master and the fees for the mooring of ships.

2. Decree No. 45 of 2024

on the fees charged in the harbour of Example Bay for the mooring of ships, as amended

3. The opinion of the Harbour Board of 1 April 2031.
"""
    # (The entry's words end on no stop: an entry ending its sentence so is a plain
    # paragraph of the list, and "1." beside it would be read as that list's item too:
    # label_siblings, session 42.)
    kinds = _kinds(text)
    assert kinds["The Ports Act"][0] == "heading"  # (over a sentence: the ordinary rule)
    assert kinds["Decree No. 45"][0] != "heading"

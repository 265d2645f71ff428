"""Headings set one right over another (stacked_heads.py): a part's heading printed
directly over the heading of its first section ("Works" over "Northern quays" over a
paragraph), and a heading over one short first sentence. Menus over link lists, a list
of like entries and a long line closing the part before stay what they are. Made-up
text in the shape of releases copied from a web page."""

from __future__ import annotations

from briefing.ingest import release_from_text


def _headings(text: str) -> list[str]:
    release = release_from_text(text)
    return [
        " ".join(release.node_text(node).split())
        for node in release.nodes()
        if node.kind == "heading"
    ]


BULLETIN = """Weekly bulletin of the Ports Authority

Monday, 3 March 2025

The authority reports the decisions its board took this week on the harbour estate.

Harbour Works

Northern Quays

The board approved the dredging of the northern quays at a cost of four million.

Further works will follow in the spring once the tenders for the southern basin close.

Border Controls

Checks at the gates remain in force.

Drivers must carry a permit and an identity card at every gate of the harbour estate.
"""


def test_a_part_heading_over_its_first_section_heading() -> None:
    heads = _headings(BULLETIN)
    assert "Harbour Works" in heads
    assert "Northern Quays" in heads


def test_a_heading_over_one_short_first_sentence() -> None:
    assert "Border Controls" in _headings(BULLETIN)


def test_three_ranks_in_capitals() -> None:
    text = """Daily digest of official acts

Lisbon, 4 March 2025.

Follow the acts of interest to the harbour services published in the official journal.

Tags: Ports. Shipping.

ACTS OF THE GOVERNMENT

MINISTRY OF PORTS

ORDER NO. 12 ON HARBOUR DUES

Sets the dues ships pay for each day they stay at the quays of the northern basin.

Source: Official Journal, series 1, page 3.
"""
    heads = _headings(text)
    for line in ("ACTS OF THE GOVERNMENT", "MINISTRY OF PORTS", "ORDER NO. 12 ON HARBOUR DUES"):
        assert line in heads


def test_a_question_numbered_as_a_section_heads_it() -> None:
    text = """Review of the cycling plan

The town reviewed its cycling plan with the help of residents and the council this year.

1.1. Why do we need a review?

The town is growing fast and the plan adopted six years ago no longer fits its roads.

1.2. What changed since the last plan?

New districts were built and a bus service now links the villages to the town centre.
"""
    heads = _headings(text)
    assert "Why do we need a review?" in heads  # (the label "1.1." kept apart)
    assert "What changed since the last plan?" in heads


def test_short_lines_over_a_list_of_links_are_a_menu() -> None:
    text = """Consultation on harbour dues

The ministry asks for comments on the new dues until the end of the month.

Send your comments

Ministry of Ports

Topics

- Ports and shipping
- Taxes and dues
"""
    heads = _headings(text)
    assert "Send your comments" not in heads
    assert "Ministry of Ports" not in heads


def test_entries_opening_alike_are_a_list_not_ranks() -> None:
    text = """Press conference on the harbour

The minister answered questions on the harbour works at length this morning.

Press conference by the minister (opening remarks)

Press conference by the minister (questions)

The video of the conference can be watched on the ministry's website from today.
"""
    heads = _headings(text)
    assert "Press conference by the minister (opening remarks)" not in heads


def test_a_long_line_over_a_heading_closes_the_part_before() -> None:
    text = """The covenant

The covenant protects the freedoms of expression, assembly and association of all.

International covenant on the rights of harbour workers (second covenant)

Monitoring

A committee of experts checks how the states apply the covenant every four years.
"""
    heads = _headings(text)
    assert "Monitoring" in heads
    assert not any(h.startswith("International covenant") for h in heads)


def test_capitals_stack_without_blank_lines() -> None:
    # pdftotext -raw prints no blank lines: capitals alone set the ranks apart.
    text = """Minutes of the sitting of the harbour council
The council met at ten o'clock in the morning in the town hall.
ACTS AND NOTICES
TABLED PAPERS
The clerk tabled the annual report of the harbour board and its accounts for last year.
The council took note of the report and thanked the board for its work on the quays.
"""
    heads = _headings(text)
    assert "ACTS AND NOTICES" in heads
    assert "TABLED PAPERS" in heads

"""Short lines that are pieces of a sentence are never crossheads: a lead-in whose list
items continue its sentence in lower case, and a line that a break cut inside a
parenthesis. Made-up text in the shape of plain text taken from a page."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.segment import Block
from briefing.ingest.sentence_pieces import (
    continues_in_lower_case,
    opens_on_trailing_mark,
    runs_into_list,
    unbalanced_brackets,
)

LEAD_IN = """\
THE WATER BOARD SETS NEW RULES FOR METERS

The board published the rules for household water meters on Tuesday after a long
consultation with the towns of the valley and their suppliers.

Each meter fitted after the first of May must be

1. readable by the household without any tool or device;
2. sealed by the supplier at the time it is fitted.

The rules take effect in the summer and replace the rules of the previous decade.
"""

CUT_BRACKET = """\
REGULATION ON HARBOUR DUES

The harbour office announced the new dues for vessels calling at the eastern
quays, after the council approved the schedule at its spring session.

Harbour Dues Schedule (Official Bulletin of the Republic

1. Vessels of up to fifty tonnes pay the lower rate for each day at the quay.
2. Larger vessels pay the higher rate set in the schedule.
"""


def _headings(text: str) -> list[str]:
    release = release_from_text(text)
    return [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]


def test_a_lead_in_over_lower_case_items_is_no_heading():
    assert not any(h.startswith("Each meter") for h in _headings(LEAD_IN))


def test_a_line_cut_inside_a_parenthesis_is_no_heading():
    assert not any(h.startswith("Harbour Dues Schedule") for h in _headings(CUT_BRACKET))


def test_the_shapes():
    assert runs_into_list(Block("1. readable by anyone"))
    assert not runs_into_list(Block("1. Readable by anyone"))
    assert not runs_into_list(Block("readable by anyone"))  # no label
    assert unbalanced_brackets("Schedule (Bulletin of the")
    assert unbalanced_brackets("of the Ministry (No. 12)»")
    assert not unbalanced_brackets("B) SCOPE OF THE RULES (GENERAL)")
    assert not unbalanced_brackets("Scope (general)")


BEFORE_BODY = """\
DECISION OF THE BOARD OF THE PORT AUTHORITY

Harbour Works (Eastern Quay

The board met on 12 May to review the tariffs of the port for the coming year and
heard the report of the harbour master on the works of the eastern quay.

The board decided to keep the tariffs unchanged for the coming year and to review
them again after the works on the eastern quay are finished.
"""


def test_a_cut_line_right_before_the_body_is_no_first_heading():
    # The short line between the title and the body needs the same evidence as any
    # other crosshead.
    assert not any(h.startswith("Harbour Works") for h in _headings(BEFORE_BODY))


def test_a_block_opening_in_lower_case_continues_the_short_line_above() -> None:
    # "... the Example Relief Allowance" over "of Workers Act, ...": the short line is a
    # piece of a sentence whose rest is the block under it, never a crosshead over it.
    assert continues_in_lower_case(
        Block("of Workers Act, No. 4 of 2016, shall be consolidated with the monthly wage.")
    )
    assert not continues_in_lower_case(Block("The allowance shall be consolidated with it."))
    assert not continues_in_lower_case(Block("a) the farming sector;"))  # an item: its own
    assert not continues_in_lower_case(Block("iPhone users may apply", style="list-item"))


SCRAPED_NAMES = """\
Harbour Board Names Two New Directors
Press Release
May 4, 2031
The Harbour Board today named two new directors to lead its work on the river port.
Anna Verhoeven
, until now head of the port's planning office, will direct the board's engineering work.
She joined the board in 2019 after ten years at the national roads agency.
Tomas Lindqvist
; he will lead the finance office from June.
"We are glad to welcome them both," the chair
said
. "Their work will shape the port for a decade."
"""


def test_a_name_whose_sentence_goes_on_after_a_comma_is_no_heading() -> None:
    # A scrape sets a bold name on its own line; the sentence goes on under it.
    heads = _headings(SCRAPED_NAMES)
    assert heads == [] or not any(h.startswith(("Anna", "Tomas", "said")) for h in heads)


def test_opens_on_trailing_mark() -> None:
    assert opens_on_trailing_mark(Block(", until now head of the planning office, will ..."))
    assert opens_on_trailing_mark(Block('. "Their work will shape the port."'))
    assert opens_on_trailing_mark(Block("; he will lead the finance office."))
    assert not opens_on_trailing_mark(Block("The board met on Monday."))
    assert not opens_on_trailing_mark(Block(". . . continued on page 2"))

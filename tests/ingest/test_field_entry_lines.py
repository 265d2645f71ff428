"""A list printed an entry a line, each named by its label ("Region Award: Name"), in
text whose paragraphs are set apart by blank lines: the long entries are lines of their
own, not wraps (made-up awards release)."""

from __future__ import annotations

from briefing.ingest import release_from_text

RELEASE = """\
Harbour Office Announces 2030 Service Award Recipients

March 5, 2031

EXAMPLE CITY – The Harbour Office celebrated the work of its pilots and crews at its
annual awards dinner held on Friday, March 1, 2031, in the harbour's old customs hall.

Listed below are the 2030 award recipients:

Pilot of the Year: Jane Example
Crew Member of the Year: John Sample
Northern Harbour Group Award: Night Boarding Team and Rescue Boat Crew
Southern Harbour Group Award: Channel Dredging and Buoy Maintenance Unit
Eastern Harbour Group Award: Port Safety Office Inspectors

The Harbour Master thanked all the staff for their work during a hard winter.
"""


def test_each_labelled_entry_is_a_unit():
    release = release_from_text(RELEASE)
    units = [release.text[n.start : n.end] for n in release.nodes()]
    starts = [u.split(":")[0] for u in units]
    assert not any("\n" in u and ":" in u.split("\n")[1] for u in units), units
    assert "Northern Harbour Group Award" in starts
    assert "Southern Harbour Group Award" in starts
    assert "Eastern Harbour Group Award" in starts

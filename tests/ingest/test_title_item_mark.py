"""A file's item mark over a wire item's headline ("#a") is no first line of the title
(made-up wire-file item)."""

from __future__ import annotations

from briefing.ingest import release_from_text

ITEM = """\
March 5, 2031
#a
Example: Harbour Pilots To Get New Night Boats

Example City -- The harbour office will buy six new night boats for its pilots
this year, the harbour master said on Tuesday, after three boarding accidents in
the winter months.

The boats will be built in the city's own yard and will enter service in the
autumn, she said.
"""


def test_item_mark_is_not_part_of_the_title():
    release = release_from_text(ITEM)
    assert release.title == "Example: Harbour Pilots To Get New Night Boats"
    assert "#a" in " ".join(r.text for r in release.removed)

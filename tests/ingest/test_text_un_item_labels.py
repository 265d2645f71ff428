"""A UN committee's programme of work numbers its items with the word ("Item 7.") and its
sub-items "(a)", "(b)" under them (made-up draft decision as ``pdftotext -layout``
prints it): "Item 7." is the item's label, and the sub-items nest under it."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.patterns import match_label

DECISION = """\
                United Nations                                                  A/C.9/40/L.60
                General Assembly                                   Distr.: Limited
                                                                   16 November 2035

Fortieth session
Ninth Committee
Agenda item 121
Revitalization of the work of the General Assembly


                Draft decision submitted by the Chair of the Committee

                Draft programme of work of the Ninth Committee for the forty-
                first session of the General Assembly

                      The General Assembly approves the draft programme of work of the Ninth
                Committee for the forty-first session of the Assembly as set out below.


                Draft programme of work

                Item 1.    Coastal development:
                           (a)   Implementation of the outcome of the Summit on Coastal
                                 Development;
                           (b)   Coastal development, including questions relating to
                                 harbours and lighthouses.
                Item 2.    Maritime safety.
                Item 3.    Protection of the keepers of lighthouses:
                           (a)   Protection of the keepers;
                           (b)   Follow-up to the outcome of the special session on keepers.
                Item 4.    Programme planning.
"""


def test_item_numbers_are_labels():
    label = match_label("Item 7.    Promotion and protection of human rights:")
    assert label is not None and label.label == "Item 7."
    assert match_label("Item 7 of the provisional agenda") is None
    assert match_label("Item 7. the list") is None


def test_sub_items_nest_under_their_item():
    release = release_from_text(DECISION)
    items = {}
    for node in release.nodes():
        if node.label.startswith("Item"):
            items[node.label] = node
    assert sorted(items) == ["Item 1.", "Item 2.", "Item 3.", "Item 4."]
    assert [c.label for c in items["Item 1."].children] == ["(a)", "(b)"]
    assert [c.label for c in items["Item 3."].children] == ["(a)", "(b)"]

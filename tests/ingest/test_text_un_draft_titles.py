"""A UN draft's title is the block under the line naming what the draft is ("Draft
resolution", "Draft decision submitted by the Chair ..."), however short, and not the
agenda item's name printed above it (made-up drafts in pdftotext's shapes)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.draft_titles import title_after_draft_line
from briefing.ingest.segment import Block

RAW_DRAFT = """\
United Nations A/C.9/40/L.7
General Assembly Distr.: Limited
14 November 2035
Original: English
35-12345 (E) 181135
*3512345*
Fortieth session
Ninth Committee
Agenda item 12
Lighthouse protection
Draft resolution
Lighthouse protection
The General Assembly,
Recalling its resolution 10/20 of 1 January 2000, the annex to which sets out the
principles on the protection of lighthouses, commending them to States,
1. Commends once again the principles on lighthouses to the attention of Governments;
2. Decides to include the item in the provisional agenda of its forty-third session.
"""

LAYOUT_DECISION = """\
                United Nations                                                  A/C.9/40/L.60
                General Assembly                                   Distr.: Limited
                                                                   16 November 2035

                                                                   Original: English




Fortieth session
Ninth Committee
Agenda item 121
Revitalization of the work of the General Assembly


                Draft decision submitted by the Chair of the Committee

                Draft programme of work of the Ninth Committee for the forty-
                first session of the General Assembly

                      The General Assembly approves, subject to any subsequent decision by the
                Assembly, the draft programme of work of the Ninth Committee for the forty-first
                session of the Assembly as set out below.
"""


def test_a_two_word_title_under_draft_resolution_is_the_title():
    release = release_from_text(RAW_DRAFT)
    assert release.title == "Lighthouse protection"


def test_the_title_under_the_draft_decision_line_beats_the_agenda_item():
    release = release_from_text(LAYOUT_DECISION)
    assert release.title.startswith("Draft programme of work of the Ninth Committee")


def test_a_sentence_under_the_kind_line_is_no_title():
    blocks = [Block("Draft resolution"), Block("The Committee recommends the following text:")]
    assert title_after_draft_line(blocks, 2) is None

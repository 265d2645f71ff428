"""A page a news wire or a mirror carries heads the release with the issuer's initials and
name ("EXO - Example Health Organization") and a distribution stamp; the release's own
title may end on the day it records ("... opening remarks at the media briefing – 3 May
2031"). The initials and name are the letterhead, never the title; a phrase dated so is
the title, not a dateline. Made-up pages."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.title import is_masthead

WIRE_PAGE = """\
EHO - Example Health Organization

05/03/2031 | Press release | Distributed by Sample Wire on 05/03/2031 10:12

EHO Director-General's opening remarks at the media briefing – 3 May 2031

Good morning, good afternoon and good evening,

First to the outbreak in the northern province, where the number of cases rose again this week.

We continue to support the ministry of health with supplies and staff.
"""

DATELINE_ONLY = """\
Sampleton – 3 May 2031

The Ministry of Examples welcomed today the agreement reached between the two parties to the dispute.

It calls on both sides to carry out the agreement in good faith.
"""


def test_the_issuer_s_initials_and_name_are_no_title() -> None:
    assert is_masthead("EHO - Example Health Organization")
    assert not is_masthead("Framework for Example Taxation (FET)")
    assert not is_masthead("EMF - Example Monetary Fund raises its forecast")


def test_a_phrase_closed_by_its_day_is_the_title_under_a_wire_s_stamp() -> None:
    release = release_from_text(WIRE_PAGE)
    assert (
        release.title == "EHO Director-General's opening remarks at the media briefing – 3 May 2031"
    )


def test_a_place_and_its_date_stay_a_dateline() -> None:
    assert release_from_text(DATELINE_ONLY).title == ""

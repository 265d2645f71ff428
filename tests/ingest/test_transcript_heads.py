"""The head of a transcript as an office types it: the office, the paper's name for
itself with the place and day ("TRANSCRIPT OF DOORSTOP - PLACE, DATE"), the disclaimer
("E & OE - PROOF ONLY"), the subjects. Made-up transcripts."""

from __future__ import annotations

from briefing.ingest import release_from_text

TURNS = """\
EXAMPLE: I welcome the report and the work the committee has done on the regional centres
over the last year.

JOURNALIST: Will the Government fund all of them?

EXAMPLE: That is a matter for the Government, and I will be pressing it to do so in the
weeks ahead.

Ends
"""


def test_the_transcripts_name_with_its_place_and_date_is_the_title():
    text = (
        """\
SHADOW MINISTER FOR REGIONAL DEVELOPMENT

TRANSCRIPT OF DOORSTOP - EXAMPLETOWN, VICTORIA, 14 MARCH 2002

E & OE - PROOF ONLY

Subjects: regional centres, funding

"""
        + TURNS
    )
    release = release_from_text(text)
    assert release.title == "TRANSCRIPT OF DOORSTOP - EXAMPLETOWN, VICTORIA, 14 MARCH 2002"
    assert release.date == "2002-03-14"


def test_the_disclaimer_is_never_the_title():
    text = (
        """\
SHADOW MINISTER FOR REGIONAL DEVELOPMENT

E & OE - PROOF ONLY

14 March 2002

"""
        + TURNS
    )
    release = release_from_text(text)
    assert "E & OE" not in (release.title or "")

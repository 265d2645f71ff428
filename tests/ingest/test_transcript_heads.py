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


LABEL_LINES = """\
  The Hon. Jane Example MP

  Doorstop - Perth - Re Regional Centres

  Interviewee: Jane Example MP
  Time: 10:30

  Example:

 The centres will open next month and the funding is in place for the
first three years of their work in the northern towns.

  Question:

 When is the next one of them due to open

  Example:

 The next one opens in the spring, and the one after that in the autumn
of next year, when the building work there is done.

  Question:

 And the staff for them?

  Example:

 They are being hired now and will be trained in the first of the centres
before the others open their doors to the towns.
"""


def test_a_short_question_under_its_label_is_said_not_a_topic():
    release = release_from_text(LABEL_LINES)
    headings = [release.text[n.body_start : n.end] for n in release.root.walk() if n.kind == "heading"]
    assert "When is the next one of them due to open" not in headings
    assert "Time: 10:30" not in headings
    said = [n for n in release.root.walk() if release.text[n.body_start : n.end] == "When is the next one of them due to open"]
    assert said and said[0].kind == "paragraph"

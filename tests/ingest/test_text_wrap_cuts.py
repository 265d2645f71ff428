"""Lines a wrap cut apart that belong together, in plain text from paged or scanned
releases: a word broken at its hyphen with a blank line before its second half, a
heading in capitals over two lines, a transcript's speaker label over two lines."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.wrap_cuts import caps_heading_cut, goes_on_after_hyphen, label_wrapped

SPEECH = """\
SPEECH BY THE HON JANE EXAMPLE

   The end of the old order in the region removed the cement of anti-

 Examplism, and old quarrels returned in the years that followed, in town and country.

   There is a far too easy tendency for non-

 Examplians to see the whole region as one, and to judge all its people by a few.

   The Government will keep working with its partners on both sides of the border.
"""


def _paragraphs(text: str) -> list[str]:
    release = release_from_text(text)
    return [
        " ".join(release.node_text(n).split()) for n in release.root.walk() if n.kind == "paragraph"
    ]


def test_word_broken_at_its_hyphen_over_a_blank_line_is_one_paragraph():
    paragraphs = _paragraphs(SPEECH)
    assert any("cement of anti-" in p and "Examplism, and old" in p for p in paragraphs)
    assert any("tendency for non-" in p and "Examplians to see" in p for p in paragraphs)
    assert not [p for p in paragraphs if p.startswith(("Examplism", "Examplians"))]


def test_which_second_halves_go_on():
    assert goes_on_after_hyphen("the cement of anti-", "Examplism, and old quarrels")
    assert goes_on_after_hyphen("the report of the Co-", "Chairs of the meeting")
    assert goes_on_after_hyphen("in a properly-", "planned programme")
    assert goes_on_after_hyphen("the Asia-", "Pacific Economic Cooperation forum")
    # An interrupted speaker is answered by a turn or a new sentence, not a word's end.
    assert not goes_on_after_hyphen("JOURNALIST: Prime Minister-", "PM: Yes, go on.")
    assert not goes_on_after_hyphen("Prime Minister-", "Well, I think that is right.")
    assert not goes_on_after_hyphen("the talks -", "Examplia said")  # a spaced dash
    assert not goes_on_after_hyphen("-ENDS-", "Media contact")
    assert not goes_on_after_hyphen("J & r-", "CANBERRA")  # an OCR fragment


TRANSCRIPT = """\
TRANSCRIPT OF INTERVIEW, 24 MARCH 1996

PRESENTER - JANE DOE:

 Good evening and welcome. Tonight's guest has been in the Parliament for many years.

JOHN
EXAMPLE - DEPUTY PRIME MINISTER:

 Thank you, Jane, it is good to be here this evening.

JOURNALIST:

 Minister, the fund has put the country on notice over its debt this week.

SENATOR JOHN ROE -
RESOURCES MINISTER:

 All new mines will need a proper, open environmental impact statement first.

JOURNALIST:

 Will the Government take any notice of what the fund has said this week?

EXAMPLE:

 We take notice of all sensible advice, and we will act on it where it is right.
"""


def test_speaker_label_over_two_lines_is_one_label():
    release = release_from_text(TRANSCRIPT)
    speakers = [n.attrs["speaker"] for n in release.root.walk() if n.attrs.get("speaker")]
    assert "JOHN EXAMPLE - DEPUTY PRIME MINISTER" in speakers
    assert "SENATOR JOHN ROE - RESOURCES MINISTER" in speakers
    assert "JOHN" not in speakers and "RESOURCES MINISTER" not in speakers


def test_which_label_heads_go_on():
    assert label_wrapped("TIM", "EXAMPLE - DEPUTY PRIME MINISTER:")
    assert label_wrapped("THE", "PRESIDENT: Well, we have already met them.")
    assert label_wrapped("JANE DOE - TRADE", "MINISTER:")
    # A heading in capitals over a first turn is no half of its label.
    assert not label_wrapped("INTRODUCTION", "PM: Thank you all for coming.")
    assert not label_wrapped("The Minister said", "PM: Thank you.")


RELEASE = """\
NEWS RELEASE FROM THE

SHADOW MINISTER FOR EXAMPLE AFFAIRS

14 May 1995

The Shadow Minister said the report came too late to help the people it was meant to help.

The Opposition will move amendments when the bill comes before the Senate next week.
"""


def test_heading_in_capitals_over_a_blank_line_is_one_line():
    release = release_from_text(RELEASE)
    texts = [" ".join(release.node_text(n).split()) for n in release.root.walk() if n.kind]
    assert any(
        "NEWS RELEASE FROM THE" in t and "SHADOW MINISTER FOR EXAMPLE AFFAIRS" in t
        for t in [*texts, release.title]
    )
    assert "SHADOW MINISTER FOR EXAMPLE AFFAIRS" not in texts


def test_which_capital_lines_go_on():
    assert caps_heading_cut("REPORT OF THE COMMITTEE ON THE", "ELIMINATION OF EXAMPLE")
    assert caps_heading_cut("ON THE OCCASION OF", "1998 HUMAN RIGHTS MEDAL")
    assert not caps_heading_cut("SUPPORT FOR PLAN A", "NEXT STEPS")  # a letter names a part
    assert not caps_heading_cut("MEDIA RELEASE", "14 MAY 1995")  # a whole phrase
    assert not caps_heading_cut("REPORT OF THE", "The Minister said")  # prose
    assert not caps_heading_cut("NEWS FROM THE", "MINISTER: Thank you.")  # a turn


REPORT = """\
Examplia Ministry of Foreign Affairs

12 March 1996

REPORT OF THE COMMITTEE ON THE
ELIMINATION OF EXAMPLE DISCRIMINATION

The Minister today welcomed the report of the committee, which sets out the work of the year.

The report will be tabled in Parliament next week, with the response of the Government.
"""


def test_heading_in_capitals_wrapped_with_no_blank_line_is_one_heading():
    release = release_from_text(REPORT)
    assert release.title == "REPORT OF THE COMMITTEE ON THE ELIMINATION OF EXAMPLE DISCRIMINATION"
    headings = [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]
    assert not [h for h in headings if h.startswith("ELIMINATION")]

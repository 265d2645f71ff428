"""A box of other pages' headlines, each over its date, among a page's text copy: the
site's, and the release ends above it, so readers' comments under the box are no more of
the release (dated_teasers, web_chrome). Made-up pages."""

from __future__ import annotations

from briefing.ingest.dated_teasers import dated_teaser_lines
from briefing.ingest.pipeline import release_from_text
from briefing.ingest.web_chrome import chrome_lines

PAGE = """Skip to main content

Home

News

Sport

Harbour board approves the new ferry timetable

March 3, 2031

The harbour board approved on Monday the ferry timetable that adds two evening crossings to the island from April.

The board said the change follows a survey in which most islanders asked for a later return trip on weekdays.

Tickets for the new crossings go on sale next week at the harbour office and on the board's website.

Share this:

Facebook

Twitter

Recent

Council opens the rebuilt library on Main Street

March 2, 2031

Lifeguards wanted for the coming summer season

March 1, 2031

Road works close the coast road for a week

February 27, 2031

Comments

Jo: Good news at last for everyone who works late in town and has to wait for the morning boat.

Sam: About time the board listened to the people who actually use the ferry every single day.
"""


def test_cards_are_found():
    texts = PAGE.split("\n")
    cards = [texts[i] for i in dated_teaser_lines(texts)]
    assert "Road works close the coast road for a week" in cards
    assert "February 27, 2031" in cards
    assert not any("ferry" in t for t in cards)


def test_a_chronology_is_no_box():
    # Entries under their dates: the line above the first "headline" is a date.
    texts = [
        "1 May 2030",
        "Consultation opens",
        "1 June 2030",
        "Hearings in the regions",
        "1 July 2030",
        "Report to the minister",
        "1 August 2030",
    ]
    assert dated_teaser_lines(texts) == []
    # Two cards are no box: a release may name its previous statement and its date.
    assert (
        dated_teaser_lines(["Earlier statement", "March 2, 2031", "Another", "March 1, 2031"]) == []
    )


def test_release_ends_above_the_box():
    release = release_from_text(PAGE)
    text = release.text
    assert "Tickets for the new crossings" in text
    assert "Lifeguards wanted" not in text
    # The share bar and the box's heading between the release and the box are the
    # tail's now. (Readers' comments, long sentences, are left to the tail's rules.)
    assert "Share this" not in text
    assert "Recent" not in text


def test_web_chrome_ends_the_release_above_the_box():
    # Without the box's cards the readers' comments pair with the release's paragraphs,
    # and nothing between them would be read as the tail.
    texts = PAGE.split("\n")
    taken = {texts[i] for i in chrome_lines(texts)}
    assert {"Share this:", "Recent", "Comments", "March 1, 2031"} <= taken
    assert not any("Tickets for the new crossings" in t for t in taken)


def test_a_list_the_release_leads_into_is_no_box():
    # Venues each over its day, under the release's own lead-in sentence: the release's
    # list (review339), not a site's box; so is one under a full sentence.
    venues = [
        "Community hall, West Bay",
        "April 12, 2031",
        "Harbour office, conference room",
        "April 19, 2031",
        "Town library, upper floor",
        "April 26, 2031",
    ]
    assert dated_teaser_lines(["The hearings take place at these venues:", "", *venues]) == []
    assert dated_teaser_lines(["Three hearings are planned.", *venues]) == []
    # Under a box's caption the same run is the site's.
    assert len(dated_teaser_lines(["More news", "", *venues])) == 6

"""A name of two words alone over the text is its title when nothing else in the head can
be; a category, a paper's kind, a date, a letterhead, a short one-word line and an item of
a sitting's business over its first speaker's turn are not. Made-up text."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text

_BODY = (
    "The harbour board sets the rules its pilots follow when they bring ships into the "
    "northern quays, and publishes them here for the crews and agents who call.\n\n"
    "Pilots keep to the marked channel at all tides and report to the tower before they "
    "turn into the outer basin.\n"
)


def test_a_two_word_name_over_the_text_is_the_title():
    assert release_from_text("Pilotage rules\n\n" + _BODY).title == "Pilotage rules"


def test_a_two_word_name_in_capitals_under_a_menu_is_the_title():
    text = "+ Home\n+ About\n+ Contact\n\nPILOTAGE RULES\n\n" + _BODY
    assert release_from_text(text).title == "PILOTAGE RULES"


def test_a_paper_kind_or_a_date_is_no_title():
    assert release_from_text("Press Release\n\n" + _BODY).title == ""
    assert release_from_text("May 2031\n\n" + _BODY).title == ""


def test_a_short_line_of_initials_is_no_title():
    assert release_from_text("Mr Li\n\n" + _BODY).title == ""


def test_an_item_of_business_over_a_speaker_turn_is_no_title():
    text = (
        "QUESTION TIME\n\n"
        "THE CHAIR: Members will come to order, and the first question goes to the member "
        "for the northern quays on the harbour tariffs.\n\n"
        "MEMBER FOR NORTH QUAYS: I thank the chair and ask when the new tariffs apply.\n"
    )
    assert release_from_text(text).title == ""


def test_a_longer_title_is_still_read_as_before():
    text = "Pilotage rules for the northern quays\n\n" + _BODY
    assert release_from_text(text).title == "Pilotage rules for the northern quays"


def test_a_notice_a_control_and_the_day_under_the_name_are_passed_over():
    text = "Pilotage rules\n\nFor immediate release\n\nShare\n\n" + _BODY
    assert release_from_text(text).title == "Pilotage rules"

"""A release's dateline run into its lead ("Example City, 2 March 2031 – ...") dates it,
under a deck and over a date its headline names. Made-up texts."""

from __future__ import annotations

from briefing.ingest.lead_datelines import lead_dateline
from briefing.ingest.pipeline import release_from_text


def test_the_lead_s_dateline_is_read_with_its_place() -> None:
    assert lead_dateline("Port Example, 2 March 2031 – The harbour office said") == (
        "Port Example, 2 March 2031"
    )
    assert lead_dateline("Example City, D.C., March 5, 2031 - The office") == (
        "Example City, D.C., March 5, 2031"
    )
    assert lead_dateline("Villexemple, le 5 mars 2031 – Le bureau") == "Villexemple, le 5 mars 2031"


def test_a_sentence_opening_on_a_date_is_no_dateline() -> None:
    assert lead_dateline("On 7 August 2030, the office opened a consultation.") == ""
    assert lead_dateline("In 2030, 5 March 2031 was named the day.") == ""


def test_the_lead_s_dateline_beats_the_day_the_headline_names() -> None:
    text = (
        "MEDIA RELEASE\n\n"
        "REGISTRATION FOR HARBOUR DAY STARTS FROM 5 JUNE 2031\n\n"
        "Port Example, 31 May 2031 – Members of the public can sign up for the harbour "
        "day activities from next week, the harbour office said today.\n\n"
        "The activities run over two weekends and are free of charge for residents.\n"
    )
    assert release_from_text(text).date == "2031-05-31"


def test_a_deck_between_headline_and_lead_does_not_hide_the_dateline() -> None:
    text = (
        "NEW RULES TO SAVE WATER IN HARBOUR INDUSTRIES\n\n"
        "Shipyards and dry docks to meet minimum reuse targets from January\n\n"
        "Port Example, 2 March 2031 – To save water, the harbour office will require "
        "shipyards to reuse water on new projects from next year.\n\n"
        "The targets were set after talks with the firms concerned.\n"
    )
    assert release_from_text(text).date == "2031-03-02"

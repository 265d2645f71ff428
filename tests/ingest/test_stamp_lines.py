"""A copied page's posting stamp on a line of its own dates it when its head does not."""

from __future__ import annotations

from briefing.ingest.stamp_lines import stamp_date


def test_a_bare_date_under_the_menus_is_the_pages_stamp() -> None:
    page = (
        "Home\nNews\nContact\n\nBridge works on the east road\n\n14. März 2031\n\nThe works begin."
    )
    assert stamp_date(page) == "2031-03-14"


def test_a_stamp_may_carry_a_verb_a_weekday_a_time_or_an_author() -> None:
    assert stamp_date("Menu\n\nmardi 4 mars 2031, par Rédaction\n\nTexte.") == "2031-03-04"
    assert stamp_date("Menu\n\nVeröffentlicht am 4. März 2031 von Team\n") == "2031-03-04"
    assert stamp_date("Menu\n\nPosted on March 4, 2031 at 10:15\n") == "2031-03-04"
    assert stamp_date("Menu\n\n04.03.31\n\nText.") == "2031-03-04"


def test_a_sentence_or_an_events_field_is_no_stamp() -> None:
    assert stamp_date("Menu\n\nAm 4. März 2031 wird die Brücke eröffnet.\n") == ""
    assert stamp_date("Menu\n\nTermin: Dienstag, 4. März 2031 um 10 Uhr\n") == ""
    assert stamp_date("Menu\n\n4 March 2031: the bridge opens to traffic\n") == ""


def test_a_date_ending_a_wrapped_sentence_is_no_stamp() -> None:
    text = "Minutes\n\nThe board agreed. Its next meeting on these matters is scheduled on\n4 March 2031.\n"
    assert stamp_date(text) == ""
    # (a short kicker right over the stamp does not run on into it)
    assert stamp_date("Menu\n\nIn the media\n04.03.31\n\nText.") == "2031-03-04"


def test_a_text_wrapped_line_by_line_is_read_only_over_its_first_paragraph() -> None:
    prose = "\n".join(["The district council will hold its meeting in the town hall and"] * 3)
    assert stamp_date(f"Notice of meeting\n\n{prose}\n\n4 March 2031\n") == ""
    assert stamp_date(f"Notice of meeting\n\n4 March 2031\n\n{prose}\n") == "2031-03-04"


def test_a_list_of_dated_cards_dates_nothing() -> None:
    cards = "\n".join(
        f"0{day}.03.2031 10:00\nCard headline {day}\nTeaser {day}" for day in range(1, 5)
    )
    assert stamp_date(f"Portal\n\n{cards}\n") == ""


def test_a_copied_page_opening_on_a_cookie_notice_is_dated_by_its_stamp() -> None:
    # (End to end: the head ends with the notice, the stamp stands under the headline.)
    from briefing.ingest import release_from_text

    page = (
        "This site uses cookies to count its visitors and to remember your settings.\n\n"
        "Home\n\nNews\n\nContact\n\n"
        "Bridge works on the east road begin in spring\n\n"
        "14 March 2031\n\n"
        "The council will rebuild the east road bridge from April, with one lane kept "
        "open for traffic while the works last.\n"
    )
    assert release_from_text(page).date == "2031-03-14"


def test_a_page_without_a_stamp_stays_undated() -> None:
    from briefing.ingest import release_from_text

    page = (
        "Home\n\nNews\n\nAbout the council\n\n"
        "The council meets on the first Monday of each month in the town hall.\n"
    )
    assert release_from_text(page).date == ""


def test_a_span_of_days_or_hours_is_a_period_or_an_event_not_a_stamp() -> None:
    assert stamp_date("Menu\n\n1 January – 31 December 2031\n\nText.") == ""
    assert stamp_date("Menu\n\n4 March 2031 to 6 March 2031\n\nText.") == ""
    assert stamp_date("Menu\n\nTuesday, 4 March 2031, 10:00 - 12:00\n\nText.") == ""
    # (a dash before an author or a time of day leaves the stamp one moment)
    assert stamp_date("Menu\n\nMarch 4, 2031 - Newsroom\n\nText.") == "2031-03-04"
    assert stamp_date("Menu\n\nMarch 4, 2031 – 10:15\n\nText.") == "2031-03-04"


def test_a_section_number_in_figures_is_no_stamp() -> None:
    # "1.2.10" alone on its line numbers a section; a site's short stamp pads its figures
    assert stamp_date("Menu\n\n1.2.10\n\nScope of the review\n") == ""
    assert stamp_date("Menu\n\n01.02.10\n\nText.") == "2010-02-01"


def test_a_headline_right_over_its_stamp_does_not_run_on_into_it() -> None:
    headline = "Bridge works on the east road begin in spring"
    assert stamp_date(f"Menu\n\n{headline}\n14 March 2031\n\nThe works begin.") == "2031-03-14"
    # (a sentence cut on a small word before a date that closes it still runs on)
    cut = "The board agreed. Its next meeting on these matters is scheduled for"
    assert stamp_date(f"Minutes\n\n{cut}\n4 March 2031.\n") == ""

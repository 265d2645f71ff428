"""A site's date strip over the headline yields to the article's stamp under it."""

from __future__ import annotations

from briefing.ingest.date_strips import is_weekday_strip, under_title_first


def test_a_later_date_over_the_title_is_the_sites_strip() -> None:
    placed = [(0, "Sunday 9 March 2031"), (80, "02-03-2031 | 10:15")]
    assert under_title_first(placed, title_start=30, title_end=70) == [
        "02-03-2031 | 10:15",
        "Sunday 9 March 2031",
    ]


def test_a_release_dated_over_its_title_keeps_its_dateline() -> None:
    # (the same day under the title, or a later one, leaves the order as printed)
    placed = [(0, "2 March 2031"), (80, "Updated 4 March 2031")]
    assert under_title_first(placed, 30, 70) == ["2 March 2031", "Updated 4 March 2031"]


def test_without_a_dateline_under_the_title_nothing_moves() -> None:
    assert under_title_first([(0, "Sunday 9 March 2031")], 30, 70) == ["Sunday 9 March 2031"]


def test_a_release_date_without_a_weekday_over_the_title_stays_first() -> None:
    # (minutes published on the 18th record a meeting held on the 10th, named under the title)
    placed = [(0, "18 June 2031"), (80, "Meeting held on 10 May 2031")]
    assert under_title_first(placed, 30, 70)[0] == "18 June 2031"


def test_a_weekday_strip_in_arabic_or_persian() -> None:
    assert is_weekday_strip("السبت 9 مارس 2031")
    assert is_weekday_strip("دوشنبه ۱۲ مهر ۱۴۱۰")
    assert not is_weekday_strip("Embargoed until Friday, 6 June 2031.")


def test_a_copied_page_is_dated_by_the_stamp_under_its_headline() -> None:
    # (End to end: the pipeline passes its datelines through under_title_first.)
    from briefing.ingest import release_from_text

    page = (
        "Sunday 9 March 2031\n\n"
        "Harbour board approves the new pilot station\n\n"
        "02-03-2031 | 10:15\n\n"
        "The harbour board approved the new pilot station at its meeting, with works to "
        "start in the spring and the station to open next winter.\n"
    )
    assert release_from_text(page).date == "2031-03-02"

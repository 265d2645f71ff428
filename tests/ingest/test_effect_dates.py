"""The day a text takes effect does not date the release (effect_dates)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.effect_dates import names_effect


def test_a_directive_dated_only_by_its_commencement_is_undated() -> None:
    text = (
        "Directive on Examplian Harbour Fees\n\n"
        "1. Effective date\n\n"
        "1.1 This directive takes effect on April 1, 2031.\n\n"
        "2. Authorities\n\n"
        "2.1 This directive is issued pursuant to section 7 of the Harbour Act.\n"
    )
    assert release_from_text(text).date == ""


def test_the_head_is_read_on_past_the_effect_date() -> None:
    from briefing.ingest.dates import _head_date

    head = (
        "Key rate decision\n\n"
        "The key rate of the Bank of Examplia rises to 4.00% with effect from 14 March 2031.\n\n"
        "Decision of the Board at its meeting held on 9 March 2031.\n"
    )
    found = _head_date(head)
    assert found is not None and (found.month, found.day) == (3, 9)


def test_the_phrase_in_other_languages() -> None:
    for line, day in (
        ("De regeling treedt in werking op 1 juli 2031.", "1 juli"),
        ("Ändringarna träder i kraft den 1 januari 2031.", "1 januari"),
        ("Le décret entre en vigueur le 1er mars 2031.", "1er mars"),
        ("The key rate rises to 7.00% effective from 11:00 local time 3 March 2031.", "3 March"),
    ):
        assert names_effect(line, line.index(day))


def test_a_date_a_meeting_was_held_is_no_effect_date() -> None:
    line = "Effective measures were agreed by the Board at its meeting on 3 May 2031."
    assert not names_effect(line, line.index("3 May"))


def test_a_sentence_closing_between_phrase_and_date_parts_them() -> None:
    # "... took effect last year." ends its sentence: the date after it is the next
    # sentence's (here the release's own), not the day of taking effect.
    text = "The old fee rule took effect last year. Published 3 March 2031"
    assert not names_effect(text, text.index("3 March"))
    for held in (
        "The rule takes effect on 1 April 2031",
        "with effect from 11:00 a.m. 3 March 2031",
        "Ändringarna träder i kraft den 1 januari 2031",
    ):
        assert names_effect(held, held.index(held.split()[-3])), held


def test_a_release_dated_after_a_sentence_on_another_rule_keeps_its_date() -> None:
    text = (
        "Harbour fees\n\n"
        "The old fee rule took effect last year. Published 3 March 2031\n\n"
        "The Ministry of Examplia announced today that the new rule on harbour fees "
        "applies to all ships.\n"
    )
    assert release_from_text(text).date == "2031-03-03"

"""A treaty's signing line dates it in English and the Cyrillic languages too ("Signed
at ... on ...", "Підписано в м. ...", "Совершено в ..."), over the dates its preamble
cites. Made-up texts."""

from __future__ import annotations

from briefing.ingest.act_signatures import signed_date_line
from briefing.ingest.pipeline import release_from_text

_BODY = (
    "AGREEMENT ON HARBOUR COOPERATION BETWEEN EXAMPLIA AND SAMPLIA\n\n"
    "The Parties, recalling the memorandum signed on 3 May 2029, agree as follows.\n\n"
    "Article 1. The Parties shall keep the harbour open to each other's ships.\n\n"
)


def test_an_english_signing_line_dates_the_treaty() -> None:
    text = _BODY + "Signed at Port Example on 12 January 2031, in two originals.\n"
    assert release_from_text(text).date == "2031-01-12"


def test_cyrillic_signing_lines_are_read() -> None:
    assert signed_date_line("Текст.\nПідписано в м. Приклад 24 лютого 2031 року.\n")
    assert signed_date_line("Текст.\nВчинено в м. Приклад 12 січня 2031 року.\n")
    assert signed_date_line("Текст.\nСовершено в г. Пример 5 марта 2031 года.\n")


def test_a_story_opening_on_signed_in_is_no_signing_line() -> None:
    # A sentence going on past the date with its subject is a news story's, not a
    # treaty's signing line: the release keeps its own date.
    story = (
        "Ministry of Widgets\n\n3 April 2031\n\nWidget accord enters into force\n\n"
        "The widget accord entered into force today, the ministry said on Thursday.\n\n"
        "Signed in Port Example on 12 March 2029, the accord sets common rules for trade.\n"
    )
    assert release_from_text(story).date == "2031-04-03"
    assert not signed_date_line("Текст.\nПодписано в г. Пример 5 марта 2031 года соглашение.\n")
    assert signed_date_line("Текст.\nВчинено в м. Приклад 12 січня 2031 року у двох примірниках.\n")
    assert signed_date_line("Text.\nSigned at Port Example on 12 January 2031\n")


def test_a_signing_line_with_a_comma_after_its_verb_dates_the_treaty() -> None:
    # (session 42: "Signed, in ... on ...", the clause set off by a comma)
    text = _BODY + "Signed, in Port Example on 12 January 2031, in duplicate in two languages.\n"
    assert release_from_text(text).date == "2031-01-12"


def test_done_in_dates_a_joint_declaration() -> None:
    assert signed_date_line("Text.\nDone in Port Example, January 12, 2031\n")


def test_a_story_opening_on_done_in_is_no_signing_line() -> None:
    line = "Text.\nDone in Port Example on 12 January 2031, the accord opens the harbour.\n"
    assert signed_date_line(line) == ""

"""A date the head mentions inside a running sentence does not date the release."""

from __future__ import annotations

import pytest

from briefing.ingest import release_from_text
from briefing.ingest.dates import release_date


@pytest.mark.parametrize(
    "head",
    [
        # a deadline, a law's signing, a meeting's day, an event announced
        "Die Neuerungen\n\nBis zum 31. März 2030 dürfen die Ämter Geräte ohne Ausschreibung kaufen.",
        "The Examplia Data Act was signed into law by\nthe Governor on March 3, 2029. The act "
        "sets out three duties.",
        "Aanleiding\n\nGraag wijs ik op het volgende. Op 4 mei 2028 heeft een overleg met de "
        "Kamer plaatsgevonden.",
        "1. I chaired the Examplia Ministers' Retreat on 9-10 May 2027 in Port Example. It was "
        "the first meeting.",
        "Informujemy, że w piątek 6 sierpnia 2027 r. od godziny 19:30 zostanie zamknięty park.",
    ],
)
def test_a_date_inside_a_running_sentence_is_no_release_date(head: str) -> None:
    assert release_date([], "", head) == ""


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("On 12 May 2031, the Examplia Board of Directors decided to keep the rate.", "2031-05-12"),
        ("PORT EXAMPLE, le 7 sept. 2031 /Wire/ -- Afin de protéger l'économie", "2031-09-07"),
        ("Monetary policy meeting No. 12, held on 14 December 2031.", "2031-12-14"),
        (
            "Statement delivered at the Briefing on Examplia on Monday, 4 September 2031.",
            "2031-09-04",
        ),
        ("Publicação: Diário Oficial n.º 8 de 11 de fevereiro de 2031 (Pág. 15)", "2031-02-11"),
        ("Examplia allies. January 15, 2031 - 15:38 Soldiers board the ship.", "2031-01-15"),
        # the first date is a mention; the head's own date follows it
        ("Bis zum 31. März 2030 gilt die Regel.\nBerlin, 2. Februar 2030", "2030-02-02"),
    ],
)
def test_a_date_set_apart_dates_the_release(head: str, iso: str) -> None:
    assert release_date([], "", head) == iso


def test_a_lead_paragraph_announcing_an_event_gives_no_date() -> None:
    text = (
        "Informujemy, że w piątek 6 sierpnia 2027 r. od godziny 19:30 zostanie zamknięty "
        "park miejski nad stawem.\n\nProsimy o zaniechanie pobytu w tym czasie na terenie.\n"
    )
    assert release_from_text(text).date == ""


def test_a_span_of_days_in_the_head_dates_the_text_by_its_last_day() -> None:
    head = "MONETARY POLICY MEETING\n\nMonetary policy meeting No. 7, held on 25-26 January 2031."
    assert release_date([], "", head) == "2031-01-26"


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        (
            "Villexemple – Le jeudi 5 mars 2026, sous la présidence du maire, le conseil "
            "municipal s'est réuni.",
            "2026-03-05",
        ),
        ("Port Example - On Tuesday 9 June 2026, the council met in plenary.", "2026-06-09"),
    ],
)
def test_a_weekday_before_the_date_is_part_of_the_date(head: str, iso: str) -> None:
    # (the sentence around the date is read from the word before the weekday's name)
    assert release_date([], "", head) == iso


def test_a_date_named_as_this_weeks_day_dates_the_release() -> None:
    # ("ce vendredi": the day the text was written, however the sentence runs on)
    head = (
        "Le Président a présidé la réunion du Conseil de Villexemple, ce vendredi 6 mars "
        "2026.\nTrois points étaient inscrits à l'ordre du jour."
    )
    assert release_date([], "", head) == "2026-03-06"

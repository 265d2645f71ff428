"""A head line naming the paper by its kind and its date dates it (paper_kind_dates)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.paper_kind_dates import kind_date


def test_a_newsletters_masthead_line_under_the_lead_dates_it() -> None:
    text = (
        "News from the Examplian Ministry of Harbours\n\n"
        "The tide stays high\n\n"
        "The numbers fall over the holidays, the quays stay closed and nothing opens yet\n\n"
        "Examplisches Ministerium für Häfen und Schleusen, Newsletter vom 8. April 2031\n\n"
        "Dear readers,\n"
        "I open with the latest figures on the harbour's traffic, which the holidays have "
        "lowered for a while, and with what the quays will need in the weeks ahead.\n"
    )
    assert release_from_text(text).date == "2031-04-08"


def test_the_kind_and_day_in_several_languages() -> None:
    assert kind_date("Regierungspressekonferenz vom 28. Februar 2031") == "2031-02-28"
    assert kind_date("Compte rendu du Conseil des ministres du mercredi 5 mars 2031.") == (
        "2031-03-05"
    )
    assert kind_date("Comunicado do Conselho de Ministros de 21 de abril de 2031") == ("2031-04-21")


def test_a_sentence_citing_another_paper_goes_on_past_the_date() -> None:
    assert kind_date("Wie in der Pressemitteilung vom 3. Mai 2031 angekündigt, öffnet") == ""


def test_a_date_without_the_papers_kind_is_no_such_line() -> None:
    assert kind_date("Examplisches Ministerium für Häfen, Sitzung am 8. April 2031") == ""


def test_a_line_answering_another_paper_is_not_dated_by_it() -> None:
    # The kind after a preposition or an article names another paper, which the line
    # answers or quotes: its date is that paper's.
    assert kind_date("Stellungnahme zur Pressemitteilung vom 3. März 2031") == ""
    assert kind_date("Réponse au communiqué du 3 mars 2031") == ""
    assert kind_date("Aclaración al comunicado de 3 de marzo de 2031") == ""
    # (The paper's own name after its issuer's comma still dates it.)
    assert kind_date("Ministerium für Häfen, Pressemitteilung vom 3. März 2031") == "2031-03-03"

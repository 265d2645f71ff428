"""An institution's name joined by another language's particles ("Banco Central do
Examplia", "Bangko Sentral ng Halimbawa", "MINISTERO DELLA PROVA") is a letterhead: it
names who speaks, never what the paper is about. A headline opening on the same name runs
on with what the institution did. Made-up lines and releases."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.institution_names import is_institution_name
from briefing.ingest.title import is_masthead


def test_names_joined_by_particles_are_letterheads() -> None:
    for line in (
        "Banco Central do Examplia",
        "Bangko Sentral ng Halimbawa",
        "MINISTERO DELLA PROVA",
        "Ministero dell'Esempio",
        "Bundesamt für Beispiele",
        "BANCO CENTRAL DE RESERVA DEL EXAMPLIA",
    ):
        assert is_institution_name(line), line
        assert is_masthead(line), line


def test_headlines_opening_on_the_name_are_not() -> None:
    for line in (
        "Banco Central do Examplia mantém a taxa",  # a verb, in lower case
        "BANCO CENTRAL DO EXAMPLIA MANTÉM A TAXA DE JUROS",  # capitals: runs on
        "Ministero della Prova: nuove regole",  # a colon: the headline's
        "Bank Details",  # no particle ("De" inside a word is none)
        "Banco Central do Examplia 2031",  # a figure
    ):
        assert not is_institution_name(line), line


def test_a_letterhead_in_another_language_is_passed_over_for_the_title() -> None:
    text = """\
Bangko Sentral ng Halimbawa

HIGHLIGHTS OF THE MEETING OF THE MONETARY BOARD HELD ON 3 MARCH 2031

The Monetary Board decided to keep the policy rate at four percent, as inflation eased
for the third month in a row.

The Board will meet again in six weeks.
"""
    assert release_from_text(text).title == (
        "HIGHLIGHTS OF THE MEETING OF THE MONETARY BOARD HELD ON 3 MARCH 2031"
    )

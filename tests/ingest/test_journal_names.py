"""An official journal's name printed alone over an act ("Amtsblatt der Europäischen
Union", "Official Journal of the European Union") says where the act was published,
never what it is: the act's title is the line under it. Made-up acts."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.gazette_names import is_journal_name


def test_journal_names_alone_are_read_in_their_languages() -> None:
    assert is_journal_name("Official Journal of the European Union")
    assert is_journal_name("DE Amtsblatt der Europäischen Union")
    assert is_journal_name("Journal officiel de l’Union européenne")
    assert is_journal_name("Gazzetta Ufficiale della Repubblica Italiana")
    assert is_journal_name("Boletín Oficial del Estado")


def test_a_title_mentioning_a_journal_is_no_journal_name() -> None:
    assert not is_journal_name("Publication in the Official Journal of the European Union")
    assert not is_journal_name("Official Journal of the European Union L 12/3")


def test_the_act_under_the_journal_name_is_the_title() -> None:
    text = """\
5.3.2031

DE

Amtsblatt der Europäischen Union

L 99/17


ABKOMMEN
zwischen der Union und der Republik Examplia über den Austausch von Wetterdaten

Die Europäische Union

und

die Republik Examplia,

SIND WIE FOLGT ÜBEREINGEKOMMEN:

Artikel 1

Dieses Abkommen regelt den Austausch von Wetterdaten zwischen den Vertragsparteien.
"""
    release = release_from_text(text)
    assert "Austausch von Wetterdaten" in release.title
    assert "Amtsblatt" not in release.title


def test_only_a_capital_language_code_may_come_before_the_name() -> None:
    # The page's language code is printed in capitals; a two-letter word is a phrase's.
    assert is_journal_name("EN Official Journal of the European Union")
    assert not is_journal_name("In Bundesgesetzblatt")
    assert not is_journal_name("de Moniteur belge")
    assert is_journal_name("GAZZETTA UFFICIALE DELLA REPUBBLICA ITALIANA")

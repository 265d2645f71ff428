"""Lines of a release's head: an act's subject line under its kind is its title
(act_heads); a part's letter, a registry stamp, a letterhead in unaccented capitals and a
place over the first turn are not titles or headings. Made-up texts."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text

RU_DECREE = """\
                              У К А З

                  ПРЕЗИДЕНТА ВЫМЫШЛЕННОЙ РЕСПУБЛИКИ

          О порядке учета образцов в государственном
         реестре вымышленных предметов

     В целях упорядочения учета образцов  п о с т а н о в л я ю:
     1. Утвердить прилагаемый порядок учета образцов.
     2. Настоящий Указ вступает в силу со дня его подписания.

Президент Вымышленной Республики                        И.Иванов
"""

FR_DECREE = """\
RÉPUBLIQUE IMAGINAIRE

DÉCRET

n° 2031-17 du 3 mars 2031

portant création d'un comité consultatif des archives fictives

Le Président de la République,

Vu la Constitution ;

Décrète :

Article premier. Il est créé un comité consultatif des archives fictives.
"""

ES_NOTICE = """\
DECRETO

El Ministerio anunció hoy que el decreto sobre archivos se publicará en mayo.

Por el que se informa a la población de los nuevos horarios de atención al público.
"""


def test_a_letter_spaced_kind_over_the_issuer_gives_way_to_the_subject_line() -> None:
    release = release_from_text(RU_DECREE)
    assert release.title == (
        "О порядке учета образцов в государственном реестре вымышленных предметов"
    )


def test_a_head_read_as_one_title_keeps_its_subject_line() -> None:
    # Kind, number and subject set apart by blank lines are read as one title.
    release = release_from_text(FR_DECREE)
    assert release.title.startswith("DÉCRET n° 2031-17")
    assert release.title.endswith("portant création d'un comité consultatif des archives fictives")


def test_a_subject_connector_after_the_text_has_begun_is_no_title() -> None:
    # A sentence of prose after the kind: the head has ended, what follows is content.
    release = release_from_text(ES_NOTICE)
    assert not release.title.startswith("Por el que")


RAW_RESOLUTION = """\
United Nations A/C.5/99/L.1
General Assembly Distr.: Limited
2 January 2031
Original: English
Ninety-ninth session
Fifth Committee
Agenda item 999
Imaginary common services
Draft resolution submitted by the Chair of the Committee following
informal consultations
Imaginary common services
A
The General Assembly,
Recalling its resolution 1/1 of 1 January 2031,
1. Decides to keep the imaginary common services under review;
B
The General Assembly,
1. Requests a report on the imaginary services at its next session.
"""


def test_an_acts_part_letter_under_its_title_is_no_wrap_of_it() -> None:
    release = release_from_text(RAW_RESOLUTION)
    assert release.title == "Imaginary common services"


STAMPED_ORDER = """\
REPUBLIQUE IMAGINAIRE
Un Peuple — Un But — Une Foi


                                               2 7 2031*001 234
MINISTERE DES ARCHIVES

                                                                     MA/IGA
                     Arrêté portant approbation du programme annuel
               de classement des archives imaginaires

                       LE MINISTRE DES ARCHIVES

Vu la Constitution ;
Vu le décret n o 2030-12 du 2 mars 2030 portant organisation du Ministère ;
                                        ARRETE :
Article premier : Est approuvé le programme annuel de classement des archives.
Article 2 : Le présent arrêté sera publié partout où besoin sera.
"""


def test_a_registry_stamp_and_a_ministry_in_unaccented_capitals_are_no_title() -> None:
    release = release_from_text(STAMPED_ORDER)
    assert release.title == (
        "Arrêté portant approbation du programme annuel de classement des archives imaginaires"
    )


GAGGLE = """\
Background Press Call on the Imaginary Summit
2031-05-09

Imaginary Convention Center
Springfield, Examplia

MODERATOR:  Thanks for joining us on background this afternoon; we will take
a few questions after the official's opening remarks on the meeting.

SENIOR OFFICIAL:  Sure.  The two leaders met for about an hour and agreed to
keep talking about trade, energy and the new rail line between their capitals.
"""


def test_a_place_and_its_country_over_the_first_turn_is_no_heading() -> None:
    release = release_from_text(GAGGLE)
    assert not [n for n in release.nodes() if n.kind == "heading"]


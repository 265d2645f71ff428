"""Official texts of continental Europe as users paste them, made up for these tests:
decrees typed in fixed width and justified with runs of spaces (legal databases, the
acts banks of presidencies), laws with articles labelled "Article 2 :" / "Art. 2. -"."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.justified_lines import justified_prose
from briefing.ingest.text_tables import is_layout_row

# A decree typed in fixed width: a paragraph starts with an indent, its full lines are
# pushed out to the margin with runs of spaces, its last line ends short.
TYPED_DECREE = """                         D E C R E E

         On the advisory board for the protection of river fish

     1. The  advisory  board  shall  meet  at least twice a year on the
call   of   its   chairman,   who   may   also   convene   it   when
urgent   matters   so   require,   and   whenever   a   third   of
its members  ask  for  a  meeting  in writing.
     2. The  board  gives  its  opinions  by  a  simple majority of the
members   present;   the   chairman   has   a   casting   vote   when
the votes are equal.
     3. This decree enters into force on the day of its signature.
"""


def test_justified_lines_are_prose_not_table_rows() -> None:
    assert justified_prose("call   of   its   chairman,   who   may   also   convene   it   when")
    assert not is_layout_row("call   of   its   chairman,   who   may   also   convene   it   when")
    # A table's rows keep their uneven gaps, and a header set out evenly stays a row.
    assert is_layout_row("Estimated appropriation for 2026        56 234 300      51 375 900")
    assert is_layout_row("Jan   Feb   Mar   Apr   May   Jun")


def test_typed_justified_paragraphs_stay_whole() -> None:
    release = release_from_text(TYPED_DECREE)
    paragraphs = [release.node_text(n) for n in release.nodes() if n.label in ("1.", "2.", "3.")]
    assert len(paragraphs) == 3
    assert "in writing" in paragraphs[0]
    assert "are equal" in paragraphs[1]


# A law whose articles run into their text, as francophone, Iberian and Russian laws and
# decrees print them.
RUN_IN_ARTICLES = """Loi n° 12-34 du 5 mai 2031 relative aux jardins publics

L’Assemblée nationale a délibéré et adopté ;

Article premier : Il est créé un conseil des jardins publics, placé auprès du ministre
chargé de l’Environnement.

Article 2 : Le conseil est présidé par le ministre.

Les membres du conseil sont nommés par arrêté.

Art. 3. - Le conseil se réunit deux fois par an.

Article 5 of the Convention is cited here as a sentence.
"""


def test_run_in_article_designations_are_labels() -> None:
    release = release_from_text(RUN_IN_ARTICLES)
    labelled = [(n.label, release.node_text(n)[:12]) for n in release.nodes() if n.label]
    assert ("Article premier", "Il est créé ") in labelled
    assert ("Article 2", "Le conseil e") in labelled
    assert ("Art. 3.", "Le conseil s") in labelled
    assert not any(label.startswith("Article 5") for label, _ in labelled)


# A law dated by its signature: its head prints the gazette's date and the amended law's.
SIGNED_LAW = """JO n° 9123 du 30 juin 2031

Loi n° 31-07 du 2 juin 2031 modifiant la loi n° 80-12 du 4 mars 1980 sur les jardins

L’Assemblée nationale a délibéré et adopté en sa séance du 20 mai 2031 ;

Article premier : L’article 3 de la loi n° 80-12 du 4 mars 1980 est abrogé.

Article 2 : La présente loi sera exécutée comme loi de l’Etat.

Fait à Exempleville, le 2 juin 2031

Par le Président de la République Jean EXEMPLE
"""

TYPED_UKAZ_SIGNED = """                              У К А З

                  ПРЕЗИДЕНТА  ПРИМЕРНОЙ  РЕСПУБЛИКИ

                              Утратил силу - Указ от 01.02.2040 г. N 5

              О совете по охране речной рыбы

     1. Образовать совет по охране речной рыбы.
     2. Настоящий Указ вступает в силу со дня его подписания.


     Президент Примерной Республики                         И.Примеров

     Москва, Кремль
     3 марта 2031 года
     N 77
"""


ENACTED_REGULATION = """\
PERATURAN MENTERI KHAYALAN
NOMOR 7 TAHUN 2031
TENTANG
TAMAN UMUM KHAYALAN

Menimbang : bahwa taman umum perlu diatur sebagaimana dimaksud dalam Undang-Undang Nomor 1 Tahun 2030 tanggal 4 Januari 2030;

Pasal 1
Peraturan Menteri ini mulai berlaku pada tanggal 1 Januari 2032.

                                   Ditetapkan di : Jakarta
                                   pada tanggal : 30 Desember 2031
                                   MENTERI KHAYALAN,

Diundangkan di Jakarta
pada tanggal 5 Januari 2032
"""


def test_a_legal_act_is_dated_by_its_signature() -> None:
    assert release_from_text(SIGNED_LAW).date == "2031-06-02"
    assert release_from_text(TYPED_UKAZ_SIGNED).date == "2031-03-03"
    # Enacted ("Ditetapkan") on one day, published ("Diundangkan") on a later one.
    assert release_from_text(ENACTED_REGULATION).date == "2031-12-30"


# --- titles of acts and speeches ---------------------------------------------------------

STATE_HEADED_LAW = """République de l’Exemple
Un peuple- Un but- Une foi
*********

JO n° 1234 du 30 juin 2031

Loi n° 31-07 du 2 juin 2031 instituant le conseil des jardins publics

L’Assemblée nationale a délibéré et adopté en sa séance du 20 mai 2031 ;

Article premier : Il est institué un conseil des jardins publics.

Fait à Exempleville, le 2 juin 2031
"""

GAZETTE_PAGE_ACT = """Real Decreto 999/2031, de 3 de marzo, por el que se regulan los jardines públicos y se establecen normas para su cuidado.

Los jardines públicos de las ciudades requieren un cuidado que la ley no regula todavía.

Artículo 1.º

1. Se declaran jardines públicos los que figuran en el anexo.
"""

SPEECH_WITH_NOTICE = """Journée des vétérans 29 mai 2031 – Discours du Premier ministre

Seul le prononcé fait foi

Mesdames et Messieurs,

Nous rendons hommage aujourd’hui à toutes celles et à tous ceux qui ont servi notre pays.
"""


def test_a_state_letterhead_and_a_gazette_issue_are_no_title() -> None:
    release = release_from_text(STATE_HEADED_LAW)
    assert release.title.startswith("Loi n° 31-07 du 2 juin 2031 instituant")


def test_an_act_naming_itself_is_its_title_even_ending_on_a_point() -> None:
    release = release_from_text(GAZETTE_PAGE_ACT)
    assert release.title.startswith("Real Decreto 999/2031, de 3 de marzo")


def test_the_line_over_a_delivery_notice_is_the_speech_title() -> None:
    release = release_from_text(SPEECH_WITH_NOTICE)
    assert release.title == "Journée des vétérans 29 mai 2031 – Discours du Premier ministre"


def test_a_bill_part_in_large_type_is_no_title() -> None:
    from briefing.ingest.segment import Block
    from briefing.ingest.title import _pick_title

    blocks = [
        Block("Loi organique n° 31-1 du 2 mai 2031 portant organisation du conseil des jardins"),
        Block("EXPOSE DES MOTIFS", style="title"),
        Block("Institué en 1960, le conseil des jardins a été élargi en 1992 à des membres élus."),
    ]
    assert _pick_title(blocks, 2, authoritative=False) == 0


NORDIC_QUOTE = """Regeringen föreslår nya regler för parkerna

Regeringen lämnar i dag en proposition om parkerna i städerna.

– Parkerna är viktiga för alla som bor i staden. Därför vill vi skydda dem, säger miljöminister Anna Exempel.

Förslaget innebär följande:

- fler parker i varje stad,
- bättre skötsel av de parker som finns.
"""


def test_a_nordic_quotation_dash_is_no_bullet() -> None:
    release = release_from_text(NORDIC_QUOTE)
    labelled = [n.label for n in release.nodes() if n.label]
    assert labelled == ["-", "-"]

"""Titles in plain text: a title broken over several printed lines, a letterhead that
names the issuer, a line ending on a comma, a site's greeting — made-up releases."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.roles import is_masthead

WRAPPED = """\
Annual Report on the Work and
activities of the Regional Fisheries
Committee meeting ending on
1 March 2024


2 March 2024
Regional Fisheries Office



These are the minutes of the Committee meeting ending on 1 March 2024. They set out the views.

The Committee met in Lisbon and agreed on the catch limits for the next season after a debate.
"""

LETTERHEAD = """\
Bank of Ruritania

Minutes of the Monetary Policy Meeting of the Monetary Policy Committee

4 June 2025

The Committee voted to hold the policy rate at 2.5 per cent. Members noted the outlook.
"""


def test_a_title_broken_over_lines_is_one_title():
    release = release_from_text(WRAPPED)
    assert release.title == (
        "Annual Report on the Work and activities of the Regional Fisheries "
        "Committee meeting ending on 1 March 2024"
    )


def test_a_letterhead_is_not_the_title():
    assert release_from_text(LETTERHEAD).title == (
        "Minutes of the Monetary Policy Meeting of the Monetary Policy Committee"
    )


def test_mastheads_and_titles():
    for name in ("Bank of Thailand", "RESERVE BANK OF INDIA", "Swiss National Bank",
                 "Office of the Spokesperson and Economic Information", "European Parliament"):
        assert is_masthead(name), name
    for title in ("Bank of England raises Bank Rate to 4%",
                  "Security Council Press Statement on Mali",
                  "Minutes of the Monetary Policy Meeting"):
        assert not is_masthead(title), title


def test_a_line_ending_on_a_comma_or_a_greeting_is_no_title():
    text = ("Welcome to the United Nations\n\nJapan Standard Time on Friday,\n\n"
            "Ministers agree on a maritime safety plan\n\n5 May 2025\n\n"
            "The ministers adopted a plan on maritime safety today after long talks.\n")
    assert release_from_text(text).title == "Ministers agree on a maritime safety plan"


def test_a_browser_copy_s_menus_are_not_the_title():
    menus = "\n\n".join(
        ["Skip to main content", "Language:", "Meetings Coverage and Press Releases", "Search",
         "Home", "Secretary-General", "Latest", "Press Releases", "General Assembly",
         "Economic and Social Council", "Security Council", "Economic and Social Council",
         "Trusteeship Council", "Statements and Messages"]
    )
    text = (menus + "\n\nSG/SM/99999\n\n8 October 2025\n\n"
            "Secretary-General Saddened by Floods in Ruritania, Offers Support\n\n"
            "The following statement was issued today by the Spokesman for the Secretary-General.\n\n"
            "The Secretary-General is saddened by the loss of life caused by the floods.\n")
    assert release_from_text(text).title == (
        "Secretary-General Saddened by Floods in Ruritania, Offers Support"
    )


def test_cover_fields_and_joined_site_sections_are_no_titles():
    from briefing.ingest.roles import _title_shaped, is_category
    from briefing.ingest.segment import Block

    assert is_category("Meetings Coverage and Press Releases")
    assert is_category("News & Statements")
    assert not is_category("Ministers agree and sign")
    assert not _title_shaped(Block("Items 137 and 138 of the preliminary list*", "", 0))


def test_a_site_s_search_help_and_its_bullets_are_no_title():
    text = ("Dans cet espace vous pouvez\n\n- soit faire une recherche avancée sur tous les "
            "points de presse\n\n- soit sélectionner une date\n\n"
            "Déclarations officielles de politique étrangère du 4 mai 2025\n\n"
            "Le ministre a rappelé aujourd'hui la position de la France sur la situation.\n\n"
            "Il a souligné l'importance du dialogue entre les parties et la nécessité d'agir.\n")
    assert release_from_text(text).title == (
        "Déclarations officielles de politique étrangère du 4 mai 2025"
    )


def test_a_field_label_ending_on_a_colon_is_no_title():
    text = ("Información para la Prensa N°:\n\n156/15\n\n"
            "La Cancillería expresa su satisfacción por el anuncio del acuerdo entre los dos países.\n\n"
            "El Gobierno evalúa en forma muy positiva el avance que ha tenido el diálogo.\n")
    assert release_from_text(text).title != "Información para la Prensa N°:"


def test_a_state_gazette_or_court_named_in_capitals_is_a_masthead():
    # A state, its gazette or a court named alone in capitals heads the act or record;
    # an act naming the state ("... OF THE REPUBLIC") or a headline with a verb does not.
    for name in ("LEMBARAN NEGARA REPUBLIK NUSANTARA", "IN THE SUPREME COURT OF EXAMPLIA",
                 "REPUBBLICA DI ESEMPIO", "ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ", "OFFICIAL GAZETTE OF EXAMPLIA"):
        assert is_masthead(name), name
    for title in ("CONSTITUTION OF THE REPUBLIC", "COURT DISMISSES APPEAL",
                  "PERATURAN MENTERI KEUANGAN REPUBLIK NUSANTARA", "Republic Day Parade"):
        assert not is_masthead(title), title


def test_a_gazette_masthead_over_an_act_is_not_its_title():
    text = ("LEMBARAN NEGARA REPUBLIK NUSANTARA\n\n"
            "KEPUTUSAN MENTERI PERIKANAN TENTANG KUOTA TANGKAP IKAN TAHUN INI\n\n"
            "Menimbang bahwa kuota tangkap perlu ditetapkan untuk menjaga stok ikan laut.\n\n"
            "Pasal 1 Kuota tangkap ditetapkan sebagaimana tercantum dalam lampiran.\n")
    assert release_from_text(text).title.startswith("KEPUTUSAN MENTERI PERIKANAN")

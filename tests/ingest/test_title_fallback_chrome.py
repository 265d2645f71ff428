"""Titles given by the last-resort rule, and titles the head's other lines hid: a site's
banners and section names are never the title; a record of a press conference keeps its
day and hour; a picture's caption credited without a colon is no headline; an archive's
notice titles its record in a sentence. Made-up text in the shapes pages reach us in."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.notice_titles import is_notice_title
from briefing.ingest.site_prompts import is_site_banner, names_site_section

BODY = """\
The committee met on Tuesday to review the programme of work for the coming year and
agreed to publish its conclusions after the next meeting of the board.

Members noted that the number of applications had risen sharply over the last quarter.
"""


def test_a_sign_in_form_over_the_text_gives_no_title():
    text = (
        "Create an account\nReset password\n\nAlready have an account? Log in\nSelect role\n"
        "Press (reporter, editor)\nPublic sector (agency, council, etc)\nOther\n\n" + BODY
    )
    assert release_from_text(text).title == ""


def test_an_archive_banner_is_skipped_for_the_headline_under_it():
    text = (
        "This page has been archived\n\n"
        "Harbour works and the new ferry timetable discussed at weekly briefing\n\n" + BODY
    )
    assert (
        release_from_text(text).title
        == "Harbour works and the new ferry timetable discussed at weekly briefing"
    )


def test_a_sites_section_under_its_name_gives_no_title():
    text = "Examplia Ministry ・ What's New\n\nOpening remarks on the regional meeting\n\n" + BODY
    assert release_from_text(text).title == ""


def test_site_prompt_predicates():
    assert is_site_banner("Already have an account? Log in")
    assert is_site_banner("This was published under the 2010 to 2015 Example government")
    assert not is_site_banner("Minister logs in to new digital service for farmers")
    assert names_site_section("News & Events")
    assert names_site_section("Examplia Ministry | Press Releases")
    assert not names_site_section("Examplia and Sampleland sign trade agreement")
    assert not names_site_section("Harbour works – Statement of the board on the ferry timetable")


def test_a_press_conference_record_keeps_its_day_and_hour():
    text = (
        "大臣談話・大臣記者会見要旨\n\n"
        "山田大臣記者会見録(令和5年4月7日(金)10:15 ~ 10:40 於:本省会見室)\n\n"
        "1.発言要旨\n\n"
        " 本日は二点申し上げます。まず、新しい制度の開始についてです。制度の目的を改めて説明いたします。\n"
    )
    release = release_from_text(text)
    assert release.title == "山田大臣記者会見録(令和5年4月7日(金)10:15 ~ 10:40 於:本省会見室)"
    assert release.date == "2023-04-07"


def test_a_caption_credited_without_a_colon_is_not_the_headline():
    text = (
        "Últimas noticias\nAnuncio\n\n"
        "Ministerio anuncia nuevo plan de vivienda para jóvenes\n\n"
        "Imagen\nEl ministro de Vivienda, Juan Ejemplo, durante la conferencia en el Palacio. "
        "Foto Agencia\n"
        "4 de abril de 2023 10:05\n\n"
        "Ciudad Ejemplo. El ministro presentó este martes un plan de vivienda que beneficiará a "
        "miles de jóvenes en todo el país, según informó la dependencia.\n\n"
        "El plan incluye créditos con tasas preferentes y apoyos para el pago de rentas.\n"
    )
    assert release_from_text(text).title == "Ministerio anuncia nuevo plan de vivienda para jóvenes"


def test_an_archives_notice_titles_its_record():
    notice = (
        "Interview de Mme Jeanne Exemple, ministre de la mer, à Radio Exemple le 4 avril 2023, "
        "sur la pêche côtière et les ports."
    )
    text = (
        notice + "\n\nTexte intégral\n\nJOURNALISTE\nBonjour Madame la ministre.\n\n"
        "JEANNE EXEMPLE\nBonjour. Nous avons pris des décisions importantes pour les ports.\n"
    )
    release = release_from_text(text)
    assert release.title == notice
    assert release.date == "2023-04-04"


def test_notice_title_predicate():
    assert is_notice_title("Compte rendu du Conseil des ministres du mercredi 5 avril 2023.")
    assert is_notice_title("Déclaration de M. Jean Exemple sur la pêche, à Brest le 3 mars 2021.")
    # Undated, or a sentence of the text: no notice.
    assert not is_notice_title("Interview de M. Jean Exemple sur la pêche.")
    assert not is_notice_title("Le ministre a donné une interview le 3 mars 2021.")


def test_an_acts_date_after_its_kind_stays_in_the_title():
    # Italian law cites an act by its kind and date, no preposition between: the date is
    # the act's name, not a dateline run into the headline.
    headline = "Min. Esempio: modifica dell’elenco degli Stati all’Allegato 3 al DPCM 2 marzo 2021"
    text = (
        headline + "\nIl Ministero ha pubblicato, nella Gazzetta Ufficiale n. 12 del 23 ottobre "
        "2021, l’Ordinanza 22 ottobre 2021, con ulteriori misure urgenti.\n"
        "In particolare, l’Ordinanza modifica l’elenco degli Stati presenti nell’Allegato.\n"
    )
    assert release_from_text(text).title == headline


def test_an_acts_kind_and_date_under_its_issuer_is_the_title():
    text = (
        "MINISTERO DELL'ESEMPIO - COMMISSARIO STRAORDINARIO PER LA RICOSTRUZIONE DEL PORTO\n"
        "ORDINANZA 4 dicembre 2031\n"
        "Ricostruzione del porto - Intervento n. 12, recante «Acquisto di gru e arredi». "
        "(Ordinanza n. 7).\n\n\n"
        "IL COMMISSARIO STRAORDINARIO\n\n"
        "Vista la legge 30 dicembre 2029, n. 234, che dispone la nomina di un Commissario "
        "straordinario per la ricostruzione del porto;\n"
    )
    release = release_from_text(text)
    assert release.title == "ORDINANZA 4 dicembre 2031"
    assert release.date == "2031-12-04"


def test_dated_act_name_predicate():
    from briefing.ingest.title_datelines import is_dated_act_name

    assert is_dated_act_name("DECRETO-LEGGE 22 aprile 2031, n. 52")
    assert not is_dated_act_name("Ordinanza del 4 dicembre 2031")  # (a phrase, not a name)
    assert not is_dated_act_name("Roma, 4 dicembre 2031")


def test_a_caption_credit_is_a_capitalised_name_not_a_sentence() -> None:
    # The credit with its colon left out names the agency in capitals; a headline
    # going on in lower case after "Photo" is a sentence, not a credit.
    from briefing.ingest.title import _PHOTO_CREDIT

    assert _PHOTO_CREDIT.search("The minister at the palace. Foto Agencia")
    assert not _PHOTO_CREDIT.search("Ministers agree. Photo shows the new bridge")

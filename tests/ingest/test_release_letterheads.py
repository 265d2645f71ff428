"""A release's letterhead (the office-holder's name and office, a letter-spaced masthead,
contact and filing fields, a site's menu bar) is never its title: the title is printed
under it. Made-up releases in the shapes ministers', members' and parties' offices use."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.issuer_lines import (
    is_contact_fields,
    is_filing_fields,
    is_issuer_line,
    is_letter_spaced,
    is_menu_bar,
    is_office_line,
)

BODY = """\
The Minister today announced new funding for the regional centres of the northern
provinces, which will open their doors to new arrivals from next month.

"These centres have done outstanding work for the communities they serve," the Minister
said. "The funding recognises that work and will let them do more of it."
"""


def test_office_holders_and_offices_over_the_title():
    text = (
        """\
JANE EXAMPLE MP

MINISTER FOR REGIONAL DEVELOPMENT

JOHN SAMPLE MP  MINISTER FOR HOME AFFAIRS  MINISTER FOR JUSTICE

MEDIA RELEASE

12 March 2012

REGIONAL CENTRES TO RECEIVE NEW FUNDING

"""
        + BODY
    )
    release = release_from_text(text)
    assert release.title == "REGIONAL CENTRES TO RECEIVE NEW FUNDING"
    assert release.date == "2012-03-12"


def test_a_kicker_naming_the_speaker_is_not_the_title():
    text = (
        """\
PRIME MINISTER

STATEMENT BY THE PRIME MINISTER, THE HON J EXAMPLE MP

FAREWELL OF TROOPS TO THE PEACEKEEPING MISSION

"""
        + BODY
        + "\nCANBERRA  17 August 1994\n"
    )
    assert release_from_text(text).title == "FAREWELL OF TROOPS TO THE PEACEKEEPING MISSION"


def test_a_letter_spaced_masthead_and_its_address_are_the_letterhead():
    text = (
        """\
 M e d i a  R e l e a s e

 The Hon. Jane Example MP Parliament House, Canberra ACT 2600

 Minister for Regional Affairs Telephone: (06) 277 7000 Facsimile: (06) 273 4000

 NEW FUNDING FOR REGIONAL CENTRES

"""
        + BODY
    )
    assert release_from_text(text).title == "NEW FUNDING FOR REGIONAL CENTRES"


def test_contact_fields_without_colons_are_not_the_title():
    text = (
        """\
Media Release  Jane Example  Member for Northland

Email     jane.example.mp@example.gov     Media contact:  John Sample

Phone    1300 000 000   Phone   0400 000 000

Thursday, 24 March 2016

LEARNING CENTRE TO BENEFIT FROM COMMUNITY FUNDING

"""
        + BODY
    )
    release = release_from_text(text)
    assert release.title == "LEARNING CENTRE TO BENEFIT FROM COMMUNITY FUNDING"
    assert release.date == "2016-03-24"


def test_a_party_senator_and_filing_fields_over_the_title():
    text = (
        """\
Example Party Press  Releases

Senator Jane Example Deputy Leader and Example Party Senator for Northland

Dated: 27 February 2006 Press Release Number: 06/112 Portfolio: Regional Affairs

Minister gives insight into his methods - answer one question with another

"""
        + BODY
    )
    release = release_from_text(text)
    assert release.title == (
        "Minister gives insight into his methods - answer one question with another"
    )
    assert release.date == "2006-02-27"


def test_a_site_menu_bar_and_what_is_above_it_are_not_the_title():
    text = (
        """\
Jane Example MP MINISTER FOR REGIONAL AND NORTHERN AFFAIRS

Population Change Border Protection Migration Program Humanitarian Program

Home Minister's Profile Frequently Asked Questions Contact the Minister Media Centre

MEDIA CENTRE

Support Grows for Regional Visitor Network

"""
        + BODY
    )
    assert release_from_text(text).title == "Support Grows for Regional Visitor Network"


def test_a_letterhead_alone_gives_no_title():
    text = (
        """\
The Hon Dr Jane Example MP  Shadow Minister for Regional Affairs  Federal Member for Northland

Media enquiries: J. Sample (Mr), 0400 000 000

"""
        + BODY
    )
    title = release_from_text(text).title
    assert "Shadow Minister" not in title and "enquiries" not in title


def test_office_line_predicate():
    assert is_office_line("The Hon. Jane Example, MP")
    assert is_office_line("Senators Jane Example & John Sample")
    assert is_office_line("MINISTER FOR IMMIGRATION AND CITIZENSHIP")
    assert is_office_line("Senator Jane Example Senator for Northland Party spokesperson for Trade")
    # Headlines say what happened, or name an occasion; a joint statement is titled so.
    assert not is_office_line("Minister for Trade Welcomes Agreement")
    assert not is_office_line("Address by the Hon Jane Example MP to the Asia Society")
    assert not is_office_line("Greens speak out against the Premier's new laws")
    assert not is_office_line("Prime Minister gives insight into a key to his success")
    assert not is_office_line(
        "Joint Statement by the Prime Minister of Examplia and the Prime Minister of Samplia"
    )
    assert not is_office_line("FAREWELL OF TROOPS TO THE MISSION")


def test_letter_spacing_contact_filing_and_menu_predicates():
    assert is_letter_spaced("P R E S S  R E L E A S E")
    assert is_letter_spaced("M e d ia  Release")
    assert not is_letter_spaced("A new plan for the U.S. economy")
    assert is_contact_fields("Phone    1300 000 000   Phone   0400 000 000")
    assert is_contact_fields("Media enquiries: J. Sample, 0400 000 000")
    assert not is_contact_fields("Phone companies welcome the new rules")
    assert is_filing_fields("Dated: 17 September 2004 Press Release Number: 04/928")
    assert is_filing_fields("Portfolio: Regional Affairs")
    assert not is_filing_fields("Afghanistan: Withdrawal of Soviet forces")
    assert is_menu_bar("Home  About Us  Media Centre  Contact the Minister")
    assert not is_menu_bar("Home ownership rises in the regions")
    assert is_issuer_line("CHRIS EXAMPLE MP")


def test_a_dateline_in_figures_with_a_two_digit_year():
    text = (
        """\
Acting Shadow Minister for Regional Affairs

Jane Example

Biggest Funding Round Of The Year Announced

19/04/13

"""
        + BODY
    )
    release = release_from_text(text)
    assert release.title == "Biggest Funding Round Of The Year Announced"
    assert release.date == "2013-04-19"
    # In running text figures like these are a reference, never the release's date.
    body_only = BODY + "\nThe file 19/04/13 was closed.\n"
    assert release_from_text(body_only).date == ""


def test_a_dateline_with_a_time_set_solid_and_a_spokesperson_line():
    text = (
        """\
Jane Example   Example Party

The Government Can't Be Trusted - Regional Centres Need Review

Media Release | Spokesperson Jane Example

Thursday 22nd April 2010, 3:51pm

"""
        + BODY
    )
    release = release_from_text(text)
    assert release.title == "The Government Can't Be Trusted - Regional Centres Need Review"
    assert release.date == "2010-04-22"


def test_an_archive_s_library_stamp_is_furniture_and_its_date_no_release_date():
    text = (
        """\
 C O M M O N W E A L T H

 P A R L I A M E N T A R Y  LIBRARY  M I C A H

 No. M21 Date 16 February 1989

 REGIONAL CENTRES TO RECEIVE NEW FUNDING

"""
        + BODY
        + "\n No publication date: received by Parl Library 24/05/2017\n"
    )
    release = release_from_text(text)
    assert release.title == "REGIONAL CENTRES TO RECEIVE NEW FUNDING"
    assert release.date == "1989-02-16"
    removed = [r.text for r in release.removed]
    assert any("LIBRARY" in t for t in removed)
    assert any(t.startswith("No publication date") for t in removed)
    assert "LIBRARY" not in release.text


def test_a_scanned_dateline_printed_solid_after_the_signature():
    text = (
        """\
  MEDIA RELEASE

  JOHN EXAMPLE, MP  ACTING SHADOW MINISTER FOR FOREIGN AFFAIRS  MEMBER FOR NORTHLAND

  PROTECTION OF THE SAFE HAVENS

"""
        + BODY
        + "\n  ENDS\n\n  21July1995\n\n  Further Information: John Example\n"
    )
    release = release_from_text(text)
    assert release.title == "PROTECTION OF THE SAFE HAVENS"
    assert release.date == "1995-07-21"


def test_a_release_number_address_and_phone_lines_in_a_scanned_letterhead():
    text = (
        """\
 P A R L I A M E N T  O F  A U S T R A L I A

 SU ITE  3 0 2

 EXAMPLE CENTRE  160 ROWE STREET  EXAMPLETOWN. N.S.W. 2122

 TEL. 858 1011   FAX. 804 6739

 PARLIAMENT HOUSE  CANBERRA. A.C.T. 2600   TEL. (062) 77 7111

 MEDIA RELEASE

 NIPS 70/96 CAMBODIAN ASYLUM SEEKERS

"""
        + BODY
    )
    assert release_from_text(text).title == "CAMBODIAN ASYLUM SEEKERS"


def test_a_release_number_with_its_date_field_is_not_the_title():
    text = (
        """\
 No.

 MTAI 21 Date: 22 May 1992

 Australian support for the Regional Plan of Action

"""
        + BODY
    )
    release = release_from_text(text)
    assert release.title == "Australian support for the Regional Plan of Action"
    assert release.date == "1992-05-22"


def test_office_holder_headlines_and_kickers():
    text = (
        """\
MEDIA RELEASE

Federal Member for Northland Promotes Harmony

Tuesday, 21 March 2006

"""
        + BODY
    )
    assert release_from_text(text).title == "Federal Member for Northland Promotes Harmony"
    assert is_office_line("NEWS RELEASE FROM SHADOW MINISTER FOR DEFENCE")


def test_a_dateline_run_into_the_title_is_not_part_of_it():
    text = (
        """\
Jane Example MP

The Capital Celebrates Harmony Day 2013 Wednesday, 20 March 2013

"""
        + BODY
    )
    release = release_from_text(text)
    assert release.title == "The Capital Celebrates Harmony Day 2013"
    assert release.date == "2013-03-20"
    # A title naming its own date keeps it.
    from briefing.ingest.pipeline import _without_dateline

    assert _without_dateline("Press conference, Adelaide, 14 November 1996") == (
        "Press conference, Adelaide, 14 November 1996"
    )
    assert _without_dateline("Joint statement of 3 March 2023") == "Joint statement of 3 March 2023"


def test_a_date_an_article_or_preposition_leads_is_the_titles_own():
    from briefing.ingest.pipeline import _without_dateline

    # "the council of 7 September" in Swedish, Italian, Dutch, German: part of the title.
    for title in (
        "Kommenterad dagordning inför rådet den 7 september 2031",
        "Comunicato stampa del Consiglio del 7 settembre 2031",
        "Verslag van de Raad van 7 september 2031",
        "Tagesordnung der Sitzung vom 7. September 2031",
    ):
        assert _without_dateline(title) == title
    # A dateline run onto a headline after a noun stays apart.
    assert _without_dateline("Ministers agree new fishing quotas 7 September 2031") == (
        "Ministers agree new fishing quotas"
    )


def test_a_title_set_letter_spaced_is_no_letterhead_and_reads_as_written():
    text = """\
M E N S A J E

leído por S. E. el P r e s i d e n t e de la República en la apertura del Congreso Nacional

21 de Mayo de 1934

CONCIUDADANOS DEL SENADO Y
DE LA CAMARA DE DIPUTADOS:

Cumplo por segunda vez con el grato y honroso deber constitucional de daros cuenta de la
marcha política y administrativa del país, durante el año recién pasado.

He llegado a la Presidencia de la República con el deber impuesto por mis conciudadanos.
"""
    release = release_from_text(text)
    assert "CONCIUDADANOS" not in release.title
    assert "Presidente de la República" in release.title
    assert release.date == "1934-05-21"


def test_a_letterhead_run_into_a_transcript_s_name_is_cut_off_the_title():
    text = """\
Senator the Hon. Jane Example Minister for Regional Affairs Doorstop interview: regional centres, funding

JANE EXAMPLE: Thanks for coming. Today I am announcing new funding for the centres.

JOURNALIST: When will the money flow?

JANE EXAMPLE: From next month, to every centre in the north.
"""
    title = release_from_text(text).title
    assert title == "Doorstop interview: regional centres, funding"
    from briefing.ingest.pipeline import _without_speaker_office

    # A headline that only mentions an interview keeps its words.
    assert _without_speaker_office("Minister announces interview program") == (
        "Minister announces interview program"
    )


def test_the_kind_of_paper_in_other_languages_is_no_title_and_us_dates_read():
    body = (
        "\n\nO ministro anunciou hoje novos recursos para os centros regionais do norte.\n\n"
        "Os centros atendem as comunidades das províncias do norte.\n"
    )
    for head, title in (
        (
            "Communiqué de presse\n\nParis, le 3 mars 2023\n\nLe ministre annonce un financement",
            "Le ministre annonce un financement",
        ),
        (
            "Nota à imprensa nº 45\n\nBrasília, 3 de março de 2023\n\nMinistro anuncia recursos",
            "Ministro anuncia recursos",
        ),
        ("報道発表\n\n令和5年12月18日\n\n外務大臣の新たな支援発表", "外務大臣の新たな支援発表"),
    ):
        release = release_from_text(head + body)
        assert release.title == title
    release = release_from_text(
        "Press Release\n\n03/14/2023\n\nMinister announces new funding" + body
    )
    assert release.date == "2023-03-14"


def test_a_statement_named_by_its_speaker_alone_keeps_that_name_as_title():
    text = "PRIME MINISTER\n\nSTATEMENT BY THE PRIME MINISTER, THE HON J EXAMPLE MP\n\n" + BODY
    assert release_from_text(text).title == (
        "STATEMENT BY THE PRIME MINISTER, THE HON J EXAMPLE MP"
    )


def test_a_question_headline_wrapped_once_under_the_letterhead():
    text = (
        """\
The Hon Dr Jane Example MP  Shadow Minister for Regional Affairs  Federal Member for Northland

Media enquiries: J. Sample (Mr), 0400 000 000

Has the Government put the regional centres back
in business?

"""
        + BODY
    )
    assert release_from_text(text).title == (
        "Has the Government put the regional centres back in business?"
    )


def test_an_office_held_in_one_chamber_is_a_letterhead():
    # "Leader of the Opposition in the Senate": the office names its chamber after "in";
    # the letterhead line over the title is still who issues the release.
    text = (
        """\
SENATOR THE HON JANE EXAMPLE  LEADER OF THE OPPOSITION IN THE SENATE  SHADOW MINISTER FOR TRADE

SPEECH ON THE REGIONAL CENTRES BILL

SENATE, CANBERRA

TUESDAY, 12 MARCH 2013

"""
        + BODY
    )
    release = release_from_text(text)
    assert release.title == "SPEECH ON THE REGIONAL CENTRES BILL"
    assert is_office_line("The Hon John Sample MP  Manager of Government Business in the House")
    assert is_office_line("MEDIA RELEASE  SENATOR JOHN SAMPLE  LEADER OF THE GOVERNMENT IN THE SENATE")
    # An office-holder doing something in the chamber is news, not a letterhead.
    assert not is_office_line("SENATOR SAMPLE SPEAKS IN THE SENATE")
    assert not is_office_line("Senator Sample in the Senate tonight")


def test_a_printed_forms_number_and_date_are_no_title():
    # "No. M 121  Date 16 September 1987": a release form's blanks filled in by typewriter,
    # labels without colons, over the headline.
    text = (
        """\
No. M 121  Date 16 September 1987

New funding for the regional centres

"""
        + BODY
    )
    release = release_from_text(text)
    assert release.title == "New funding for the regional centres"
    assert release.date == "1987-09-16"
    assert is_filing_fields("No. 42 Date: 3 May 1990")
    # A title that dates a letter is no form's fields.
    assert not is_filing_fields("Letter dated 16 September 1987 from the Permanent Representative")


def test_an_office_line_run_into_the_headline_after_its_colon_is_no_letterhead():
    # A scan read the office and the headline beside it as one line.
    line = "SHADOW MINISTER FOR TRADE EXAMPLIA: MR SAMPLE'S GAMBIT"
    assert not is_office_line(line)
    release = release_from_text(f"JANE EXAMPLE MP\n\n{line}\n\n" + BODY)
    assert release.title == line
    # An office's own fields after a colon keep the line a letterhead.
    assert is_office_line("SENATOR THE HON JANE EXAMPLE: SHADOW MINISTER FOR TRADE")
    assert is_office_line("JANE EXAMPLE MP MINISTER FOR TRADE PHONE: 02 6277 7111")


def test_a_site_name_joined_to_the_headline_by_an_underscore_is_cut():
    text = """\
Spokesperson's Regular Press Conference on May 9, 2031_Ministry of Imaginary Affairs of the Republic

Reporter: Can you confirm the visit next week?

Spokesperson: The minister will travel to the capital on May 12.
"""
    release = release_from_text(text)
    assert release.title == "Spokesperson's Regular Press Conference on May 9, 2031"
    assert release.date == "2031-05-09"

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

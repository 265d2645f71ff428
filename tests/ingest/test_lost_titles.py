"""Releases whose head was lost on the way: statements and minutes copied from web pages,
as archives and data sets keep them. A release without a title says so (title "")
rather than showing a wrong one. Made-up text in the shapes these reach us in."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.issuer_lines import is_people_list


def test_an_attendance_line_of_offices_is_never_the_title():
    text = """\
Check your browser settings and network. This website requires JavaScript for some content.

Examplia City – 3 March 2015

      Jane Example (Governor and Chair), John Sample (Deputy Governor), Ann Other,
      Bob Person AO, Carol Member

      Dan Staff (Assistant Governor, Economic), Eve Staff (Head, Markets)

      Fay Writer (Secretary), Gus Writer (Deputy Secretary)

Members commenced their discussion of the domestic economy by noting that growth had been
close to trend over the past year and that inflation had remained low.

Members noted that conditions in the labour market had improved a little further.
"""
    release = release_from_text(text)
    assert release.title == ""
    assert release.date == "2015-03-03"


def test_people_with_offices_predicate():
    assert is_people_list("Fay Writer (Secretary), Gus Writer (Deputy Secretary)")
    assert is_people_list("Dan Staff (Assistant Governor, Economic), Eve Staff (Head, Markets)")
    # A headline may bracket a word, but not an office after each name it gives.
    assert not is_people_list("Minister welcomes Treaty (Part II), new rules for trade")
    assert not is_people_list("Foreign Minister (Examplia) meets Counterpart (Sampleland)")
    assert not is_people_list("Jane Example (Secretary)")


def test_a_first_sentence_broken_at_its_bold_words_is_not_the_title():
    text = """\
On 5 May 2015 the Bank of Examplia Board of Directors decided to maintain
the Bank of Examplia key rate
at 6.5 percent per annum.
In case existing inflation risks materialise, and threats to medium-term inflation targets \
emerge, the Bank of Examplia will continue increasing the key rate.
Inflation slowed in March and April, as food prices fell and the exchange rate steadied over \
the quarter, while wages grew more slowly than a year before.
The next meeting of the Board at which the key rate will be considered is on 16 June 2015.

25 May 2015

Interest rates on the Bank of Examplia operations
Purpose
Term
1 day
8.00
"""
    release = release_from_text(text)
    assert release.title == ""
    assert "decided to maintain" in release.text


def test_a_title_in_capitals_running_on_in_lower_case_stays_the_title():
    text = """\
REGULATION (EX) 2015/123 OF THE EXAMPLIA COUNCIL
of 5 May 2015
on the management of external fishing fleets

THE COUNCIL OF EXAMPLIA,

Having regard to the Treaty, and in particular Article 43 thereof, the Council has adopted this Regulation.
"""
    release = release_from_text(text)
    assert release.title.startswith("REGULATION (EX) 2015/123")


def test_a_site_s_menu_phrases_over_minutes_are_not_the_title():
    text = """\
Our work on prices, the tools we use and what they do

Insights into our work on banks and payments

Access to all our statistics and background information

All you need to know about our common currency

In-depth studies and expert analyses on many topics

Ms Example reviewed the latest financial market developments since the previous meeting.

Since then, bond yields had risen and equity prices had fallen in most advanced economies.
"""
    release = release_from_text(text)
    assert release.title == ""


def test_a_head_with_a_date_keeps_its_title_among_short_lines():
    text = """\
Monetary policy decision

The Board keeps the policy rate unchanged

Inflation is expected to ease over the year

Growth remains close to its trend rate

Examplia City, 5 May 2015

The Board of the Bank of Examplia today kept the policy rate at 3.25 per cent, \
citing inflation that has stayed above its target for a year.
"""
    release = release_from_text(text)
    assert release.title != ""


def test_the_broken_first_sentence_is_one_paragraph():
    text = """\
On 5 May 2015 the Bank of Examplia Board of Directors decided to maintain
the key rate
at 6.5 percent per annum.
Should inflation risks materialise, the Board will consider raising the key rate at its coming \
meetings, as it said in March.
The Committee agreed to:
raise the reserve ratio
keep the corridor unchanged
review the band in June.
"""
    release = release_from_text(text)
    paragraphs = [release.node_text(n) for n in release.nodes() if n.kind == "paragraph"]
    assert any(p.startswith("On 5 May 2015") and p.endswith("per annum.") for p in paragraphs)
    # A list's items under a lead-in ending on a colon are not run into one sentence.
    assert not any(p.startswith("The Committee agreed to: raise") for p in paragraphs)


def test_names_set_over_two_lines_are_not_the_title():
    text = (
        "Check your browser settings and network. This website requires JavaScript.\n"
        "Examplia City – 6 February 2007\n\r\n"
        "\t\t\tGR Example (Chairman), KR Sample AC, JR Other AO, RC Person AM, DG Member\r\n"
        "\t\t\tAO, WJ Member, HM Member AC\r\n\t\t\n\r\n"
        "\t\t\tR Staff, ML Staff\r\n\t\t\n\r\n"
        "\t\t\tDH Writer (Secretary), AL Writer (Deputy Secretary)\r\n\t\t\n\r\n"
        "\t\t\tThe minutes of the meeting held on 5 December 2006 were approved.\r\n\t\t\n\r\n"
        "\t\t\tMembers began their discussion of the domestic economy by noting that growth\r\n"
        "\t\t\thad been close to trend over the year and that inflation had stayed low.\r\n"
    )
    release = release_from_text(text)
    assert release.title == ""
    assert is_people_list("R Staff, ML Staff DH Writer (Secretary), AL Writer (Deputy Secretary)")

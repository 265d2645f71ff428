"""A cover's title set in capitals over a stack of short lines, none title-shaped alone,
is the title when nothing else in the head can be; a letterhead's stack, a menu's items
in a page copied from a browser and a date under the stack are not. Made-up text."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text

_BODY = (
    "These are the notes of the Harbour Board meeting held on 4 and 5 May 2031,\n"
    "where the members weighed the new tariffs for the northern quays and the\n"
    "dredging of the outer channel before the spring tides.\n"
)


def test_a_stack_of_capital_lines_is_the_title():
    text = "Issued: 6 May 2031\n\n\nNOTES OF\nHARBOUR TARIFF\nBOARD MEETING\n4 and 5 May 2031\n\n\n"
    assert release_from_text(text + _BODY).title == "NOTES OF HARBOUR TARIFF BOARD MEETING"


def test_the_date_under_the_stack_is_left_out():
    text = "HARBOUR TARIFF\nMEETING\nMAY 2031\n\n" + _BODY
    assert release_from_text(text).title == "HARBOUR TARIFF MEETING"


def test_a_letterhead_stack_is_no_title():
    text = "REPUBLIC OF EXAMPLIA\nMINISTRY OF HARBOURS\n\n" + _BODY
    assert release_from_text(text).title == ""


def test_menus_of_a_page_copied_from_a_browser_are_no_title():
    # (not hard-wrapped: every paragraph on one line)
    body = " ".join(_BODY.split())
    text = "HOME\nABOUT US\nNEWS ROOM\n\n" + body + "\n"
    assert release_from_text(text).title == ""


def test_a_column_of_single_words_is_no_title():
    # (a list of names or a table's header, one word a line)
    assert release_from_text("ALBANIA\nBELGIUM\nCHILE\nDENMARK\n\n" + _BODY).title == ""


def test_an_address_or_a_telephone_stack_is_no_title():
    assert release_from_text("PO BOX 4410\nHARBOUR ROAD\nPORT EXAMPLE\n\n" + _BODY).title == ""
    assert release_from_text("TEL 555 1234\nFAX 555 4321\n\n" + _BODY).title == ""


def test_a_handling_notice_stack_is_no_title():
    assert release_from_text("EMBARGOED UNTIL\nTHURSDAY NOON\n\n" + _BODY).title == ""

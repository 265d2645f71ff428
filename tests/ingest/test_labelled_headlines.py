"""A page copied whole whose site notice reads as the first paragraph has no title in its
head: the headline is the block under the paper's kind (or journal) and its date or
number, further down. A kind with no date or number under it is no label, and a title the
picker found stays. Made-up text (session 43, txttitle)."""

from __future__ import annotations

from briefing.ingest.labelled_headlines import headline_under_label
from briefing.ingest.pipeline import release_from_text

_NOTICE = (
    "A lock or https:// means you have safely connected to the official website of "
    "Examplia. Share sensitive information only on official, secure websites.\n\n"
)
_LEAD = (
    "The Harbour Board decided today to keep the fees ships pay at the northern quay "
    "unchanged for the rest of the year.\n\n"
    "The board will review the fees again in the autumn, when the new quay opens.\n"
)
_HEADLINE = "Harbour Board keeps quay fees unchanged"


def test_the_headline_under_the_kind_and_date_is_the_title():
    text = (
        _NOTICE
        + "Home\n\nNews\n\nPress Release\n\nPDF\n\nJune 15, 2031\n\n"
        + _HEADLINE
        + "\n\n"
        + _LEAD
    )
    assert release_from_text(text).title == _HEADLINE


def test_the_act_under_the_journal_and_its_number_is_the_title():
    act = "Regulation (EX) 2031/12 of the Harbour Council on the fees of the northern quay"
    text = _NOTICE + "Official Journal of the European Union\n\nL 123/45\n\n" + act + "\n\n" + _LEAD
    assert release_from_text(text).title == act


def test_a_kind_with_no_date_or_number_under_it_places_nothing():
    text = _NOTICE + "Press Release\n\n" + _HEADLINE + "\n\n" + _LEAD
    assert headline_under_label(text) == ""


def test_a_title_the_picker_found_stays():
    text = (
        "Examplia Harbour Board\n\n"
        + _HEADLINE
        + "\n\nJune 15, 2031\n\n"
        + _LEAD
        + "\n\nPress Release\n\nJune 1, 2031\n\nHarbour Board opens the new quay\n\n"
        "The new quay opened today.\n"
    )
    assert release_from_text(text).title == _HEADLINE


def test_a_long_block_is_never_split_into_words():
    # review1: every block near the top was split and joined word by word, and tested as
    # a label, a field and a headline however long: a 5 MB one-paragraph text with no
    # title spent 0.25-0.5 s here for nothing (a label, a field, a headline are short).
    import time

    big = "The board met on 12 May 2031 and agreed the plan, the chair said. " * 75000
    for text in (big, "Press Release\n\n" + big, "Press Release\n\n12 May 2031\n\n" + big):
        started = time.perf_counter()
        assert headline_under_label(text) == ""
        assert time.perf_counter() - started < 0.1
    text = _NOTICE + "Press Release\n\nJune 15, 2031\n\n" + _HEADLINE + "\n\n" + big
    assert headline_under_label(text) == _HEADLINE

"""A short line of prose (five to seven words) cut on a bare word, in text where no
measure tells a wrap: the sentence goes on under it (short_cuts). Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.short_cuts import short_prose_cut
from tests.ingest.helpers import lost_words

# Lines of very different lengths (a PDF copied in reading order, long lines where a
# hyphenated word was mended): no measure of a wrap.
TEXT = (
    "Report on the Example Fund\n"
    "\n"
    "The Office reviewed the strategy issued by the Example Board in March and found that it "
    "addresses most of the characteristics we recommended for national strategies.\n"
    "(1) The term “board” means the Example Board established under section 9(c) of the "
    "Example Act.\n"
    "(2) The term “example fund” has\n"
    "the meaning given the term by the Example Institute in its publication on funds and any "
    "amendment or superseding document thereto.\n"
    "(3) The term “office” means the Example Office.\n"
    "The fund identifies steps to reduce\n"
    "risks in federal example systems, and in state systems where the state so requests, "
    "and\n"
    "reports them to the Board each year.\n"
)


def test_a_short_line_stopping_on_a_bare_word_goes_on_with_a_lower_case_line() -> None:
    release = release_from_text(TEXT)
    nodes = {n.label: release.node_text(n) for n in release.nodes() if n.label}
    assert nodes.get("(2)", "").endswith("superseding document thereto.")
    assert not any(
        release.node_text(n).startswith("the meaning given") for n in release.nodes()
    )
    assert not lost_words(TEXT, release)


def test_only_a_short_line_of_prose_in_a_block_opened_as_a_paragraph() -> None:
    line = "The strategy identifies steps to reduce"
    assert short_prose_cut(line, line)
    line = "(B) to move the old example systems"
    assert short_prose_cut(line, line)
    # A list's items whose bullets the copy lost: the block opens in lower case.
    line = "return of the personal effects of a member"
    assert not short_prose_cut(line, line)
    assert not short_prose_cut("Rates for workers", "Rates for workers")  # a heading's words
    # A name and title capitalises most of its words; two columns side by side end on
    # the right column's word.
    line = "Jane Example, Head of the Office"
    assert not short_prose_cut(line, line)
    line = "The fund may receive      amounts made available"
    assert not short_prose_cut(line, line)


def test_two_columns_parted_by_a_tab_are_no_short_cut() -> None:
    # A tab parts two columns as three spaces do (segment's COLUMN_GAP): the last word is
    # the right column's (review2).
    line = "The fund may receive\tamounts made available"
    assert not short_prose_cut(line, line)


def test_a_short_cut_never_swallows_a_lettered_item() -> None:
    # "(a) travel ..." opens in lower case but opens a unit of its own (review2: the
    # guard was not asked by any test).
    text = (
        "Report on the Example Fund\n\n"
        "The Office reviewed the strategy issued by the Example Board in March and found "
        "that it addresses most of the characteristics we recommended.\n"
        "The fund will pay for these costs of the\n"
        "(a) travel of the staff to the sites;\n"
        "(b) hire of the equipment.\n"
    )
    release = release_from_text(text)
    labels = {n.label: release.node_text(n) for n in release.nodes() if n.label}
    assert labels.get("(a)", "").startswith("travel of the staff")

"""A short line over a paragraph whose end is no sentence's (it ends on an address and a
phone number, or a page or a link cut it) heads it when the paragraph opens on a whole
sentence of eight words or more (stacked_heads.opens_on_sentence); a line with figures
over such a paragraph (a page's running head, a table's row) still does not. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.stacked_heads import opens_on_sentence
from tests.ingest.helpers import heading_texts, lost_words

_SAID = (
    "The board met on the fourth of May and agreed on the plan that the staff had put "
    "before it at the last meeting, with two changes to its timetable."
)
_CUT = (
    "If you are a resident of the valley and you wish to apply for a warden's licence, "
    "please write to the river office. River Office 12 Mill Road Lowtown. Telephone: "
    "+00 123 4567"
)


def _heads(line: str) -> list[str]:
    text = "\n\n".join(
        ["Plan for the river office", _SAID, line, _CUT, "Fishing on the river", _SAID]
    )
    release = release_from_text(text + "\n")
    assert not lost_words(text, release)
    return heading_texts(release)


def test_a_line_over_a_paragraph_opening_on_a_sentence_heads_it() -> None:
    assert _heads("Licences for wardens") == ["Licences for wardens", "Fishing on the river"]


def test_a_line_with_figures_over_it_is_no_heading() -> None:
    # (A running head with a page line is furniture anyway; these two are refused only
    # for their figures: a running head with a version and a date, a table's row.)
    for line in ("Office plan | 1.0 | Page 2 of 3", "Office plan | 1.0 | 4 May", "2.1: Licences"):
        assert line not in _heads(line), line


def test_the_opening_sentence() -> None:
    assert opens_on_sentence(_CUT)
    assert opens_on_sentence("The economy would grow by 3.3 percent in 2023. Going forward, it")
    # Too short a sentence, an abbreviation's stop, no capital after the stop, lower case.
    assert not opens_on_sentence("The board met. It agreed on the plan and the timetable")
    assert not opens_on_sentence("Mail the office of the chair at the Example Rd. Today we")
    assert not opens_on_sentence("Mail the office of the chair in the whole U.S. Today we")
    # (Review, session 41.) A stop after a word with a capital in its last three letters
    # is an abbreviation's, "Ltd.", "GmbH.": no sentence ends there.
    assert not opens_on_sentence("Write to the office of the chair at Example Ltd. Today we")
    assert opens_on_sentence("Write to the office of the chair at the old mill. Today we")
    assert not opens_on_sentence("The board met on the fourth of May and agreed. then it")
    assert not opens_on_sentence("and the board met on the fourth of May and agreed. Then")

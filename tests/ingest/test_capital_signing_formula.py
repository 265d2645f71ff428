"""A treaty's signing formula set in capitals ("DONE at", "FAIT à", "GEDAAN te") dates it,
also where the witness clause runs on into it on one line; a formula in ordinary case
inside a sentence of prose does not. Made-up texts."""

from __future__ import annotations

from briefing.ingest.act_signatures import _SIGNED, _signing_lines, signed_date_line
from briefing.ingest.pipeline import release_from_text

_BODY = (
    "AGREEMENT ON RIVER FERRIES BETWEEN EXAMPLIA AND SAMPLIA\n\n"
    "The Parties, recalling their exchange of notes of 2 April 2029, agree as follows.\n\n"
    "Article 1. Each Party shall let the other's ferries call at its river ports.\n\n"
)


def test_a_formula_in_capitals_opening_its_line_dates_the_treaty() -> None:
    text = _BODY + "DONE at Port Example on 12 January 2031, in two originals.\n"
    assert release_from_text(text).date == "2031-01-12"
    assert signed_date_line("Texte.\nFAIT à Villexemple, le 3 mars 2031.\n")
    assert signed_date_line("Tekst.\nGEDAAN te Voorbeeldstad, op 21 mei 2031.\n")


def test_the_dutch_and_german_treaty_formulas_are_read() -> None:
    assert signed_date_line("Tekst.\nGedaan te Voorbeeldstad op 4 juni 2031.\n")
    assert signed_date_line("Tekst.\nOpgesteld te Voorbeeldstad op 4 juni 2031.\n")
    assert signed_date_line("Text.\nGeschehen zu Beispielstadt am 4. Juni 2031.\n")


def test_a_capital_formula_run_on_after_the_witness_clause_dates_the_treaty() -> None:
    text = _BODY + (
        "IN WITNESS WHEREOF the undersigned have signed this Agreement. DONE at Port "
        "Example, on 5 May 2031, in two originals. For Examplia A. NAME For Samplia B. NAME\n"
    )
    assert release_from_text(text).date == "2031-05-05"


def test_a_formula_inside_prose_is_no_signing_line() -> None:
    prose = "The talks ended. Signed in Example City on 5 May 2031, the accord takes effect.\n"
    assert signed_date_line("Intro.\n" + prose) == ""


def test_the_quick_search_still_finds_what_the_regex_finds() -> None:
    for text in (
        "Clause.DONE at Here, 1 May 2031\nNext line. FAIT à Là\n",
        "Done at Here.\nsigned. Done at There; DONE at Yon: GEDAAN te Daar",
    ):
        expected = [(m.start(), m.end()) for m in _SIGNED.finditer(text)]
        assert [(m.start(), m.end()) for m in _signing_lines(text)] == expected, text

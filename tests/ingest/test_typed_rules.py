"""A rule typed with the hyphen key ("- - - - - x" in a court caption, "– – –" as a
typewritten separator) is a line of dashes, not a list item; a dash before words still
is a bullet. Made-up lines."""

from __future__ import annotations

import pytest

from briefing.ingest.patterns import match_label


@pytest.mark.parametrize("line", ["- - - - - - - - - - x", "– – – – –", "- - -", "-- -- --"])
def test_a_typed_rule_is_no_bullet(line: str) -> None:
    assert match_label(line) is None


@pytest.mark.parametrize("line", ["- The harbour will reopen", "– x-ray units", "- 5 per cent"])
def test_a_dash_before_words_is_a_bullet(line: str) -> None:
    found = match_label(line)
    assert found is not None and found.family == "bullet:-"


@pytest.mark.parametrize("line", ["− Inspectie van de haven", "− Ministerie van Verkeer."])
def test_a_minus_sign_before_words_is_a_dash_bullet(line: str) -> None:
    # Word processors set some lists' dashes as the minus sign (U+2212).
    found = match_label(line)
    assert found is not None and found.family == "bullet:-"


def test_a_negative_figure_is_no_bullet() -> None:
    assert match_label("−0.5 per cent on the year") is None

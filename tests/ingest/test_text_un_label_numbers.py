"""A label's ordinal from characters Python calls digits but int() cannot read: a
circled number ("①") or a superscript opening a line is read by its value, and text
opening with one is structured, not a traceback."""

from __future__ import annotations

from briefing.ingest import patterns as P
from briefing.ingest import release_from_text


def test_circled_and_superscript_digits_have_their_value() -> None:
    assert P.label_number("①") == 1
    assert P.label_number("(3)") == 3
    assert P.label_number("1.2") == 2


def test_text_opening_on_a_circled_number_reads() -> None:
    assert release_from_text("①0").text == "①0"

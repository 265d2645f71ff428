"""text_scan.holds answers ``needle in text`` exactly, by way of the needle's rare
characters and its least common one."""

from __future__ import annotations

import random

from briefing.ingest import text_scan
from briefing.ingest.text_scan import holds, holds_any

PROSE = "The council met on Tuesday and agreed on the text of the statement. " * 400


def test_long_text_answers_as_in_does() -> None:
    text = PROSE + "See the notes<sup>1</sup> below.\n> quoted line\n"
    assert len(text) > text_scan.LONG_TEXT
    for needle in ("<sup", "\n>", "VerDate", "notes", "OTES", "agreed on", "Tuesday.", "é"):
        assert holds(text, needle) == (needle in text), needle


def test_a_needle_after_many_places_of_its_anchor() -> None:
    # "Q" is the anchor of "QZ": many "Q"s come before the one "QZ", past the tries.
    text = "Q " * (text_scan.ANCHOR_TRIES * 3) + PROSE + "QZ"
    assert holds(text, "QZ")
    assert not holds(text, "QY")


def test_holds_any() -> None:
    assert holds_any(PROSE, ("VerDate", "council met"))
    assert not holds_any(PROSE, ("VerDate", "CLASSIFIED"))


def test_random_texts_against_in(monkeypatch) -> None:
    monkeypatch.setattr(text_scan, "LONG_TEXT", 0)  # (every text takes the quick path)
    monkeypatch.setattr(text_scan, "ANCHOR_TRIES", 2)
    rng = random.Random(7)
    alphabet = "abAB .\nxé<"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        needle = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5)))
        assert holds(text, needle) == (needle in text), (text, needle)

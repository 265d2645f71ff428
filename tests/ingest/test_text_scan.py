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


def test_a_sparse_anchor_is_followed_to_the_end() -> None:
    # "Z" lies far apart (wider than the sparse gap): every place of it is tried, and a
    # needle past the tries is found, an absent one is not.
    gap = " " * text_scan.SPARSE_ANCHOR_GAP
    text = ("Z" + gap) * (text_scan.ANCHOR_TRIES * 4) + "ZQ" + PROSE
    assert holds(text, "ZQ")
    assert not holds(text, "ZY")


def test_random_texts_with_dense_and_sparse_anchors(monkeypatch) -> None:
    monkeypatch.setattr(text_scan, "LONG_TEXT", 0)
    monkeypatch.setattr(text_scan, "ANCHOR_TRIES", 2)
    rng = random.Random(11)
    for gap in (1, 3, 40):
        monkeypatch.setattr(text_scan, "SPARSE_ANCHOR_GAP", gap)
        for _ in range(3000):
            text = "".join(rng.choice("aQ Z.") for _ in range(rng.randint(0, 80)))
            needle = "".join(rng.choice("aQZ") for _ in range(rng.randint(2, 3)))
            assert holds(text, needle) == (needle in text), (text, needle)


def test_the_anchor_is_the_rare_character_least_met_early() -> None:
    # "A" opens many words early; "Q" is met once: either anchor answers the same.
    text = "A word. " * 3000 + "AQ" + PROSE
    assert holds(text, "AQ")
    assert not holds(text, "AQZ")
    assert holds(text, "QA") == ("QA" in text)

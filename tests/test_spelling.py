"""Spell checking of what the user writes (summaries, annotations, the brief)."""

from __future__ import annotations

from briefing.spelling import Speller


def test_flags_misspellings_not_names_from_the_release_acronyms_or_korean(tmp_path):
    speller = Speller("en", tmp_path / "words.txt")
    speller.learn_from(["Secretary-General Guterres met Minister Cho Tae-yul in Busan."])
    text = ("Guterres and Cho Tae-yul agreed to recieve the goverment delegation in Busan; "
            "NATO, eGovernment, 외교부, https://example.org/statment and 2026.")
    words = [m.word for m in speller.check(text)]
    assert words == ["recieve", "goverment"]
    first = speller.check(text)[0]
    assert text[first.start : first.end] == "recieve"


def test_suggestions_keep_capitals_and_the_user_dictionary_persists(tmp_path):
    path = tmp_path / "words.txt"
    speller = Speller("en", path)
    assert speller.suggestions("Goverment")[0] == "Government"
    speller.add_word("Kyiv-based")
    assert not speller.check("A Kyiv-based team")
    again = Speller("en", path)  # a new session reads the word list
    assert not again.check("A Kyiv-based team")


def test_other_languages(tmp_path):
    speller = Speller("fr", None)
    assert [m.word for m in speller.check("Le ministre a déclaré que la réunoin était utile.")] == [
        "réunoin"
    ]

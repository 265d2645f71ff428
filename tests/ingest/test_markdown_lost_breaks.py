"""Markdown, lost paragraph breaks: a sentence's end, a run of spaces and a capital inside a
source line is a paragraph break a converter flattened into spaces when the run is long
(five spaces or more) or when the document ends its paragraphs' lines with such runs too
(the converter's mark of a paragraph's end). A run of three alone is no evidence: writers
leave them inside paragraphs. Made-up releases."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file

# Lines ending a sentence with three spaces or more: the converter's paragraph ends.
_ENDS = "The office opened in May.   \n\nIts staff answers letters.    \n\n"


def _lines(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    path = tmp_path / "release.md"
    path.write_text(text, encoding="utf-8")
    return [(line.style, line.label, line.text) for line in read_file(path).lines]


def test_a_long_run_after_a_sentence_parts_paragraphs(tmp_path: Path) -> None:
    text = "The scheme opens on 1 May.      The Board may grant exceptions.   “Fees” are due.\n"
    assert _lines(tmp_path, text) == [
        ("", "", "The scheme opens on 1 May."),
        ("", "", "The Board may grant exceptions. “Fees” are due."),
    ]


def test_runs_the_document_ends_paragraphs_with_part_them(tmp_path: Path) -> None:
    text = _ENDS + (
        "The Board may grant exceptions.   “Fees” are due.\n\n"
        "*The notice appears in the Gazette.*   *It applies at once.*\n\n"
        "- the second step ends here.   Where so, the office replies.\n"
    )
    assert _lines(tmp_path, text)[2:] == [
        ("", "", "The Board may grant exceptions."),
        ("", "", "“Fees” are due."),
        ("", "", "The notice appears in the Gazette."),
        ("", "", "It applies at once."),
        ("list-item", "-", "the second step ends here."),
        ("list-item", "", "Where so, the office replies."),
    ]


def test_short_runs_elsewhere_keep_one_paragraph(tmp_path: Path) -> None:
    text = "It ends.  Then more.   Still the same paragraph.\n"
    assert _lines(tmp_path, text) == [("", "", "It ends. Then more. Still the same paragraph.")]


def test_two_spaces_or_no_sentence_end_keep_one_paragraph(tmp_path: Path) -> None:
    text = _ENDS + "It ends.  Then more.   and lower case.\nQ    Next question?   no capital.\n"
    assert _lines(tmp_path, text)[2:] == [
        ("", "", "It ends. Then more. and lower case. Q Next question? no capital.")
    ]


def test_a_justified_paragraph_keeps_its_padding(tmp_path: Path) -> None:
    # Text justified with spaces pads between any two words, after a stop as well.
    text = "The  board  met  today.        The  notice  follows  in  due  course.\n"
    assert _lines(tmp_path, text) == [
        ("", "", "The board met today. The notice follows in due course.")
    ]


def test_no_break_spaces_are_typed_spacing(tmp_path: Path) -> None:
    # A web page's double spacing after a stop ("&nbsp;&nbsp; ") is the writer's.
    text = "Thanks.\u00a0\u00a0 \n\nWe take note.\u00a0\u00a0 The report covers it.\n"
    assert _lines(tmp_path, text) == [
        ("", "", "Thanks."),
        ("", "", "We take note. The report covers it."),
    ]


def test_a_lower_case_letter_of_any_script_goes_on_the_sentence(tmp_path: Path) -> None:
    # Lower case beyond Latin-1 (Polish, Cyrillic, Greek) opens no paragraph; a capital of
    # those scripts does.
    text = (
        "Ustawa weszła w życie.      żeby ją stosować.      Ведомство открыто.      "
        "и работает.      Η απόφαση ισχύει.      και σήμερα.      Όλοι συμφωνούν.\n"
    )
    assert [line[2] for line in _lines(tmp_path, text)] == [
        "Ustawa weszła w życie. żeby ją stosować.",
        "Ведомство открыто. и работает.",
        "Η απόφαση ισχύει. και σήμερα.",
        "Όλοι συμφωνούν.",
    ]

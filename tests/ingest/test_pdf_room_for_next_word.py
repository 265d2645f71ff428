"""A PDF line that ends a sentence and leaves room for the next line's first word ended
its paragraph: word processors fill lines greedily, so the word would have been set on
it had the paragraph gone on (pdf_paragraphs._room_for_next). Made-up text, Courier 10
(6 pt a character, 60 characters fill the measure), via the fixture of test_readers_pdf."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file
from tests.ingest.test_pdf_article_starts import texts
from tests.ingest.test_readers_pdf import body, make_layout_pdf

# Ragged prose: lines of 57 to 60 characters, as a word processor wraps them.
WRAPPED = [
    "The council reviewed the quarterly accounts of the regional",
    "offices and found that spending on maintenance had remained",
    "close to the level approved for the year in the last budget",
    "round, while receipts from licences were somewhat above the",
]


def test_a_sentence_end_with_room_for_the_next_word_ends_the_paragraph(tmp_path: Path) -> None:
    # 55 characters: five left free, and "It" needs three with its space.
    ended = "forecast made in the spring by the finance department."
    out = texts(tmp_path, [*WRAPPED, ended, "It will publish the full accounts in the autumn."])
    assert len(out) == 2
    assert out[0].endswith("finance department.")
    assert out[1].startswith("It will publish")


def test_a_sentence_end_without_room_for_the_next_word_runs_on(tmp_path: Path) -> None:
    # "Nevertheless," (thirteen characters) would not have fitted in the five left free:
    # the line was wrapped there, and the sentence end falls inside the paragraph.
    ended = "forecast made in the spring by the finance department."
    out = texts(tmp_path, [*WRAPPED, ended, "Nevertheless, the council asked for a fuller report."])
    assert len(out) == 1


def test_an_indented_page_reaching_the_right_margin_keeps_it(tmp_path: Path) -> None:
    # Page 1 fills the measure (72 to 432); page 2 sets its text indented under a
    # caption, from x=150 to the same right margin. Its lines are full: a line that
    # stops on a date's month runs on into the year, as on any full line.
    full = "The council reviewed the quarterly accounts of the regional"
    page1 = [(72, 760 - 12 * i, body(full)) for i in range(10)]
    page1.append((72, 640, body("offices, and approved them.")))
    page2 = [
        (150, 760, body("The rules of this scheme shall run from 1 March")),
        (150, 748, body("2027. The register is to be kept by the office")),
        (150, 736, body("and be open to the public.")),
    ]
    path = make_layout_pdf(tmp_path / "t.pdf", [page1, page2])
    out = [line.text for line in read_file(path).lines]
    assert any(text.startswith("The rules of this") and "1 March 2027." in text for text in out)

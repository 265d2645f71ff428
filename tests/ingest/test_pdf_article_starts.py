"""An act's articles set as paragraphs with no space between them (issue 11): the last
line of one article may be filled to the margin by its final sentence, and the next
article opens on its designation ("Art. 2. - ..."). Made-up PDFs written with the
fixture builder of test_readers_pdf (Courier 10: 6 pt a character, 60 fill the measure)."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file
from tests.ingest.test_readers_pdf import body, make_layout_pdf


def texts(tmp_path: Path, rows: list[str]) -> list[str]:
    page = [(72, 760 - 12 * n, body(text)) for n, text in enumerate(rows)]
    return [line.text for line in read_file(make_layout_pdf(tmp_path / "t.pdf", [page])).lines]


ROWS = [
    "Art. 1. - The council shall meet twice a year at the seat of",
    "the court and whenever the chair calls it for a given matter",
    "that cannot wait for its next ordinary session of the year.",
    "Art. 2. - The members shall be heard by the council when the",
    "matter concerns them, and they may be assisted by counsel at",
    "any stage of the procedure laid down by the present statute.",
    "Art. 3. - The present law shall be executed as a law of the",
    "State and shall enter into force on the day after its notice",
    "in the official journal, in the form the council shall set.",
]


def test_an_article_after_a_full_line_ending_its_sentence_opens_a_paragraph(
    tmp_path: Path,
) -> None:
    assert all(len(row) >= 59 for row in ROWS)
    out = texts(tmp_path, ROWS)
    assert [text[:9] for text in out] == ["Art. 1. -", "Art. 2. -", "Art. 3. -"]


def test_a_sentence_citing_an_article_runs_on(tmp_path: Path) -> None:
    rows = [
        "The council shall meet twice a year at the seat of the court.",
        "Article 5 of the statute applies to members heard by council",
        "and to those assisted by counsel at any stage of the hearing",
        "laid down by the present statute of the council of judges.",
    ]
    assert len(texts(tmp_path, rows)) == 1

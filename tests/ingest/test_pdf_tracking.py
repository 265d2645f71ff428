"""Letter-spaced (tracked) words in a PDF read as words: a masthead set with character
spacing (Tc) came out one letter a unit ("N a t i o n a l"). Made-up PDFs written with
the fixture writer of test_readers_pdf."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file
from tests.ingest.test_readers_pdf import _write


def _pdf(path: Path, lines: list[tuple[float, float, float, str]]) -> Path:
    """One page; each line is (x, y, character spacing, text) in Helvetica 11."""
    stream = "\n".join(
        f"BT /F1 11 Tf {tc} Tc {x} {y} Td ({text}) Tj ET" for x, y, tc, text in lines
    )
    objects = [
        b"<< /Type /Catalog /Pages 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream".encode("latin-1"),
        b"<< /Type /Page /Parent 5 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 2 0 R >> >> /Contents 3 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
    ]
    return _write(path, objects, 1, None)


BODY = "The Council kept the reference rate unchanged at its meeting today."


def test_letter_spaced_masthead_reads_as_words(tmp_path: Path) -> None:
    pdf = _pdf(
        tmp_path / "t.pdf",
        [
            (72, 780, 14, "Central Bank of Ruritania"),
            (200, 760, 1.8, "Monetary Policy Board"),
            (72, 700, 0, BODY),
        ],
    )
    texts = [line.text for line in read_file(pdf).lines]
    assert texts[:2] == ["Central Bank of Ruritania", "Monetary Policy Board"]
    assert texts[2] == BODY


def test_ordinary_words_and_lone_letters_stay_apart(tmp_path: Path) -> None:
    # Letters that stand apart with their own spaces ("a b c" options) are no word.
    pdf = _pdf(tmp_path / "t.pdf", [(72, 760, 0, "Options a b c were put to the vote.")])
    assert [line.text for line in read_file(pdf).lines] == ["Options a b c were put to the vote."]

"""A small PDF that asks for minutes of work — pages sharing one content stream that
unpacks to tens of MB — is refused in well under 2 s with one line; an ordinary page
next to it is still read (issue 14). The PDF is built here by script."""

from __future__ import annotations

import time
import zlib
from pathlib import Path

import pytest

from briefing.ingest import ReleaseReadError, load_release

LINE = b"BT /F1 10 Tf 72 700 Td (The ministers met in Geneva today.) Tj ET\n"


def _pdf(path: Path, streams: list[bytes], page_streams: list[int]) -> Path:
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    first_page = 3 + len(streams)
    kids = " ".join(f"{first_page + i} 0 R" for i in range(len(page_streams)))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(page_streams)} >>".encode())
    for content in streams:
        packed = zlib.compress(content, 9)
        objects.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed)
            + packed
            + b"\nendstream"
        )
    font = first_page + len(page_streams)
    for stream in page_streams:
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {3 + stream} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    path.write_bytes(bytes(out))
    return path


def test_pages_sharing_a_huge_stream_are_refused_fast(tmp_path):
    huge = LINE * (20 * 2**20 // len(LINE))  # 20 MB of operators, shared by 30 pages
    path = _pdf(tmp_path / "shared.pdf", [huge], [0] * 30)
    assert path.stat().st_size < 200_000
    started = time.perf_counter()
    with pytest.raises(ReleaseReadError, match="within its budget"):
        load_release(path, suggest=False)
    assert time.perf_counter() - started < 2


def test_an_ordinary_page_beside_them_is_read_and_the_skips_are_listed(tmp_path):
    huge = LINE * (20 * 2**20 // len(LINE))
    ordinary = b"BT /F1 12 Tf 72 700 Td (Statement by the Ministers of Ruritania) Tj ET\n"
    path = _pdf(tmp_path / "mixed.pdf", [ordinary, huge], [0, 1, 1, 1])
    started = time.perf_counter()
    release = load_release(path, suggest=False)
    assert time.perf_counter() - started < 2
    assert "Statement by the Ministers of Ruritania" in release.text
    skipped = [r.text for r in release.removed if r.kind == "page-budget"]
    assert len(skipped) == 3 and "repeats page 2" in skipped[1]


def test_a_page_denser_than_any_print_is_read_as_text_without_its_layout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Past the budget of characters a page may ask for one by one, the page is read as
    # PDFium's text: every word kept, in order, lines apart (the budget lowered here so a
    # small page crosses it; a real page never does).
    from briefing.ingest.readers import pdf_chars

    lines = [
        b"BT /F1 10 Tf 72 700 Td (The ministers met in Geneva today.) Tj ET\n",
        b"BT /F1 10 Tf 72 680 Td (They agreed on a plan.) Tj ET\n",
    ]
    path = _pdf(tmp_path / "dense.pdf", [b"".join(lines)], [0])
    placed = load_release(path).text
    monkeypatch.setattr(pdf_chars, "MAX_PLACED_CHARS", 20)
    unplaced = load_release(path).text
    assert "The ministers met in Geneva today." in unplaced
    assert unplaced.index("Geneva") < unplaced.index("plan")
    assert unplaced.split() == placed.split()

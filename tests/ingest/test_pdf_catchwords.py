"""Catchwords in a PDF: a page's last line giving the next page's opening words and an
ellipsis ("4.2. Laporan...") is page furniture, though the reader has already taken the
page numbers that the text pass looks for to see the page break. Made-up regulation."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from tests.ingest.test_readers_pdf import make_pdf

PAGE_ONE = [
    "PERATURAN KEPALA BADAN CONTOH",
    "NOMOR 7 TAHUN 2099",
    "4.1. Badan menetapkan tata cara pelaporan kegiatan yang dilakukan",
    "oleh setiap pemegang izin sesuai dengan ketentuan yang berlaku.",
    "4.2. Laporan...",
]
PAGE_TWO = [
    "- 2 -",
    "4.2. Laporan disampaikan kepada Kepala Badan paling lambat tiga puluh",
    "hari setelah kegiatan selesai dilaksanakan oleh pemegang izin.",
    "4.3. Kepala Badan dapat meminta keterangan tambahan apabila diperlukan.",
]


def test_catchword_at_a_pdf_page_foot_is_removed(tmp_path: Path) -> None:
    release = load_release(make_pdf(tmp_path / "reg.pdf", [PAGE_ONE, PAGE_TWO]), suggest=False)
    assert "4.2. Laporan..." in [r.text for r in release.removed]
    assert release.text.count("Laporan") == 1
    assert "Laporan disampaikan kepada Kepala Badan" in release.text


def test_an_ellipsis_that_is_no_catchword_stays(tmp_path: Path) -> None:
    one = [*PAGE_ONE[:-1], "Dan seterusnya..."]
    release = load_release(make_pdf(tmp_path / "reg.pdf", [one, PAGE_TWO]), suggest=False)
    assert "Dan seterusnya..." in release.text

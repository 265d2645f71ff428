"""Small Word files that ask for huge work (issue 14): numbering that starts at 10**12 or
repeats "%1" thousands of times, and a zip bomb — built here by script, each answered in
well under a second with a bounded label or one clear line."""

from __future__ import annotations

import re
import time
import zipfile
from pathlib import Path

import docx
import pytest

from briefing.ingest import ReleaseReadError, load_release
from briefing.ingest.readers.docx_numbering import format_number


def _numbered_docx(tmp_path: Path) -> dict[str, bytes]:
    document = docx.Document()
    document.add_paragraph("The first point of the statement.", style="List Number")
    document.add_paragraph("The second point of the statement.", style="List Number")
    base = tmp_path / "base.docx"
    document.save(base)
    with zipfile.ZipFile(base) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("start", "fmt"), [("1000000000000", "upperRoman"), ("1000000000000", "decimal")]
)
def test_numbering_bombs_give_no_absurd_label(tmp_path, start, fmt):
    parts = _numbered_docx(tmp_path)
    numbering = parts["word/numbering.xml"].decode()
    numbering = re.sub(r'<w:start w:val="\d+"/>', f'<w:start w:val="{start}"/>', numbering)
    numbering = re.sub(r'w:numFmt w:val="\w+"', f'w:numFmt w:val="{fmt}"', numbering)
    numbering = re.sub(
        r'w:lvlText w:val="[^"]*"', 'w:lvlText w:val="' + "%1" * 5000 + '"', numbering
    )
    parts["word/numbering.xml"] = numbering.encode()
    started = time.perf_counter()
    release = load_release(_write(tmp_path / "bomb.docx", parts), suggest=False)
    assert time.perf_counter() - started < 2
    assert all(len(n.label) <= 40 for n in release.root.walk())
    assert "The first point of the statement." in release.text


def test_counters_past_what_lists_reach_are_plain():
    assert format_number(4, "upperRoman") == "IV"
    assert format_number(5000, "upperRoman") == "5000"  # never 5,000 "M"s and more
    assert format_number(10**12, "decimal") == "?"


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    parts = _numbered_docx(tmp_path)
    document = parts["word/document.xml"].decode()
    parts["word/document.xml"] = document.replace(
        "The first point", "The first point" + " " * (300 * 2**20), 1
    ).encode()
    path = _write(tmp_path / "zip-bomb.docx", parts)
    assert path.stat().st_size < 2 * 2**20  # small packed
    started = time.perf_counter()
    with pytest.raises(ReleaseReadError, match=r"unpacks to \d+ MB"):
        load_release(path, suggest=False)
    assert time.perf_counter() - started < 2

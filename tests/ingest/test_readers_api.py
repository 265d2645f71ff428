"""The readers package: dispatch, lazy imports, and pasted text invariants."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.ingest.errors import ReleaseReadError
from briefing.ingest.readers import SUPPORTED_SUFFIXES, read_file, read_pasted


def test_supported_suffixes() -> None:
    assert set(SUPPORTED_SUFFIXES) == {
        ".txt",
        ".text",
        ".md",
        ".markdown",
        ".html",
        ".htm",
        ".docx",
        ".pdf",
    }


def test_import_is_light() -> None:
    # App start-up must not pay for trafilatura, python-docx, pypdf or Qt.
    code = (
        "import sys, briefing.ingest.readers\n"
        "heavy = {'trafilatura', 'docx', 'pypdf', 'charset_normalizer', 'lxml', 'PySide6'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("name", "fmt"), [("a.htm", "html"), ("a.HTML", "html"), ("a.text", "txt"), ("a.Md", "md")]
)
def test_dispatch_by_extension(tmp_path: Path, name: str, fmt: str) -> None:
    path = tmp_path / name
    path.write_text("<p>Hello there, this is a paragraph.</p>\n")
    assert read_file(path).format == fmt


def test_accepts_str_paths(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("x\n")
    assert read_file(str(path)).lines[0].text == "x"


@given(st.text(max_size=300))
def test_pasted_text_keeps_every_line(text: str) -> None:
    try:
        ex = read_pasted(text)
    except ReleaseReadError:
        assert not text.strip()
        return
    assert ex.format == "paste"
    got = [line.text for line in ex.lines]
    assert all("\n" not in t and "\r" not in t and t == t.rstrip() for t in got)
    # Nothing but whitespace (trailing, NBSP, newline kinds) and a leading BOM is altered.
    normalised = "".join(text.lstrip("\ufeff").split())
    assert "".join("".join(got).split()) == normalised


def test_a_notes_heading_on_the_last_line_is_read() -> None:
    # A pasted text ending on its notes heading, with no notes below it, once crashed
    # the note-list reader (it looked for notes in an empty range).
    from briefing.ingest import release_from_text

    release = release_from_text("Ministers met in Geneva today.\n\nNotes")
    assert "Notes" in release.text

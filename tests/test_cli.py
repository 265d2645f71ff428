"""`briefing outline` as a user runs it: a real process, real files, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO

SAMPLE = REPO / "resources" / "samples" / "sample-release.txt"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_outline_tree():
    result = run("outline", str(SAMPLE))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Title: 2026 Busan Ministerial Conference")
    assert "[paragraph] 1. The 2026 Busan" in result.stdout
    assert "  [footnote] * Ms. Amelia Hart" in result.stdout


def test_outline_json_shape():
    result = run("outline", str(SAMPLE), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"].startswith("2026 Busan")
    assert data["date"] == "2026-11-24"
    assert data["source"]["format"] == "txt" and len(data["source"]["sha256"]) == 64
    p1 = data["nodes"][2]
    assert (p1["id"], p1["kind"], p1["label"]) == ("p1", "paragraph", "1.")
    assert p1["children"][0]["id"] == "p1.1" and p1["children"][0]["label"] == "-"
    assert {r["kind"] for r in data["removed"]} == {"boilerplate", "category"}
    assert {s["before"] for s in data["suggestions"]} == {"theBusan", "Declarationon", "TheBusan"}


def _bad_inputs(tmp: Path) -> dict[str, Path]:
    files = {
        "empty": tmp / "empty.txt",
        "binary": tmp / "junk.txt",
        "huge": tmp / "huge.txt",
        "no_text_html": tmp / "blank.html",
        "damaged_docx": tmp / "broken.docx",
        "damaged_pdf": tmp / "broken.pdf",
        "unknown": tmp / "notes.xyz",
        "missing": tmp / "missing.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(bytes(range(256)) * 64)
    with files["huge"].open("wb") as handle:
        handle.truncate(200 * 2**20)  # sparse: instant, but 200 MB as far as stat is concerned
    files["no_text_html"].write_text("<html><head><script>x=1</script></head><body><nav></nav></body></html>")
    with zipfile.ZipFile(files["damaged_docx"], "w") as archive:
        archive.writestr("word/nothing.xml", "<x/>")
    files["damaged_pdf"].write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage")
    files["unknown"].write_text("some text")
    return files


@pytest.mark.parametrize(
    "case", ["empty", "binary", "huge", "no_text_html", "damaged_docx", "damaged_pdf", "unknown", "missing"]
)
def test_bad_input_gives_one_clear_line_and_exit_2(tmp_path, case):
    path = _bad_inputs(tmp_path)[case]
    result = run("outline", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert path.name in lines[0]
    assert "Traceback" not in result.stderr


def test_help_and_version():
    assert "outline" in run("--help").stdout
    assert run("--version").stdout.startswith("briefing ")

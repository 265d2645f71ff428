"""`briefing compare`: JSON in the documented shape, a Markdown change list, and a Word
file with real tracked changes that python-docx, LibreOffice and openxml-audit accept."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile

import pytest

from briefing.cli import main
from tests.compare.test_compare_pairs import _edit
from tests.conftest import SHARED
from tests.export.audit import audit_errors

SOURCE = SHARED / "corpus/more/33_unga_a-res-80-12-military-expenditures.txt"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def pair(tmp_path):
    if not SOURCE.exists():
        pytest.skip("../shared corpus not present")
    new_text, _ = _edit(SOURCE.read_text(encoding="utf-8"))
    new = tmp_path / "new.txt"
    new.write_text(new_text, encoding="utf-8")
    return SOURCE, new


def test_json_shape(pair, capsys):
    old, new = pair
    assert main(["compare", str(old), str(new), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == 1 and set(data["old"]) == {"title", "date"}
    assert data["summary"]["added"] == 1 and data["summary"]["removed"] == 1
    assert data["summary"]["moved"] == 1 and data["summary"]["changed"] == 1
    for change in data["changes"]:
        assert change["status"] in {"same", "changed", "moved", "added", "removed",
                                    "split", "merged"}
        assert 0.0 <= change["similarity"] <= 1.0
        for side in ("old", "new"):
            assert change[side] is None or set(change[side]) == {"id", "label", "text"}
    changed = next(c for c in data["changes"] if c["status"] == "changed")
    assert changed["edits"] and {e["op"] for e in changed["edits"]} <= {
        "insert", "delete", "replace"}
    # Removed paragraphs sit at their old place: right after the paragraph before them.
    statuses = [c["status"] for c in data["changes"]]
    assert statuses.index("removed") > statuses.index("added")


def test_markdown_change_list(pair, tmp_path):
    old, new = pair
    out = tmp_path / "changes.md"
    assert main(["compare", str(old), str(new), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert [h.split(":")[0] for h in headings] == ["## Moved", "## Added", "## Removed",
                                                  "## Changed"]
    assert "## Removed: old para 4" in text and "“firmly and without delay”" in text


def test_tracked_changes_docx(pair, tmp_path):
    from docx import Document

    old, new = pair
    out = tmp_path / "changes.docx"
    assert main(["compare", str(old), str(new), "-o", str(out)]) == 0
    body = Document(str(out)).element.body
    tags = {el.tag.replace(W, "") for el in body.iter() if el.tag.startswith(W)}
    assert {"ins", "del", "moveFrom", "moveTo", "moveFromRangeStart", "moveToRangeStart",
            "delText"} <= tags
    authors = {el.get(f"{W}author") for el in body.iter(f"{W}ins")}
    assert authors == {"Briefing compare"}
    assert audit_errors(out) == []


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_reads_the_changes(pair, tmp_path):
    old, new = pair
    out = tmp_path / "changes.docx"
    assert main(["compare", str(old), str(new), "-o", str(out)]) == 0
    subprocess.run(["soffice", "--headless", "--convert-to", "odt", "--outdir", str(tmp_path),
                    str(out)], check=True, capture_output=True, timeout=180)
    with zipfile.ZipFile(tmp_path / "changes.odt") as odt:
        content = odt.read("content.xml").decode("utf-8")
    # LibreOffice keeps them as tracked changes (insertions and deletions).
    assert "<text:tracked-changes" in content
    assert "<text:insertion>" in content and "<text:deletion>" in content


def test_bad_input_is_one_line(tmp_path, capsys):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x00\x01\x02" * 100)
    assert main(["compare", str(junk), str(junk)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "junk.txt" in err and "Traceback" not in err
    assert main(["compare", str(junk), str(junk), "-o", str(tmp_path / "x.pdf")]) == 2


def test_cli_runs_as_a_command(pair):
    old, new = pair
    done = subprocess.run([sys.executable, "-m", "briefing", "compare", str(old), str(new)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "# Changes:" in done.stdout

"""`briefing export` from the command line."""

from __future__ import annotations

from pathlib import Path

import docx

from briefing.cli import main
from tests.export.conftest import ready_project

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples"


def test_export_release_file_drafts_from_structure(tmp_path, capsys):
    out = tmp_path / "note.docx"
    code = main(["export", str(SAMPLE / "sample-release.txt"), "-o", str(out),
                 "--classification", "PROTECTED A", "--paper", "letter"])
    assert code == 0, capsys.readouterr().err
    document = docx.Document(str(out))
    assert document.sections[0].header.paragraphs[0].text == "PROTECTED A"
    points = [p.text for p in document.paragraphs if p.style.name == "List Number"]
    assert len(points) >= 4 and points[0].replace("\xa0", " ").endswith("(para 1)")


def test_export_project_file(tmp_path, capsys):
    from briefing.storage import save_project

    project_path = tmp_path / "busan.briefing"
    save_project(ready_project(), project_path)
    out = tmp_path / "note.md"
    assert main(["export", str(project_path), "-o", str(out), "--no-annex"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Director General, North Asia Bureau" in text and "Annex A" not in text


def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["export", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "n.docx")]) == 2
    assert "no such file" in capsys.readouterr().err
    code = main(["export", str(SAMPLE / "sample-release.txt"), "-o", str(tmp_path / "n.docx"),
                 "--template", str(tmp_path / "nope.docx")])
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "template does not exist" in err
    assert not (tmp_path / "n.docx").exists()

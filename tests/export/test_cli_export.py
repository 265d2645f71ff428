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
    # The offline drafter picks the 3-7 most salient points, each citing its paragraph.
    assert len(points) >= 3
    assert all(p.replace("\xa0", " ").rstrip().endswith(")") and "(para" in p for p in points)


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


def test_send_and_working_copy_and_what_is_reported(tmp_path, capsys):
    from briefing.storage import save_project

    project = ready_project()
    project.brief.reviewed = False
    project.brief.header.to = ""
    source = tmp_path / "p.briefing"
    save_project(project, source)
    out = tmp_path / "send.docx"
    assert main(["export", str(source), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "warning: To is empty: left out of the note's header" in err
    assert "warning: the brief is not marked reviewed: every page carries a DRAFT mark" in err
    assert "working copy" in err  # the staff annotations left out are reported
    document = docx.Document(str(out))
    assert len(list(document.comments)) == 0
    assert "DRAFT – NOT REVIEWED" in [p.text for p in document.sections[0].header.paragraphs]
    out = tmp_path / "working.docx"
    assert main(["export", str(source), "-o", str(out), "--working-copy", "--reviewed"]) == 0
    err = capsys.readouterr().err
    assert "DRAFT" not in err and "staff annotation" not in err
    document = docx.Document(str(out))
    assert len(list(document.comments)) == len(project.annotations)
    assert "DRAFT – NOT REVIEWED" not in [p.text for p in document.sections[0].header.paragraphs]


def test_decision_note_from_a_release_in_a_house_format(tmp_path, capsys):
    out = tmp_path / "memo.docx"
    code = main(["export", str(SAMPLE / "sample-release.txt"), "-o", str(out), "--purpose",
                 "decision", "--house", "us", "--decide-by", "30 November 2026", "--no-annex"])
    assert code == 0, capsys.readouterr().err
    document = docx.Document(str(out))
    assert document.paragraphs[0].text == "Action memo"
    body = document.element.body
    text = "\n".join("".join(t.text or "" for t in p.iter(f"{{{W}}}t")) for p in body.iter(f"{{{W}}}p"))
    assert "Approve / Disapprove by: 30 November 2026" in text
    assert "Release cited:" in text and "Annex" not in text
    assert main(["export", str(SAMPLE / "sample-release.txt"), "-o", str(out),
                 "--house", "narnia"]) == 2
    assert "unknown house format" in capsys.readouterr().err


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

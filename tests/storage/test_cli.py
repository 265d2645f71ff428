"""`briefing new` and `briefing check`."""

from __future__ import annotations

import json

from briefing.cli import main
from briefing.storage import open_project, save_project
from tests.storage.helpers import sample_project

RELEASE = (
    "Joint Statement on Climate Cooperation\n\n"
    "Seoul, 7 December 2021\n\n"
    "1. The Ministers met in Seoul to discuss climate cooperation.\n\n"
    "2. They agreed to meet again next year.\n"
)


def test_new_makes_a_project(tmp_path, capsys) -> None:
    first = tmp_path / "one.txt"
    second = tmp_path / "two.txt"
    first.write_text(RELEASE, encoding="utf-8")
    second.write_text(RELEASE.replace("Seoul", "Ottawa"), encoding="utf-8")
    out = tmp_path / "p.briefing"
    assert main(["new", str(first), str(second), "-o", str(out)]) == 0
    project = open_project(out).project
    assert [r.id for r in project.releases] == ["r1", "r2"]
    assert project.releases[1].source.original == second.read_bytes()
    assert len(project.releases[0].source.sha256) == 64
    assert main(["check", str(out)]) == 0
    assert "valid" in capsys.readouterr().out
    # Never replaces an existing project unless asked to.
    assert main(["new", str(first), "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_new_with_unreadable_release(tmp_path, capsys) -> None:
    assert main(["new", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "p.briefing")]) == 2
    assert "missing.txt" in capsys.readouterr().err
    assert not (tmp_path / "p.briefing").exists()


def test_check_reports_every_problem(tmp_path, capsys) -> None:
    path = tmp_path / "p.briefing"
    save_project(sample_project(), path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["releases"][0]["root"][6][3][3] = "x"  # a node row's start
    doc["annotations"][0][8] = "Key point"  # an annotation row's tags
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "releases[0].root.children[3].start: expected an integer, got a string" in err
    assert "annotations[0].tags: expected a list of strings" in err
    assert str(path) in err


def test_check_reports_consistency_problems(tmp_path, capsys) -> None:
    project = sample_project()
    project.annotations[1].release_id = "r9"
    project.annotations[2].anchor.quote = "something else"
    path = tmp_path / "p.briefing"
    save_project(project, path)
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "annotations[1].release_id: no release has the id 'r9'" in err
    assert "annotations[2].anchor: the quote no longer matches" in err


def test_check_newer_and_missing(tmp_path, capsys) -> None:
    path = tmp_path / "p.briefing"
    path.write_text('{"format": "briefing-project", "version": 7}', encoding="utf-8")
    assert main(["check", str(path)]) == 2
    assert "newer version of Briefing (format 7)" in capsys.readouterr().err
    assert main(["check", str(tmp_path / "none.briefing")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_check_compares_the_kept_original_with_its_sha256(tmp_path, capsys) -> None:
    project = sample_project()
    path = tmp_path / "p.briefing"
    save_project(project, path)
    assert main(["check", str(path)]) == 0
    assert "do not match" not in capsys.readouterr().err
    project.releases[0].source.original = b"other bytes"  # sha256 still the old file's
    save_project(project, path)
    assert main(["check", str(path)]) == 0  # a warning: the bytes are kept as they are
    err = capsys.readouterr().err
    assert "releases[0].source.original_base64: the bytes do not match source.sha256" in err

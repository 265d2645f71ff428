"""The brief's "reviewed" flag: saved when set, absent (not reviewed) in older files."""

from __future__ import annotations

import json

from briefing.storage import encode_project, open_project, save_project
from tests.storage.helpers import sample_project


def test_reviewed_flag_round_trips(tmp_path) -> None:
    project = sample_project()
    project.brief.reviewed = True
    path = tmp_path / "p.briefing"
    save_project(project, path)
    assert json.loads(path.read_text(encoding="utf-8"))["brief"]["reviewed"] is True
    opened = open_project(path)
    assert opened.project.brief.reviewed is True
    assert not opened.warnings
    assert encode_project(opened.project) == path.read_bytes()


def test_not_reviewed_is_left_out_and_old_files_open_as_not_reviewed(tmp_path) -> None:
    project = sample_project()
    path = tmp_path / "p.briefing"
    save_project(project, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    # Left out at its default: a file written before the flag existed looks the same.
    assert "reviewed" not in doc["brief"]
    opened = open_project(path)
    assert opened.project.brief.reviewed is False
    assert not opened.warnings


def test_reviewed_of_the_wrong_type_is_reported_with_its_path(tmp_path) -> None:
    project = sample_project()
    path = tmp_path / "p.briefing"
    save_project(project, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["brief"]["reviewed"] = "yes"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    from briefing.storage.errors import ProjectFileError

    try:
        open_project(path)
    except ProjectFileError as error:
        assert "brief.reviewed" in str(error)
    else:  # pragma: no cover
        raise AssertionError("a string for reviewed was accepted")

"""Older files are upgraded on open; the original is kept as a backup."""

from __future__ import annotations

import json

import pytest

from briefing.storage import ProjectFileError, open_project, save_project

TEXT = "Joint statement\n1. The ministers met in Seoul.\n2. 양국은 협력하기로 하였다.\n"

V0 = {
    "format": "briefing-project",
    "version": 0,
    "created": "2021-01-01T00:00:00+00:00",
    "modified": "2021-01-02T00:00:00+00:00",
    "releases": [
        {
            "id": "r1",
            "title": "Joint statement",
            "source": {"path": "s.txt", "format": "txt", "sha256": "ab"},
            "text": TEXT,
            "outline": [
                {
                    "id": "p1",
                    "kind": "paragraph",
                    "label": "1.",
                    "start": 16,
                    "end": 46,
                    "summary": "Met.",
                    "children": [],
                },
                {"id": "p2", "kind": "paragraph", "label": "2.", "start": 47, "end": 64},
            ],
            "annotations": [
                {"id": "a1", "start": 40, "end": 45, "quote": "Seoul", "comment": "capital"},
                {"id": "a2", "start": 50, "end": 52, "quote": "not there"},
            ],
        }
    ],
    "brief": {"header": {"subject": "Old"}, "sections": []},
}


def test_version_0_is_migrated_and_original_kept(tmp_path) -> None:
    path = tmp_path / "old.briefing"
    original = json.dumps(V0, ensure_ascii=False).encode()
    path.write_bytes(original)
    result = open_project(path)
    assert result.migrated_from == 0 and result.changed and not result.read_only
    assert result.migration_backup == tmp_path / "old.briefing.v0.bak"
    assert result.migration_backup.read_bytes() == original
    assert path.read_bytes() == original  # opening does not write the project itself
    project = result.project
    release = project.releases[0]
    assert release.root.kind == "root" and [n.id for n in release.nodes()] == ["p1", "p2"]
    assert release.node("p1").summary == "Met." and release.node("p2").body_start == 47
    seoul = project.annotations[0]
    assert (seoul.release_id, seoul.body, seoul.anchor.quote) == ("r1", "capital", "Seoul")
    assert (
        seoul.anchor.prefix.endswith("met in ")
        and seoul.anchor.suffix == ".\n2. 양국은 협력하기로 하였다.\n"
    )
    assert project.annotations[1].orphaned  # its quote is not in the text: kept, listed
    assert result.orphaned == ["a2"]
    assert project.view_state == {} and project.brief.header.subject == "Old"
    save_project(project, path)
    again = open_project(path)
    assert again.version == 1 and again.migrated_from is None and again.project == project
    # A second migration of another old copy never overwrites the first backup.
    path.write_bytes(original)
    assert open_project(path).migration_backup == tmp_path / "old.briefing.v0.2.bak"


def test_damaged_version_0(tmp_path) -> None:
    path = tmp_path / "old.briefing"
    doc = json.loads(json.dumps(V0))
    doc["releases"][0]["annotations"][0]["start"] = "40"
    path.write_text(json.dumps(doc))
    with pytest.raises(ProjectFileError, match="cannot upgrade this format 0 file"):
        open_project(path)


def test_backup_impossible_makes_it_read_only(tmp_path, monkeypatch) -> None:
    import shutil

    path = tmp_path / "old.briefing"
    path.write_text(json.dumps(V0))

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(shutil, "copy2", deny)
    result = open_project(path)
    assert result.read_only and any("new name" in w for w in result.warnings)

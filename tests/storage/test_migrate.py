"""Older files are upgraded on open; the original is kept as a backup."""

from __future__ import annotations

import json
from pathlib import Path

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
    assert again.version == 2 and again.migrated_from is None and again.project == project
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


V1_SAMPLE = Path(__file__).parent.parent / "fixtures" / "projects" / "v1-sample.briefing"


def test_version_1_file_from_briefing_0_1_is_migrated(tmp_path) -> None:
    """A file written by the format-1 release (kept in fixtures) opens whole as format 2."""
    path = tmp_path / "v1.briefing"
    original = V1_SAMPLE.read_bytes()
    path.write_bytes(original)
    result = open_project(path)
    assert result.version == 1 and result.migrated_from == 1 and result.changed
    assert result.migration_backup.read_bytes() == original
    assert not result.warnings
    project = result.project
    release = project.releases[0]
    assert [n.id for n in release.nodes()] == ["p0", "p1", "p2", "p2.1", "p3", "p4", "p5"]
    item = release.node("p2.1")
    assert (item.label, item.body_start, item.attrs) == ("-", 125, {"speaker": "Minister"})
    assert release.node("p1").summary == "Met in Seoul." and release.node("p1").include_in_brief
    assert release.node("p3").tags == ["Background", "국내"]
    assert release.source.original.decode("utf-8").startswith("Joint Statement")
    assert [a.tags for a in project.annotations] == [[], ["Quote"], []]
    # a2 was saved orphaned, but its quote is at its offsets: recovered on open.
    assert project.annotations[2].anchor.quote == "They wel"
    assert result.reanchor.recovered == ["a2"] and not project.annotations[2].orphaned
    assert project.annotations[0].anchor.prefix.endswith("Seoul")
    # Saved again it is a format-2 file that reopens equal, without migrating.
    save_project(project, path)
    again = open_project(path)
    assert again.version == 2 and again.migrated_from is None and again.project == project


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: d["annotations"][0].pop("anchor"), "annotations[0].anchor: missing"),
        (lambda d: d["annotations"][0]["anchor"].pop("quote"), "annotations[0].anchor.quote"),
        (lambda d: d["annotations"].__setitem__(1, "x"), "annotations[1]: expected an object"),
        (
            lambda d: d["releases"][0]["root"]["children"][2].pop("kind"),
            "releases[0].root.children[2].kind: missing",
        ),
        (
            lambda d: d["releases"][0]["root"]["children"][2].update(children={}),
            "releases[0].root.children[2].children: expected a list",
        ),
    ],
)
def test_damaged_version_1(tmp_path, damage, message) -> None:
    doc = json.loads(V1_SAMPLE.read_text(encoding="utf-8"))
    damage(doc)
    path = tmp_path / "v1.briefing"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(ProjectFileError, match="cannot upgrade this format 1 file") as info:
        open_project(path)
    assert message in str(info.value)
    assert path.read_bytes() == before


def test_version_1_wrong_types_are_reported_with_their_path(tmp_path) -> None:
    doc = json.loads(V1_SAMPLE.read_text(encoding="utf-8"))
    doc["releases"][0]["root"]["children"][3]["start"] = "12"
    doc["annotations"][1]["orphaned"] = "no"
    doc["releases"][0]["root"]["children"][1]["colour"] = "red"
    path = tmp_path / "v1.briefing"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ProjectFileError) as info:
        open_project(path)
    problems = info.value.problems
    assert "releases[0].root.children[3].start: expected an integer, got a string" in problems
    assert "annotations[1].orphaned: expected true or false, got a string" in problems

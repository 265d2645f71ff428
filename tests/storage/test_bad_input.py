"""Bad input: a clear message naming the file and the problem; nothing is overwritten."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefing.storage import ProjectFileError, open_project, save_project
from briefing.storage.projectfile import MAX_FILE_BYTES, check_project
from tests.storage.helpers import sample_project


def _saved(tmp_path: Path) -> tuple[Path, dict]:
    path = tmp_path / "p.briefing"
    save_project(sample_project(), path)
    return path, json.loads(path.read_text(encoding="utf-8"))


def _open_error(path: Path) -> ProjectFileError:
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(ProjectFileError) as info:
        open_project(path)
    if before is not None:
        assert path.read_bytes() == before  # opening never writes
    assert str(path) in str(info.value)
    return info.value


def _write_doc(path: Path, doc: object) -> None:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.99])
def test_truncated_json(tmp_path, keep) -> None:
    path, _ = _saved(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    error = _open_error(path)
    assert "truncated" in error.reason or "damaged" in error.reason


def test_garbage_inside(tmp_path) -> None:
    path, _ = _saved(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"tag_names": [', '"tag_names": [,', 1), encoding="utf-8")
    error = _open_error(path)
    assert "not valid JSON at line 7, column 17" in error.reason


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda d: d["releases"][0]["root"]["children"][3].update(start="12"),
            "releases[0].root.children[3].start: expected an integer, got a string",
        ),
        (lambda d: d["releases"][0].pop("text"), "releases[0].text: missing"),
        (
            lambda d: d["annotations"][1]["anchor"].pop("quote"),
            "annotations[1].anchor.quote: missing",
        ),
        (
            lambda d: d["annotations"][0].update(orphaned="no"),
            "annotations[0].orphaned: expected true or false, got a string",
        ),
        (lambda d: d.update(releases={}), "releases: expected a list, got an object"),
        (lambda d: d.pop("releases"), "releases: missing"),
        (
            lambda d: d["brief"]["sections"][1]["paragraphs"][0].update(cites=[["r1"]]),
            "brief.sections[1].paragraphs[0].cites[0]: expected a [release id, node id] pair",
        ),
        (
            lambda d: d["releases"][0]["text"].__setitem__(2, 7),
            "releases[0].text[2]: expected a string, got an integer",
        ),
        (
            lambda d: d["releases"][0]["source"].update(original_base64="%%%"),
            "releases[0].source.original_base64: not valid base64",
        ),
        (lambda d: d.update(view_state=[]), "view_state: expected an object, got a list"),
        (lambda d: d["annotations"].append(None), "annotations[3]: expected an object, got null"),
    ],
)
def test_wrong_types_and_missing_fields(tmp_path, mutate, expected) -> None:
    path, doc = _saved(tmp_path)
    mutate(doc)
    _write_doc(path, doc)
    error = _open_error(path)
    assert expected in error.reason
    assert any(expected in problem for problem in error.problems)


def test_every_problem_is_listed(tmp_path) -> None:
    path, doc = _saved(tmp_path)
    doc["releases"][0]["id"] = 1
    doc["annotations"][0]["body"] = None
    _write_doc(path, doc)
    error = _open_error(path)
    assert len(error.problems) == 2
    assert "(and 1 more)" in error.reason


def test_unknown_fields_are_warnings(tmp_path) -> None:
    path, doc = _saved(tmp_path)
    doc["annotations"][0]["colour"] = "red"
    _write_doc(path, doc)
    result = open_project(path)
    assert "annotations[0].colour: unknown field, ignored" in result.warnings


def test_newer_version_is_refused_and_never_overwritten(tmp_path) -> None:
    path, doc = _saved(tmp_path)
    doc["version"] = 7
    _write_doc(path, doc)
    error = _open_error(path)
    assert "was written by a newer version of Briefing (format 7)" in error.reason
    assert "this version reads up to 1" in error.reason
    before = path.read_bytes()
    with pytest.raises(ProjectFileError, match="newer version"):
        save_project(sample_project(), path)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ({"format": "something-else", "version": 1}, "not a Briefing project file"),
        ({"version": 1}, "not a Briefing project file (no format name)"),
        ({"format": "briefing-project", "version": "1"}, "version: expected an integer"),
        ({"format": "briefing-project", "version": -1}, "unknown format version"),
        ([1, 2, 3], "expected a JSON object"),
    ],
)
def test_wrong_header(tmp_path, doc, expected) -> None:
    path = tmp_path / "p.briefing"
    _write_doc(path, doc)
    assert expected in _open_error(path).reason


def test_huge_file_refused_by_size_before_reading(tmp_path, monkeypatch) -> None:
    path = tmp_path / "huge.briefing"
    with open(path, "wb") as handle:
        handle.truncate(1024**3)  # sparse: costs no disk space
    opened = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda *a, **k: opened.append(a) or real_open(*a, **k))
    error = _open_error(path)
    assert "1.0 GB" in error.reason and "refused" in error.reason
    assert not any(str(path) == str(a[0]) for a in opened)
    assert MAX_FILE_BYTES < 1024**3


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty"),
        (b"  \n", "empty"),
        (b"\xff\xfe{\x00", "not UTF-8"),
        (b"PK\x03\x04 a zip", "not valid JSON"),
    ],
)
def test_not_a_project(tmp_path, data, expected) -> None:
    path = tmp_path / "p.briefing"
    path.write_bytes(data)
    assert expected in _open_error(path).reason


def test_missing_file_and_folder(tmp_path) -> None:
    assert "no such file" in _open_error(tmp_path / "nope.briefing").reason
    assert "folder" in _open_error(tmp_path).reason


@pytest.mark.parametrize("damage", ["span", "duplicate", "both"])
def test_outline_consistency_reported_on_open_and_check(tmp_path, damage) -> None:
    """Opening checks node spans and ids while decoding; damage is still reported."""
    path, doc = _saved(tmp_path)
    root = doc["releases"][0]["root"]
    first, second = root["children"][0], root["children"][1]
    if damage in ("span", "both"):
        second["end"] = 10**9
    if damage in ("duplicate", "both"):
        second["id"] = first["id"]
    _write_doc(path, doc)
    warnings = open_project(path).warnings
    problems = check_project(path).problems
    if damage in ("span", "both"):
        span = [w for w in warnings if "lies outside the text" in w]
        assert span and span[0].startswith("releases[0].root.children[1]: span ")
        assert any("lies outside the text" in p for p in problems)
    if damage in ("duplicate", "both"):
        assert any("is used by another node of this release" in w for w in warnings)
        assert any("is used by another node of this release" in p for p in problems)


def test_clean_outline_has_no_consistency_warnings(tmp_path) -> None:
    path, _ = _saved(tmp_path)
    assert not [w for w in open_project(path).warnings if "root" in w]
    assert check_project(path).problems == []


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda d: d["releases"][0]["root"]["children"][0].update(tags=None),
            "releases[0].root.children[0].tags: expected a list of strings, got null",
        ),
        (
            lambda d: d["releases"][0]["root"]["children"][0].update(attrs=None),
            "releases[0].root.children[0].attrs: expected an object, got null",
        ),
        (
            lambda d: d["releases"][0]["root"].update(children=None),
            "releases[0].root.children: expected a list, got null",
        ),
        (
            # As many fields as a saved annotation, but one unknown in place of "body".
            lambda d: d["annotations"][0].update(colour=d["annotations"][0].pop("body")),
            None,
        ),
    ],
)
def test_fast_path_edge_cases(tmp_path, mutate, expected) -> None:
    path, doc = _saved(tmp_path)
    mutate(doc)
    _write_doc(path, doc)
    if expected is None:
        result = open_project(path)
        assert "annotations[0].colour: unknown field, ignored" in result.warnings
        assert result.project.annotations[0].body == ""
        return
    error = _open_error(path)
    assert any(expected in problem for problem in error.problems)


def test_sparse_annotations_and_nodes_decode(tmp_path) -> None:
    path, doc = _saved(tmp_path)
    for key in ("body", "tags", "author", "created", "modified", "orphaned"):
        doc["annotations"][0].pop(key)
    for key in ("prefix", "suffix"):
        doc["annotations"][0]["anchor"].pop(key)
    doc["releases"][0]["root"]["children"][0].update(tags=["a"], attrs={"k": "v"})
    _write_doc(path, doc)
    result = open_project(path)
    note = result.project.annotations[0]
    assert (note.body, note.tags, note.author, note.created) == ("", [], "", "")
    node = result.project.releases[0].root.children[0]
    assert (node.tags, node.attrs) == (["a"], {"k": "v"})


def test_file_larger_than_stat_said_is_read_whole(tmp_path, monkeypatch) -> None:
    # A file that grew after stat (or whose size stat did not know) is still read whole.
    path, _ = _saved(tmp_path)
    real_stat = os.stat

    class SizeZero:
        st_size = 0

        def __init__(self, real: os.stat_result) -> None:
            self._real = real

        def __getattr__(self, name: str) -> object:
            return getattr(self._real, name)

    monkeypatch.setattr(os, "stat", lambda p, *a, **k: SizeZero(real_stat(p, *a, **k)))
    assert open_project(path).project == sample_project()

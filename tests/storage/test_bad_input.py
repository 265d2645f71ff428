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


# Columns of the rows a version-2 file holds (see docs/project-format.md).
START, END, CHILDREN, WORK = 3, 4, 6, 7
QUOTE, BODY, TAGS, ORPHANED = 4, 7, 8, 12


def _nodes(doc: dict) -> list:
    """The top-level node rows of the first release."""
    return doc["releases"][0]["root"][CHILDREN]


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
            lambda d: _nodes(d)[3].__setitem__(START, "12"),
            "releases[0].root.children[3].start: expected an integer, got a string",
        ),
        (lambda d: d["releases"][0].pop("text"), "releases[0].text: missing"),
        (
            lambda d: d["annotations"][1].__setitem__(QUOTE, None),
            "annotations[1].quote: expected a string, got null",
        ),
        (
            lambda d: d["annotations"][1].__delitem__(slice(QUOTE, None)),
            "annotations[1].quote: missing (an annotation row has 13 values)",
        ),
        (
            lambda d: d["annotations"][0].__setitem__(ORPHANED, "no"),
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
        (
            lambda d: d["annotations"].append(None),
            "annotations[3]: expected an annotation row (a list), got null",
        ),
        (
            lambda d: _nodes(d).append({"id": "p9"}),
            "releases[0].root.children[6]: expected a node row (a list), got an object",
        ),
        (
            lambda d: _nodes(d)[0].append(7),
            "releases[0].root.children[0].children: expected a list of node rows, got an integer",
        ),
        (
            lambda d: d.update(annotation_fields=["id", "body"]),
            "annotation_fields: expected ['id', 'release_id', 'start'",
        ),
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
    doc["annotations"][0][BODY] = None
    _write_doc(path, doc)
    error = _open_error(path)
    assert len(error.problems) == 2
    assert "(and 1 more)" in error.reason


def test_unknown_fields_are_warnings(tmp_path) -> None:
    path, doc = _saved(tmp_path)
    _nodes(doc)[1][WORK]["colour"] = "red"
    _write_doc(path, doc)
    result = open_project(path)
    assert "releases[0].root.children[1].work.colour: unknown field, ignored" in result.warnings


def test_newer_version_is_refused_and_never_overwritten(tmp_path) -> None:
    path, doc = _saved(tmp_path)
    doc["version"] = 7
    _write_doc(path, doc)
    error = _open_error(path)
    assert "was written by a newer version of Briefing (format 7)" in error.reason
    assert "this version reads up to 2" in error.reason
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
    first, second = _nodes(doc)[0], _nodes(doc)[1]
    if damage in ("span", "both"):
        second[END] = 10**9
    if damage in ("duplicate", "both"):
        second[0] = first[0]
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


def _work(doc: dict, index: int) -> dict:
    """The work object of top-level node ``index`` (added when the row has none)."""
    row = _nodes(doc)[index]
    if len(row) == CHILDREN:
        row.append([])
    if len(row) == WORK:
        row.append({})
    return row[WORK]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda d: _work(d, 0).update(tags=None),
            "releases[0].root.children[0].work.tags: expected a list of strings, got null",
        ),
        (
            lambda d: _work(d, 0).update(attrs=None),
            "releases[0].root.children[0].work.attrs: expected an object, got null",
        ),
        (
            lambda d: _work(d, 0).update(attrs={"k": 1}),
            "releases[0].root.children[0].work.attrs.k: expected a string, got an integer",
        ),
        (
            lambda d: d["releases"][0]["root"].__setitem__(CHILDREN, None),
            "releases[0].root.children: expected a list of node rows, got null",
        ),
        (
            lambda d: _nodes(d)[0].extend([[], {}, "extra"]),
            "releases[0].root.children[0]: a node row has at most 8 values, got 9",
        ),
        (
            lambda d: d["annotations"][0].append("extra"),
            "annotations[0]: an annotation row has 13 values, got 14",
        ),
        (
            lambda d: d["annotations"][0].__setitem__(TAGS, ["ok", 3]),
            "annotations[0].tags[1]: expected a string, got an integer",
        ),
    ],
)
def test_fast_path_edge_cases(tmp_path, mutate, expected) -> None:
    path, doc = _saved(tmp_path)
    mutate(doc)
    _write_doc(path, doc)
    error = _open_error(path)
    assert any(expected in problem for problem in error.problems), error.problems


def test_short_node_rows_and_work_decode(tmp_path) -> None:
    """Rows of 6, 7 and 8 values, and a work object with only some fields, all read."""
    path, doc = _saved(tmp_path)
    _nodes(doc)[0] = _nodes(doc)[0][:CHILDREN]  # six values
    _nodes(doc)[2] = [*_nodes(doc)[2][:CHILDREN], []]  # seven: empty children
    _work(doc, 3).update(tags=["a"], attrs={"k": "v"})
    _write_doc(path, doc)
    result = open_project(path)
    nodes = result.project.releases[0].root.children
    assert (nodes[3].tags, nodes[3].attrs, nodes[3].summary) == (["a"], {"k": "v"}, "")
    assert nodes[0].children == [] and nodes[2].children == []
    assert not result.warnings


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

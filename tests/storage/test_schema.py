"""The schema is stated once: the fast and precise decoders agree, and the tables drive
encoding and the model's defaults (tests/storage's other files are the behaviour contract)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from briefing.model import Anchor, Annotation, Node, Project
from briefing.storage import codec, schema
from briefing.storage.encode import annotation_to_row, node_to_row, project_to_dict
from briefing.storage.migrate import migrate
from briefing.storage.projectfile import read_document
from briefing.storage.rows import Irregular
from tests.storage.helpers import projects, sample_project

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "projects").glob("*.briefing"))
# Tune-split releases of two reader families (HTML, DOCX); never the untouched test quarter.
CORPUS = [
    ROOT / "tests/corpus/collected/c1_07_ep_pr-20201217-eu-uk-contingency-measures.html",
    ROOT / "tests/corpus/collected/c2_09_tw-cbc_mpm-minutes-2020-06-18.docx",
]


def _slowly(monkeypatch: pytest.MonkeyPatch, doc: dict[str, Any]) -> tuple[Project, list[str]]:
    """Decode with the fast row decoders switched off: every row takes the precise path."""

    def irregular(*_args: Any, **_kwargs: Any) -> Any:
        raise Irregular

    with monkeypatch.context() as patch:
        patch.setattr(codec, "node_fast", irregular)
        patch.setattr(codec, "annotation_fast", irregular)
        project, warnings, _ = codec.decode_project(copy.deepcopy(doc))
    return project, warnings


def _agree(monkeypatch: pytest.MonkeyPatch, doc: dict[str, Any]) -> Project:
    fast, fast_warnings, _ = codec.decode_project(copy.deepcopy(doc))
    slow, slow_warnings = _slowly(monkeypatch, doc)
    assert fast == slow
    assert fast_warnings == slow_warnings
    return fast


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_decoders_agree_on_fixture_projects(monkeypatch, path) -> None:
    doc, _ = migrate(read_document(path))
    project = _agree(monkeypatch, doc)
    assert project.releases


def _with_work(project: Project) -> Project:
    """Staff work on some nodes (every work field) and annotations, so no column is idle."""
    for release in project.releases:
        for i, node in enumerate(release.root.walk()):
            if i % 3 == 1:
                node.summary = f"summary {i}"
                node.tags = ["key"]
                node.include_in_brief = True
                node.attrs = {"note": "x"}
        quote = release.text[: min(20, len(release.text))]
        project.annotations.append(
            Annotation(
                f"a-{release.id}",
                release.id,
                Anchor(0, len(quote), quote, "", release.text[len(quote) : len(quote) + 8]),
                "comment",
                ["check"],
                "analyst",
                "2026-01-01T00:00:00Z",
                "2026-01-02T00:00:00Z",
            )
        )
    return project


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_decoders_agree_on_a_project_from_a_corpus_release(monkeypatch, path) -> None:
    if not path.is_file():
        pytest.skip(f"{path.name} is not in this checkout")
    from briefing.ingest import load_release

    release = load_release(path, release_id="r1", suggest=False)
    project = _with_work(Project(releases=[release]))
    assert _agree(monkeypatch, project_to_dict(project)) == project


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(project=projects())
def test_decoders_agree_on_generated_projects(project) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert _agree(monkeypatch, project_to_dict(project)) == project


def test_encoding_follows_the_tables() -> None:
    project = _with_work(sample_project())
    doc = project_to_dict(project)
    assert tuple(doc) == schema.names(schema.PROJECT)
    assert doc["annotation_fields"] == list(schema.names(schema.ANNOTATION))
    assert doc["node_fields"] == list(schema.names(schema.NODE))
    assert tuple(doc["releases"][0]) == tuple(
        f.name for f in schema.RELEASE if f.name != "original_base64"
    )
    assert len(annotation_to_row(project.annotations[0])) == len(schema.ANNOTATION)
    worked = next(n for n in project.releases[0].root.walk() if n.summary)
    row = node_to_row(worked)
    assert len(row) == len(schema.NODE)
    assert tuple(row[-1]) == schema.names(schema.WORK)


def test_schema_defaults_are_the_models() -> None:
    # A field left out of a file must decode to what a fresh model object holds.
    node = Node("n", "paragraph")
    for field in schema.WORK:
        assert getattr(node, field.name) == field.default
    annotation = Annotation("a", "r", Anchor(0, 0, ""))
    for field in schema.ANNOTATION:
        if field.default is not schema.REQUIRED:
            holder = annotation.anchor if field.name in schema.ANCHOR else annotation
            assert getattr(holder, field.name) == field.default, field.name

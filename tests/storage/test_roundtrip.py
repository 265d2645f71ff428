"""Reopening restores everything exactly; saves are deterministic and diffable."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.model import Project
from briefing.storage import encode_project, open_project, save_project
from tests.storage.helpers import json_values, projects, sample_project


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(project=projects())
def test_generated_projects_round_trip_exactly(tmp_path_factory, project: Project) -> None:
    path = tmp_path_factory.mktemp("rt") / "p.briefing"
    save_project(project, path)
    result = open_project(path)
    assert result.project == project
    assert not result.changed
    # Saving what was opened gives the very same bytes: nothing drifts across saves.
    assert encode_project(result.project) == path.read_bytes()


def test_sample_round_trip_and_layout(tmp_path) -> None:
    project = sample_project()
    path = tmp_path / "sample.briefing"
    save_project(project, path)
    text = path.read_text(encoding="utf-8")
    doc = json.loads(text)
    assert list(doc)[:3] == ["format", "version", "written_by"]
    assert doc["format"] == "briefing-project" and doc["version"] == 2
    # Readable: non-ASCII as is, one record per line.
    assert "양국 장관은" in text
    assert sum(1 for line in text.splitlines() if line.lstrip().startswith('["a')) == 3
    assert doc["annotation_fields"][:5] == ["id", "release_id", "start", "end", "quote"]
    # The outline: the root row, then one line per top-level node with its items.
    assert sum(1 for line in text.splitlines() if line.lstrip().startswith('["p')) == 6
    assert open_project(path).project == project


def test_one_word_edit_is_a_small_diff(tmp_path) -> None:
    project = sample_project()
    before = encode_project(project).decode().splitlines()
    project.releases[0].root.children[2].summary = "Changed."
    after = encode_project(project).decode().splitlines()
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert len(changed) == 1


def test_original_bytes_optional(tmp_path) -> None:
    project = sample_project()
    path = tmp_path / "p.briefing"
    save_project(project, path, include_original=False)
    reopened = open_project(path).project
    assert reopened.releases[0].source.original is None
    assert reopened.releases[0].source.sha256 == project.releases[0].source.sha256
    assert reopened.releases[0].source.path == "statement.txt"


def test_lone_surrogates_survive(tmp_path) -> None:
    project = sample_project(text="bad \udcff byte\nand \ud800 here\nthird line\n", annotations=0)
    project.annotations = []
    path = tmp_path / "p.briefing"
    save_project(project, path)
    path.read_bytes().decode("utf-8")  # valid UTF-8 on disk
    assert open_project(path).project == project


@given(
    values=st.lists(
        json_values
        | st.sampled_from(["\x00briefing-row\x00", '","', "],[", '\\"', "\ud800"])
        | st.lists(st.sampled_from(["\x00briefing-row\x00", "a", 1, None]), max_size=3),
        max_size=6,
    )
)
def test_rows_written_in_one_call_equal_rows_written_one_by_one(values) -> None:
    """The one-call layout cuts at a separator; a value that holds it (or a lone
    surrogate orjson refuses) must still give exactly the one-by-one bytes."""
    from briefing.storage import layout

    if not values:
        return
    one_by_one = (b",\n  ").join(layout._encode(v) for v in values)
    assert layout._value_rows(values, b"  ") == one_by_one


@given(
    text=st.text(alphabet=st.sampled_from(["a", "é", "한", "\n", "\r", "\\", '"', "n", "\ud800"]))
    | st.text()
)
def test_text_written_from_one_string_equals_text_written_from_its_lines(text: str) -> None:
    """Saving writes a release's text straight from the string (cut after each "\\n"
    escape); the bytes must be those of the list of lines, whatever the text holds."""
    from briefing.storage import layout
    from briefing.storage.encode import split_text

    def doc(value):
        return {"releases": [{"id": "r1", "text": value}]}

    assert layout.to_bytes(doc(text)) == layout.to_bytes(doc(split_text(text)))


def test_a_list_of_lines_holding_a_lone_comma_stays_valid_json() -> None:
    """The old one-call layout of string lists cut at `","`, which is also the whole
    encoding of the string "," when it comes first: the file became unreadable."""
    from briefing.storage import layout

    for lines in ([","], [",", "b\n"], ["a\n", ","]):
        doc = {"releases": [{"id": "r1", "text": lines}]}
        assert json.loads(layout.to_bytes(doc))["releases"][0]["text"] == lines

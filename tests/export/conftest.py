"""Shared fixtures: the sample project with a drafted brief, exported once per module."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.brief import draft_brief
from briefing.export import ExportOptions, export_note
from tests.export.fixtures import sample_project

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)


def ready_project():
    project = sample_project()
    project.brief = draft_brief(project, today=NOW.date())
    header = project.brief.header
    header.to = "Director General, North Asia Bureau"
    header.from_ = "Maritime Affairs Division"
    header.file_number = "MAR-2026-0412"
    return project


@pytest.fixture
def project():
    return ready_project()


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("note") / "note.docx"
    export_note(ready_project(), path, ExportOptions(now=NOW))
    return path

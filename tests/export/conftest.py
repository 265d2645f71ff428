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
    # Reviewed, so page headers hold the marking alone; the DRAFT mark has its own tests.
    project.brief.reviewed = True
    return project


@pytest.fixture
def project():
    return ready_project()


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("note") / "note.docx"
    # A working copy: the staff annotations go in as Word comments.
    export_note(ready_project(), path, ExportOptions(now=NOW, comments=True))
    return path


# Every .docx an export writes during a test, checked with openxml-audit when it ends.
_WRITTEN: list[Path] = []


@pytest.fixture(scope="session", autouse=True)
def _record_exported_docx():
    import briefing.export.docx as docx_export

    original = docx_export.write_docx

    def recording(note, path, options):
        report = original(note, path, options)
        _WRITTEN.append(Path(path))
        return report

    docx_export.write_docx = recording
    yield
    docx_export.write_docx = original


@pytest.fixture(autouse=True)
def _audit_exported_docx(request):
    """Fail the test if any note it (or a fixture it used) exported breaks the schema.

    A test that exports huge notes for timing asks for ``no_audit`` (openxml-audit takes
    seconds per thousand paragraphs); the same writer output is audited at small size.
    """
    yield
    written = [p for p in _WRITTEN if p.suffix.lower() == ".docx" and p.is_file()]
    _WRITTEN.clear()
    if "no_audit" in request.fixturenames:
        return
    from tests.export.audit import assert_valid_docx

    for path in written:
        assert_valid_docx(path)


@pytest.fixture
def no_audit():
    """Skip the openxml-audit check for this test's exports (timing tests only)."""

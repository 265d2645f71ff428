"""Recovery files: autosave, find after a crash, read, discard."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.storage import (
    discard_recoveries_for,
    find_recoveries,
    read_recovery,
    recovery_path,
    save_project,
    write_recovery,
)
from tests.storage.helpers import sample_project


@pytest.fixture(autouse=True)
def state_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "state"
    monkeypatch.setenv("BRIEFING_STATE_DIR", str(folder))
    return folder


def test_saved_project_recovery_beside_it(tmp_path) -> None:
    path = tmp_path / "p.briefing"
    project = sample_project()
    save_project(project, path)
    project.brief.header.subject = "unsaved change"
    written = write_recovery(project, path)
    assert written == recovery_path(path) == tmp_path / "p.briefing.recovery"
    found = find_recoveries(path)
    assert [f.path for f in found] == [written]
    assert found[0].project_path == path.resolve() and found[0].newer_than_project
    assert read_recovery(written).project == project
    discard_recoveries_for(path)
    assert find_recoveries(path) == []


def test_untitled_project_recovery_in_state_dir(state_dir) -> None:
    project = sample_project()
    written = write_recovery(project, None)
    assert written.parent == state_dir
    found = find_recoveries(None)
    assert [f.path for f in found] == [written] and found[0].project_path is None
    assert read_recovery(written).project == project


def test_live_session_recovery_is_not_offered(state_dir) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        from briefing.storage.projectfile import encode_project

        state_dir.mkdir(parents=True)
        meta = {"project_path": None, "saved": "x", "host": os.uname().nodename, "pid": child.pid}
        other = state_dir / "untitled-other.briefing.recovery"
        other.write_bytes(encode_project(sample_project(), extra={"recovery": meta}))
        assert find_recoveries(None) == []
        assert len(find_recoveries(None, include_live=True)) == 1
    finally:
        child.communicate(b"")
    assert len(find_recoveries(None)) == 1  # its process ended: a crash to recover


def test_read_only_project_folder_falls_back_to_state_dir(tmp_path, state_dir, monkeypatch) -> None:
    path = tmp_path / "p.briefing"
    save_project(sample_project(), path)
    real_open = os.open

    def deny(file, flags, *args, **kwargs):
        if Path(file).parent == tmp_path and flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    written = write_recovery(sample_project(), path)
    assert written.parent == state_dir
    monkeypatch.setattr(os, "open", real_open)
    assert [f.path for f in find_recoveries(path)] == [written]

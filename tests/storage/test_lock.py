"""The lock file: one writer per project; read-only or take-over for the others."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from briefing.storage import ProjectFileError, ProjectLock, ProjectLockedError, save_project
from tests.storage.helpers import sample_project


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_second_instance_is_refused(tmp_path) -> None:
    path = tmp_path / "p.briefing"
    first = ProjectLock(path)
    first.acquire()
    info = json.loads(first.path.read_text())
    assert {"user", "host", "pid", "time"} <= set(info)
    with pytest.raises(ProjectLockedError) as error:
        ProjectLock(path).acquire()
    assert not error.value.stale and "in use" in error.value.reason
    assert error.value.owner.pid == info["pid"]
    first.release()
    assert not first.path.exists()
    with ProjectLock(path) as again:
        assert again.is_ours()


def test_dead_process_lock_is_stale_and_can_be_taken_over(tmp_path) -> None:
    path = tmp_path / "p.briefing"
    mine = ProjectLock(path)
    mine.acquire()
    data = json.loads(mine.path.read_text())
    data["pid"] = _dead_pid()
    mine.path.write_text(json.dumps(data))
    other = ProjectLock(path)
    with pytest.raises(ProjectLockedError) as error:
        other.acquire()
    assert error.value.stale and "abandoned" in error.value.reason
    other.take_over()
    assert other.is_ours() and not mine.is_ours()
    # The instance whose lock was taken must not save over the new owner's work.
    with pytest.raises(ProjectLockedError, match="taken over"):
        save_project(sample_project(), path, lock=mine)
    assert not path.exists()
    mine.release()  # not ours any more: must leave the file alone
    assert other.path.exists()
    save_project(sample_project(), path, lock=other)


def test_old_lock_is_stale(tmp_path) -> None:
    lock = ProjectLock(tmp_path / "p.briefing", stale_after_hours=1)
    lock.path.write_text(
        json.dumps(
            {"user": "u", "host": "elsewhere", "pid": 1, "time": "2020-01-01T00:00:00+00:00"}
        )
    )
    assert lock.is_stale()
    from datetime import UTC, datetime

    now = datetime.now(UTC).isoformat(timespec="seconds")
    lock.path.write_text(json.dumps({"user": "u", "host": "elsewhere", "pid": 1, "time": now}))
    assert not lock.is_stale()  # another machine: pid says nothing, time is recent
    lock.path.write_text(
        json.dumps(
            {"user": "u", "host": "elsewhere", "pid": 1, "time": "2999-01-01T00:00:00+00:00"}
        )
    )
    assert lock.is_stale()  # dated in the future: suspect, offered for take-over (issue 14)


def test_unreadable_lock(tmp_path) -> None:
    lock = ProjectLock(tmp_path / "p.briefing")
    lock.path.write_text("{garbage")
    with pytest.raises(ProjectLockedError, match="unreadable"):
        lock.acquire()


def test_refresh_keeps_it_ours(tmp_path) -> None:
    lock = ProjectLock(tmp_path / "p.briefing")
    lock.acquire()
    lock.refresh()
    assert lock.is_ours()


def test_lock_in_read_only_folder(tmp_path, monkeypatch) -> None:
    import os

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "link", deny)
    monkeypatch.setattr(os, "open", deny)
    monkeypatch.setattr("pathlib.Path.write_bytes", deny)
    with pytest.raises(ProjectFileError, match="permission denied"):
        ProjectLock(tmp_path / "p.briefing").acquire()

"""Locks that are not what they seem (issue 14): a FIFO or a folder under the lock's name
never blocks or crashes, a lock dated in the future is offered for take-over, and a lock
file that vanished while the project is open is taken again on the next save."""

from __future__ import annotations

import json
import os
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest

from briefing.storage import ProjectLock, ProjectLockedError
from briefing.storage.lock import lock_path


def test_a_fifo_under_the_lock_name_never_blocks(tmp_path):
    project = tmp_path / "work.briefing"
    os.mkfifo(lock_path(project))
    result: dict[str, object] = {}

    def probe() -> None:
        lock = ProjectLock(project)
        result["owner"] = lock.owner()
        result["stale"] = lock.is_stale()

    thread = threading.Thread(target=probe, daemon=True)
    thread.start()
    thread.join(5)
    assert not thread.is_alive(), "reading the lock blocked on a FIFO"
    assert result == {"owner": None, "stale": True}
    with pytest.raises(ProjectLockedError) as caught:
        ProjectLock(project).acquire()
    assert caught.value.stale  # offered for take-over
    lock = ProjectLock(project)
    lock.take_over()
    assert lock.is_ours()


def test_a_lock_dated_in_the_future_is_suspect(tmp_path):
    project = tmp_path / "work.briefing"
    future = (datetime.now(UTC) + timedelta(days=30)).isoformat(timespec="seconds")
    lock_path(project).write_text(
        json.dumps(
            {"user": "someone", "host": "elsewhere", "pid": 1, "time": future, "token": "x"}
        ),
        encoding="utf-8",
    )
    with pytest.raises(ProjectLockedError) as caught:
        ProjectLock(project).acquire()
    assert caught.value.stale


def test_a_vanished_lock_is_taken_again_on_save(tmp_path):
    project = tmp_path / "work.briefing"
    lock = ProjectLock(project)
    lock.acquire()
    lock_path(project).unlink()  # deleted by hand or by a cleaning tool
    lock.refresh()  # the next save: no error, the lock is ours again
    assert lock.is_ours() and lock_path(project).is_file()
    time.sleep(0.01)
    lock.release()
    assert not lock_path(project).exists()

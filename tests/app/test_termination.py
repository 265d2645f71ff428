"""Ended by a signal (logout, kill, Ctrl+C): unsaved work is kept for recovery, lock freed.

Drives a real Briefing process: ``briefing PROJECT`` started through ``run_app``, an
edit made inside it, then the signal sent from here.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.storage import find_recoveries, open_project, read_recovery, save_project
from tests.storage.helpers import sample_project

REPO = Path(__file__).resolve().parents[2]

DRIVER = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(["briefing"])
project, summary = sys.argv[1], sys.argv[2]
if len(sys.argv) > 3 and sys.argv[3] == "broken":
    import briefing.app.shell.termination as termination

    def broken(window):
        raise OSError("disk on fire")

    termination.save_for_later = broken

def edit():
    from briefing.app.document import commands
    from briefing.app.shell.main_window import MainWindow

    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    if summary:
        window.undo_stack.push(commands.SetNodeField(
            window.ctrl, "r1", "p2", "summary", summary, "summary"))
    print("READY", flush=True)

QTimer.singleShot(300, edit)
from briefing.app.shell.launch import run_app
sys.exit(run_app([project]))
"""


def _run_and_signal(
    tmp_path: Path, signum: int, summary: str, *extra: str
) -> tuple[Path, int, str]:
    path = tmp_path / "p.briefing"
    save_project(sample_project(), path)
    script = tmp_path / "driver.py"
    script.write_text(DRIVER)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BRIEFING_STATE_DIR": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": str(REPO),
    }
    child = subprocess.Popen(
        [sys.executable, str(script), str(path), summary, *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + 60
    line = ""
    while "READY" not in line and time.monotonic() < deadline and child.poll() is None:
        line = child.stdout.readline()
    assert "READY" in line, child.stderr.read() if child.poll() is not None else "no READY"
    assert path.with_name("p.briefing.lock").exists()  # it holds the project
    child.send_signal(signum)
    _out, err = child.communicate(timeout=30)
    return path, child.returncode, err


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_signal_keeps_unsaved_work_for_recovery(tmp_path, signum) -> None:
    path, code, err = _run_and_signal(tmp_path, signum, "Written just before logout")
    assert code == 128 + signum, err
    assert "unsaved changes kept for recovery" in err
    assert not path.with_name("p.briefing.lock").exists()  # the next start is not blocked
    # The project file itself is untouched; the edit waits in the recovery file.
    before_saved = open_project(path).project
    assert before_saved.releases[0].node("p2").summary == ""
    (info,) = find_recoveries(path)
    recovered = read_recovery(info.path).project
    assert recovered.releases[0].node("p2").summary == "Written just before logout"
    assert json.loads(info.path.read_text(encoding="utf-8"))["recovery"]["project_path"]


def test_signal_without_changes_leaves_nothing_behind(tmp_path) -> None:
    path, code, err = _run_and_signal(tmp_path, signal.SIGTERM, "")
    assert code == 128 + signal.SIGTERM, err
    assert not path.with_name("p.briefing.lock").exists()
    assert find_recoveries(path) == []


def test_a_failing_window_does_not_keep_the_app_running(tmp_path) -> None:
    _path, code, err = _run_and_signal(tmp_path, signal.SIGTERM, "edit", "broken")
    assert code == 128 + signal.SIGTERM, err
    assert "could not keep the changes" in err and "disk on fire" in err

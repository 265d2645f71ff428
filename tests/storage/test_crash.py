"""Crash safety: a saver killed with SIGKILL at random moments, 200 times.

After every kill the project file must open and be byte-for-byte one of the states the
child was saving (the last one it finished, or the one it was in the middle of), the
backup must open, and the recovery file (autosaved in the same loop) must open too.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.storage import open_project, read_recovery
from briefing.storage.atomic import backup_path
from briefing.storage.projectfile import encode_project

REPO = Path(__file__).resolve().parents[2]
KILLS = 200

CHILD = r"""
import hashlib, sys
sys.path.insert(0, sys.argv[1])
from briefing.model import Anchor, Annotation, Node, Project, Release
from briefing.storage import save_project, write_recovery
from briefing.storage.projectfile import encode_project

TEXT = "Joint statement\n1. The ministers met in Seoul.\n2. 양국은 협력하기로 하였다.\n" * 20


def sample_project():
    root = Node("root", "root", end=len(TEXT), children=[Node("p1", "paragraph", "1.", 16, 46)])
    annotations = [
        Annotation(f"a{k}", "r1", Anchor.from_text(TEXT, 40 + k * 64, 45 + k * 64))
        for k in range(3)
    ]
    return Project(releases=[Release("r1", TEXT, root)], annotations=annotations)

path, log_path, first = sys.argv[2], sys.argv[3], int(sys.argv[4])
log = open(log_path, "a", buffering=1)
log.write("ready\n")
i = first
while True:
    project = sample_project()
    project.brief.header.subject = f"state {i}"
    project.annotations[i % 3].body = "x" * (i % 500)
    digest = hashlib.sha256(encode_project(project)).hexdigest()
    log.write(f"recovery-begin {digest}\n")
    write_recovery(project, path)
    log.write(f"recovery-end {digest}\n")
    log.write(f"save-begin {digest}\n")
    save_project(project, path)
    log.write(f"save-end {digest}\n")
    i += 1
"""


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_at_random_moments(tmp_path) -> None:
    rng = random.Random(20211207)
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    path = tmp_path / "p.briefing"
    log_path = tmp_path / "log.txt"
    env = {**os.environ, "BRIEFING_STATE_DIR": str(tmp_path / "state")}
    file_state: str | None = None  # what the file must hold if no save finished this round
    recovery_state: str | None = None
    deadline = time.monotonic() + 120
    for round_number in range(KILLS):
        log_path.write_text("")
        child = subprocess.Popen(
            [
                sys.executable,
                str(script),
                str(REPO),
                str(path),
                str(log_path),
                str(round_number * 10**6),
            ],
            env=env,
        )
        while "ready" not in log_path.read_text() and child.poll() is None:
            time.sleep(0.001)
        time.sleep(rng.uniform(0, 0.03))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.returncode == -signal.SIGKILL
        events = [line.split() for line in log_path.read_text().splitlines()[1:] if " " in line]
        file_state = _allowed_and_check(path, events, "save", file_state, open_project)
        recovery_state = _allowed_and_check(
            path.with_name(path.name + ".recovery"),
            events,
            "recovery",
            recovery_state,
            read_recovery,
        )
        if backup_path(path).exists():
            open_project(backup_path(path))
        assert time.monotonic() < deadline, f"too slow: {round_number} rounds"
    assert file_state is not None  # some saves did complete


def _allowed_and_check(file: Path, events, kind: str, previous: str | None, opener) -> str | None:
    """Check ``file`` holds the last finished state or the one in progress; return it."""
    allowed = {previous}
    for event, digest in events:
        if event == f"{kind}-begin":
            allowed.add(digest)
        elif event == f"{kind}-end":
            allowed = {digest}
    if not file.exists():
        # Absent is fine only if no save had finished yet (a kill during the first one).
        assert None in allowed, f"{file.name} vanished"
        return None
    result = opener(file)  # opens without error: never half-written
    actual = _sha(encode_project(result.project))
    assert actual in allowed, f"{file.name} holds a state that was never saved"
    if kind == "save":
        assert _sha(file.read_bytes()) == actual
    return actual

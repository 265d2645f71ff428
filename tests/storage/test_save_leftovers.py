"""No temporary file survives the next save (issue 14): what a save killed half-way left
beside the project is swept, and a backup that is a hard link to the project no longer
leaks a temporary name on every save."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from briefing.storage.atomic import atomic_write, sweep_leftovers

KILLED_SAVE = """
import os, sys, time
from pathlib import Path
from briefing.storage.atomic import write_atomic

def slow(handle):
    handle.write(b"x" * 1024)
    handle.flush()
    print("writing", flush=True)
    time.sleep(60)  # killed here, the temporary file half written

write_atomic(Path(sys.argv[1]), slow)
"""


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(("tmp", "baktmp")))


def test_a_save_killed_half_way_leaves_nothing_after_the_next_save(tmp_path):
    project = tmp_path / "work.briefing"
    atomic_write(project, b"first version")
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_SAVE, str(project)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "writing"
    child.kill()  # kill -9 during the save
    child.wait()
    assert _leftovers(tmp_path), "the killed save should have left its temporary file"
    assert project.read_bytes() == b"first version"  # the file itself is intact
    atomic_write(project, b"second version")
    assert _leftovers(tmp_path) == []
    assert project.read_bytes() == b"second version"


def test_a_hard_linked_backup_leaks_no_temporary_name(tmp_path):
    project = tmp_path / "work.briefing"
    atomic_write(project, b"one")
    backup = tmp_path / "work.briefing.bak"
    backup.unlink(missing_ok=True)
    os.link(project, backup)  # NAME.bak is the same file as NAME
    for text in (b"two", b"three", b"four"):
        atomic_write(project, text)
    assert _leftovers(tmp_path) == []


def test_only_this_file_s_abandoned_names_are_swept(tmp_path):
    project = tmp_path / "work.briefing"
    other = tmp_path / ".other.briefing.99999999.1.deadbeef.tmp"
    mine_dead = tmp_path / ".work.briefing.99999999.3.0123abcd.tmp"
    mine_live = tmp_path / f".work.briefing.{os.getpid()}.7.89abcdef.tmp"
    for path in (other, mine_dead, mine_live):
        path.write_bytes(b"x")
    old = time.time() - 10
    os.utime(mine_live, (old, old))
    assert sweep_leftovers(project) == [mine_dead]
    assert other.exists() and mine_live.exists()

"""Recovery files: autosaves of unsaved changes, offered back after a crash.

The Qt app owns the timer; it calls :func:`write_recovery` while the project has unsaved
changes, :func:`discard_recovery` after a successful save or a clean close, and on
start-up :func:`find_recoveries` to offer what a crashed session left behind.

Where: ``NAME.briefing.recovery`` beside a saved project (it travels with the project
and is found by whoever opens it next); in the per-user state folder for an untitled
project, or when the project's folder is not writable. The file is a normal project file
(so it is read with the same checks) with an extra ``recovery`` record: the project it
belongs to, when, and which process wrote it (a live process's file is not offered).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from briefing.model import Project
from briefing.storage.atomic import atomic_write
from briefing.storage.errors import ProjectFileError
from briefing.storage.lock import process_alive
from briefing.storage.projectfile import OpenResult, encode_project, open_project

SUFFIX = ".recovery"


@dataclass(frozen=True)
class RecoveryInfo:
    """One recovery file found on disk."""

    path: Path
    project_path: Path | None  # None for a project that was never saved
    saved: str  # ISO 8601 time of the autosave
    host: str
    pid: int
    newer_than_project: bool  # False when the project file was saved after it


def state_dir() -> Path:
    """Per-user folder for untitled recoveries (``$BRIEFING_STATE_DIR`` overrides)."""
    override = os.environ.get("BRIEFING_STATE_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(
        os.path.expanduser("~"), ".local", "state"
    )
    return Path(base) / "briefing" / "recovery"


def session_id() -> str:
    """Identifies this running app instance in untitled recovery file names."""
    return f"{socket.gethostname()}-{os.getpid()}"


def recovery_path(project_path: str | Path | None, *, session: str | None = None) -> Path:
    """Where the recovery file for ``project_path`` (None: untitled) is written first."""
    if project_path is None:
        return state_dir() / f"untitled-{session or session_id()}.briefing{SUFFIX}"
    project_path = Path(project_path)
    return project_path.with_name(project_path.name + SUFFIX)


def _fallback_path(project_path: Path) -> Path:
    # For a project in a read-only folder: a stable name derived from its full path.
    digest = hashlib.sha256(str(project_path.resolve()).encode("utf-8", "surrogatepass"))
    return state_dir() / f"{project_path.stem}-{digest.hexdigest()[:16]}.briefing{SUFFIX}"


def write_recovery(
    project: Project, project_path: str | Path | None = None, *, session: str | None = None
) -> Path:
    """Autosave ``project`` to its recovery file (atomically); returns where it went."""
    meta = {
        "project_path": str(Path(project_path).resolve()) if project_path is not None else None,
        "saved": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "host": socket.gethostname(),
        "pid": os.getpid(),
    }
    data = encode_project(project, extra={"recovery": meta})
    first = recovery_path(project_path, session=session)
    try:
        _write(first, data)
        return first
    except ProjectFileError:
        if project_path is None:
            raise
    fallback = _fallback_path(Path(project_path))
    _write(fallback, data)
    return fallback


def _write(path: Path, data: bytes) -> None:
    # On failure atomic_write reports the real problem, naming the file.
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, data, backup=False)


def read_recovery(path: str | Path) -> OpenResult:
    """Open a recovery file like a project (same validation, same re-anchoring)."""
    return open_project(path, keep_migration_backup=False)


def discard_recovery(path: str | Path) -> None:
    """Delete a recovery file (after a save, a clean close, or when the user declines)."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def discard_recoveries_for(project_path: str | Path | None, *, session: str | None = None) -> None:
    """Delete every recovery file this session may have written for ``project_path``."""
    discard_recovery(recovery_path(project_path, session=session))
    if project_path is not None:
        discard_recovery(_fallback_path(Path(project_path)))


def find_recoveries(
    project_path: str | Path | None = None, *, include_live: bool = False
) -> list[RecoveryInfo]:
    """Recovery files to offer: for ``project_path``, or (None) every untitled one.

    Files written by a process that is still running on this machine belong to another
    open window and are skipped unless ``include_live``.
    """
    if project_path is not None:
        project_path = Path(project_path)
        paths = [recovery_path(project_path), _fallback_path(project_path)]
    else:
        folder = state_dir()
        paths = sorted(folder.glob(f"untitled-*.briefing{SUFFIX}")) if folder.is_dir() else []
    found = []
    for path in paths:
        info = _peek(path)
        if info is None:
            continue
        live = info.host == socket.gethostname() and info.pid != os.getpid()
        if live and not include_live and process_alive(info.pid):
            continue
        found.append(info)
    return found


def _peek(path: Path) -> RecoveryInfo | None:
    """Read the ``recovery`` record near the top of ``path`` without parsing it all."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8192).decode("utf-8", "replace")
        stat = os.stat(path)
    except OSError:
        return None
    meta: dict[str, object] = {}
    for line in head.splitlines():
        line = line.strip().rstrip(",")
        if line.startswith('"recovery":'):
            with contextlib.suppress(ValueError):
                meta = json.loads(line.partition(":")[2])
            break
    raw_project = meta.get("project_path")
    project_path = Path(str(raw_project)) if raw_project else None
    newer = True
    if project_path is not None:
        with contextlib.suppress(OSError):
            newer = stat.st_mtime >= os.stat(project_path).st_mtime
    pid = meta.get("pid")
    return RecoveryInfo(
        path=path,
        project_path=project_path,
        saved=str(meta.get("saved", "")),
        host=str(meta.get("host", "")),
        pid=pid if isinstance(pid, int) else 0,
        newer_than_project=newer,
    )

"""Write beside, then rename: a failed export never leaves a partial or damaged file.

Also turns the ways an output can be unwritable (no folder, no permission, the file open
in Word or LibreOffice) into one clear ExportError before any work is thrown away.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from briefing.export.errors import ExportError
from briefing.storage.atomic import fsync_dir


def lock_files(target: Path) -> list[Path]:
    """Owner files that Word (``~$name``) and LibreOffice (``.~lock.name#``) keep beside a
    document while it is open; their presence means another program holds the target."""
    name = target.name
    # Word shortens long names: "~$" replaces the first two characters.
    candidates = [f".~lock.{name}#", f"~${name}", f"~${name[2:]}"]
    return [target.with_name(c) for c in candidates if target.with_name(c).exists()]


def check_writable(target: Path) -> None:
    """Raise ExportError when ``target`` cannot be written, before doing the export."""
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(target, f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(target, f"the folder {folder} cannot be written (permission denied)")
    if target.is_dir():
        raise ExportError(target, "is a folder, not a file")
    held = lock_files(target)
    if held:
        raise ExportError(
            target, f"is open in another program ({held[0].name}); close it and try again"
        )
    if target.exists() and not os.access(target, os.W_OK):
        raise ExportError(target, "is read-only or held by another program")


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(temp_path)`` on a temporary file beside ``target``, then rename it over.

    The temporary file lives in the same folder so the rename is atomic on one filesystem;
    it is removed on any failure, so nothing half-written is ever left behind.
    """
    target = Path(target)
    check_writable(target)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    temp = Path(temp_name)
    try:
        try:
            write(temp)
        except OSError as error:  # disk full, quota, I/O error while writing
            raise ExportError(target, f"could not be written: {error.strerror or error}") from error
        _finish(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _finish(temp: Path, target: Path) -> None:
    try:
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        if target.exists():
            # Keep the existing file's permissions rather than mkstemp's 0600.
            os.chmod(temp, target.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, target)
        # Why: without flushing the folder a power cut can lose the rename (storage does the same).
        fsync_dir(target.parent)
    except PermissionError as error:
        raise ExportError(
            target, "cannot be replaced: it is open in another program or read-only"
        ) from error
    except OSError as error:
        raise ExportError(target, f"could not be written: {error.strerror or error}") from error

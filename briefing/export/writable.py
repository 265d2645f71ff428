"""Can the export be written, and writing it: checks first, then the core's atomic writer.

Turns the ways an output can be unwritable (no folder, no permission, the file open in
Word or LibreOffice) into one clear ExportError before any work is thrown away; the write
itself goes through :func:`briefing.storage.atomic.write_atomic` (the one atomic writer).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from briefing.export.errors import ExportError


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


def write_export(target: Path, write: Callable[[BinaryIO], None]) -> None:
    """Check ``target``, then write it atomically with ``write(handle)`` (ExportError on
    failure; the previous file, if any, is then untouched and nothing is left beside it)."""
    from briefing.storage.atomic import write_atomic

    target = Path(target)
    check_writable(target)
    try:
        # No backup: an export is made again from the project; a .bak would only clutter.
        write_atomic(target, write)
    except PermissionError as error:
        # Why: on Windows and some shares a file open in Word refuses the replace.
        raise ExportError(
            target, "cannot be replaced: it is open in another program or read-only"
        ) from error
    except OSError as error:  # disk full, quota, I/O error while writing
        raise ExportError(target, f"could not be written: {error.strerror or error}") from error

"""The one atomic writer: replace a file whole, optionally keeping the previous version.

The sequence guarantees that at every instant ``path`` is either the complete old file
or the complete new file, never a mix and never missing:

1. write the new bytes to a temporary file in the same folder, flush, ``fsync``;
2. hard-link the current file to a temporary backup name and ``rename`` that onto
   ``NAME.bak`` (so the backup is itself replaced atomically and ``path`` is untouched);
3. ``os.replace`` the temporary file onto ``path``;
4. ``fsync`` the folder so the renames survive a power cut.

On any failure the temporary files are removed and ``path`` is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import time
from collections.abc import Callable
from itertools import count
from pathlib import Path
from typing import BinaryIO

from briefing.storage.errors import ProjectFileError, os_error_reason

_counter = count(1)


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept: ``NAME.bak`` beside it."""
    return path.with_name(path.name + ".bak")


def atomic_write(
    path: str | Path, data: bytes, *, backup: bool = True, durable: bool = True
) -> None:
    """Replace ``path`` with ``data`` atomically; keep the old file as ``NAME.bak``.

    Raises :class:`ProjectFileError` (naming ``path``) on any OS error; ``path`` is then
    unchanged. ``durable=False`` skips the fsyncs (only for throwaway files in tests).
    """
    try:
        write_atomic(
            path, lambda handle: _write_all(handle.fileno(), data), backup=backup, durable=durable
        )
    except OSError as error:
        raise ProjectFileError(Path(path), os_error_reason(error, "save")) from error


def write_atomic(
    path: str | Path,
    write: Callable[[BinaryIO], None],
    *,
    backup: bool = False,
    durable: bool = True,
    private: bool = False,
) -> None:
    """Replace ``path`` with whatever ``write(handle)`` writes, atomically.

    The one atomic writer: project saves, exports and "Save original file as" all come here,
    so they share the same guarantees (temporary file in the same folder, file and folder
    fsynced, ``os.replace``). ``write`` may stream (python-docx saves into the handle).
    ``backup=True`` keeps the previous file as ``NAME.bak``. Raises the ``OSError`` as it
    is (callers word it for their users); ``path`` is then unchanged and nothing is left.
    ``private=True`` makes the file readable by its owner only (0600), whatever it was.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp = _unique_sibling(path, ".tmp")
    # 0o666 like any new file: the user's umask decides, as it would for a plain save.
    # O_EXCL with O_NOFOLLOW: never an existing file, never through a planted link.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600 if private else 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        if not private:
            _match_mode(path, tmp)
        if backup and path.exists():
            _replace_backup(path)
        os.replace(tmp, path)
    except BaseException:
        _remove_quietly(tmp)
        raise
    if durable:
        fsync_dir(folder)
    sweep_leftovers(path)


# ".NAME.<pid>.<n>.<8 hex>.tmp": what _unique_sibling makes for NAME.
_LEFTOVER = re.compile(
    r"^\.(?P<name>.+)\.(?P<pid>\d{1,10})\.\d{1,12}\.[0-9a-f]{8}\.(?:tmp|baktmp)$"
)
LEFTOVER_AGE_S = 3600.0  # a save takes seconds: an hour-old temporary file is abandoned


def sweep_leftovers(path: Path) -> list[Path]:
    """Remove temporary files an interrupted save of ``path`` left beside it (killed
    during a save, or a power cut): those of a process no longer running, or an hour old.
    Returns what was removed. Only names this writer makes, for this very file, and
    never through a link."""
    from briefing.storage.lock import process_alive

    folder = path.parent if str(path.parent) else Path(".")
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _LEFTOVER.match(entry.name)
        if not match or match.group("name") != path.name:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        pid = int(match.group("pid"))
        abandoned = pid != os.getpid() and not process_alive(pid)
        if abandoned or now - info.st_mtime > LEFTOVER_AGE_S:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _write_all(fd: int, data: bytes) -> None:
    # os.write may write less than asked (signals, pipes, some network file systems).
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _replace_backup(path: Path) -> None:
    """Make ``NAME.bak`` a copy of the current ``path`` without ever touching ``path``."""
    bak = backup_path(path)
    tmp = _unique_sibling(path, ".baktmp")
    try:
        os.link(path, tmp)  # instant, no extra space, and path keeps its inode
    except OSError:
        # Why: file systems without hard links (FAT, some network shares) still get a backup.
        # The copy is created exclusively without following links: a link planted under
        # the temporary name cannot redirect it onto another file.
        _copy_exclusive(path, tmp)
    try:
        os.replace(tmp, bak)
    except BaseException:
        _remove_quietly(tmp)
        raise
    # When NAME.bak is already a hard link to NAME, rename() of one link onto another of
    # the same file does nothing (POSIX) and the temporary name would stay behind.
    _remove_quietly(tmp)


def _match_mode(path: Path, tmp: Path) -> None:
    """Give the new file the old file's permission bits (a save should not change them)."""
    with contextlib.suppress(OSError):
        os.chmod(tmp, os.stat(path).st_mode & 0o7777)


def _copy_exclusive(source: Path, target: Path) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out)
        shutil.copystat(source, target)
    except BaseException:
        _remove_quietly(target)
        raise


def _unique_sibling(path: Path, suffix: str) -> Path:
    # Dot-prefixed so file managers hide it; pid + counter so two savers never collide,
    # and a random part so nobody sharing the folder can plant a file under the name first.
    token = secrets.token_hex(4)
    return path.with_name(f".{path.name}.{os.getpid()}.{next(_counter)}.{token}{suffix}")


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (renames) to disk; a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)

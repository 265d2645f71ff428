"""File checks shared by every reader: existence, permissions, size, emptiness."""

from __future__ import annotations

import os
from pathlib import Path

from briefing.ingest.errors import ReleaseReadError

MAX_BYTES = 64 * 2**20  # releases are small; anything bigger is a mistake or an attack


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB"


def check_file(path: Path) -> int:
    """Stat ``path`` and raise ReleaseReadError unless it is a readable, non-empty,
    not-too-large regular file. Returns its size in bytes.

    The size is checked from ``stat`` before anything is read, so a 2 GB file
    costs nothing.
    """
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ReleaseReadError(path, "the file does not exist") from None
    except PermissionError:
        raise ReleaseReadError(path, "permission denied (cannot open the file)") from None
    except OSError as exc:
        raise ReleaseReadError(path, f"cannot open the file ({exc.strerror or exc})") from None
    if path.is_dir():
        raise ReleaseReadError(path, "this is a folder, not a file")
    if st.st_size > MAX_BYTES:
        raise ReleaseReadError(
            path,
            f"the file is {_mb(st.st_size)}; Briefing reads releases up to {MAX_BYTES // 2**20} MB",
        )
    if st.st_size == 0:
        raise ReleaseReadError(path, "the file is empty")
    if not os.access(path, os.R_OK):
        raise ReleaseReadError(path, "permission denied (cannot open the file)")
    return st.st_size


def read_bytes(path: Path) -> bytes:
    """Return the whole file after :func:`check_file`; OS errors become ReleaseReadError."""
    check_file(path)
    try:
        data = path.read_bytes()
    except PermissionError:
        raise ReleaseReadError(path, "permission denied (cannot open the file)") from None
    except OSError as exc:
        raise ReleaseReadError(path, f"cannot read the file ({exc.strerror or exc})") from None
    if not data:  # the file shrank between stat and read
        raise ReleaseReadError(path, "the file is empty")
    return data

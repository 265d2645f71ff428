"""The one error type users meet while opening or saving project files."""

from __future__ import annotations

import errno
from pathlib import Path


class ProjectFileError(Exception):
    """A project file could not be read or written.

    ``str()`` is one line naming the file and the problem, ready for a dialog or stderr.
    ``problems`` lists every validation problem when there are several (``check`` prints
    them all); ``reason`` then summarises them.
    """

    def __init__(self, path: str | Path, reason: str, problems: list[str] | None = None) -> None:
        self.path = Path(path)
        self.reason = reason
        self.problems = list(problems or [])
        super().__init__(f"{self.path}: {reason}")


class ProjectLockedError(ProjectFileError):
    """Another Briefing (or another window) holds the project's lock file.

    ``owner`` is the :class:`briefing.storage.lock.LockInfo` read from the lock file
    (``None`` when it was unreadable) and ``stale`` says whether it looks abandoned, so the
    app can offer "open read-only" or "take over".
    """

    def __init__(self, path: str | Path, reason: str, owner: object, stale: bool) -> None:
        super().__init__(path, reason)
        self.owner = owner
        self.stale = stale


# Why: users need "the disk is full", not "[Errno 28] No space left on device".
_OS_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EACCES: "permission denied (the folder or file is read-only, or not yours)",
    errno.EPERM: "permission denied (the folder or file is read-only, or not yours)",
    errno.EROFS: "the disk or folder is read-only",
    errno.ENOENT: "no such file or folder",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EIO: "input/output error (the disk may be failing or disconnected)",
}


def os_error_reason(error: OSError, doing: str) -> str:
    """A short human sentence for ``error`` that happened while ``doing`` something."""
    reason = _OS_REASONS.get(error.errno or 0) or (error.strerror or str(error))
    return f"cannot {doing}: {reason}"

"""Project files: read/write, atomic save, autosave/recovery, lock, migrations (no Qt).

The app's entry points are re-exported here; see docs/project-format.md for the format.
"""

from briefing.storage.errors import ProjectFileError, ProjectLockedError
from briefing.storage.lock import LockInfo, ProjectLock
from briefing.storage.projectfile import OpenResult, encode_project, open_project, save_project
from briefing.storage.recovery import (
    RecoveryInfo,
    discard_recoveries_for,
    discard_recovery,
    find_recoveries,
    read_recovery,
    recovery_path,
    write_recovery,
)

__all__ = [
    "LockInfo",
    "OpenResult",
    "ProjectFileError",
    "ProjectLock",
    "ProjectLockedError",
    "RecoveryInfo",
    "discard_recoveries_for",
    "discard_recovery",
    "encode_project",
    "find_recoveries",
    "open_project",
    "read_recovery",
    "recovery_path",
    "save_project",
    "write_recovery",
]

"""A lock file beside the project so a second Briefing does not overwrite it.

``NAME.briefing.lock`` holds who has the project open (user, host, process id, time
and a random token). The app acquires it on open; when another instance holds it, the
user can open read-only or - if the lock is stale - take it over. A lock is *stale* when
its process is gone (same host only: a pid on another machine tells us nothing) or it
has not been refreshed for :data:`STALE_AFTER_HOURS` (the app refreshes it on every save
and autosave, so a live session never looks stale).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import time
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from briefing.storage.atomic import atomic_write
from briefing.storage.errors import ProjectFileError, ProjectLockedError, os_error_reason

STALE_AFTER_HOURS = 12.0


@dataclass(frozen=True)
class LockInfo:
    """The contents of a lock file."""

    user: str
    host: str
    pid: int
    time: str  # ISO 8601, UTC: when the lock was taken or last refreshed
    token: str = ""

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}) since {self.time}"

    def age_hours(self, now: float | None = None) -> float:
        try:
            stamp = datetime.fromisoformat(self.time).timestamp()
        except ValueError:
            return float("inf")
        return ((now or time.time()) - stamp) / 3600


FUTURE_SKEW_HOURS = 0.1  # clocks on a shared folder's machines may differ by minutes


def lock_path(project_path: str | Path) -> Path:
    project_path = Path(project_path)
    return project_path.with_name(project_path.name + ".lock")


def current_identity(token: str = "") -> LockInfo:
    return LockInfo(
        user=_user(),
        host=socket.gethostname(),
        pid=os.getpid(),
        time=datetime.now(UTC).isoformat(timespec="seconds"),
        token=token,
    )


def process_alive(pid: int) -> bool:
    """Whether ``pid`` is a running process on this machine (unknown counts as alive)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        # OverflowError: a pid no process can have (a damaged or forged lock): not alive.
        return False
    except (PermissionError, OSError):
        return True  # exists but belongs to someone else, or we cannot tell
    return True


class ProjectLock:
    """The lock on one project file; use ``acquire()`` ... ``release()`` or ``with``."""

    def __init__(self, project_path: str | Path, *, stale_after_hours: float = STALE_AFTER_HOURS):
        self.project_path = Path(project_path)
        self.path = lock_path(self.project_path)
        self.stale_after_hours = stale_after_hours
        self.token = uuid.uuid4().hex
        self.held = False

    # -- reading

    def owner(self) -> LockInfo | None:
        """Who holds the lock now; None when there is no lock file or it is unreadable."""
        try:
            if not self.path.is_file():
                return None  # a FIFO or a folder under the lock's name would block a read
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return LockInfo(
                user=str(raw["user"]),
                host=str(raw["host"]),
                pid=int(raw["pid"]),
                time=str(raw["time"]),
                token=str(raw.get("token", "")),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def is_stale(self, info: LockInfo | None = None) -> bool:
        """True when the lock's owner is gone: dead process here, or not refreshed for long."""
        if not self.path.exists():
            return True
        if not self.path.is_file():
            return True  # not a lock Briefing wrote (a FIFO, a folder): nobody's
        info = info or self.owner()
        if info is None:
            # Unreadable: half-written by a crashed process, or damaged. Give a writer a
            # moment (it writes atomically, so this is rare) before calling it stale.
            return self._mtime_age() > 10.0
        if info.host == socket.gethostname() and not process_alive(info.pid):
            return True
        # A lock dated in the future (a wrong clock, or a planted file) would otherwise
        # never go stale: beyond a few minutes of clock skew it is suspect, offered for
        # take-over like an abandoned one.
        age = info.age_hours()
        return age > self.stale_after_hours or age < -FUTURE_SKEW_HOURS

    def is_ours(self) -> bool:
        info = self.owner()
        return info is not None and info.token == self.token

    # -- changing

    def acquire(self) -> None:
        """Take the lock or raise :class:`ProjectLockedError` (with ``owner`` and ``stale``)."""
        if self.held and self.is_ours():
            return
        try:
            self._create_exclusive()
        except FileExistsError:
            info = self.owner()
            stale = self.is_stale(info)
            who = info.describe() if info else "an unknown owner (unreadable lock file)"
            hint = "it looks abandoned" if stale else "it is in use"
            raise ProjectLockedError(
                self.project_path, f"the project is locked by {who}; {hint}", info, stale
            ) from None
        except OSError as error:
            raise ProjectFileError(
                self.path, os_error_reason(error, "create the lock file")
            ) from error
        self.held = True

    def take_over(self) -> None:
        """Replace whoever holds the lock by us (after the user agreed; e.g. a stale lock)."""
        self._write()
        if not self.is_ours():
            raise ProjectFileError(self.path, "another instance took the lock at the same time")
        self.held = True

    def refresh(self) -> None:
        """Rewrite our time stamp (called on save/autosave) so a live lock never goes stale.

        A lock file that vanished (deleted by hand, a cleaning tool) is taken again: no one
        else holds it. Raises :class:`ProjectLockedError` if someone took the lock over
        meanwhile: the app must then stop saving to this file.
        """
        if self.held and not self.path.exists() and not self.path.is_symlink():
            try:
                self._create_exclusive()
                return
            except FileExistsError:
                pass  # someone else took it just now: check() says who
            except OSError as error:
                raise ProjectFileError(
                    self.path, os_error_reason(error, "create the lock file")
                ) from error
        self.check()
        self._write()

    def check(self) -> None:
        """Raise :class:`ProjectLockedError` unless we still hold the lock."""
        if not self.is_ours():
            info = self.owner()
            who = info.describe() if info else "nobody"
            self.held = False
            raise ProjectLockedError(
                self.project_path, f"the lock was taken over by {who}", info, False
            )

    def release(self) -> None:
        """Remove the lock file if it is still ours (never someone else's)."""
        if self.is_ours():
            with contextlib.suppress(OSError):
                self.path.unlink()
        self.held = False

    def __enter__(self) -> ProjectLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    # -- internals

    def _payload(self) -> bytes:
        info = asdict(current_identity(self.token))
        return (json.dumps(info, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    def _create_exclusive(self) -> None:
        # Write a complete temp file, then hard-link it to the lock name: link() fails if
        # the name exists, so creation is atomic *and* readers never see a half file.
        tmp = self.path.with_name(f".{self.path.name}.{self.token}.tmp")
        try:
            tmp.write_bytes(self._payload())
            try:
                os.link(tmp, self.path)
            except FileExistsError:
                raise
            except OSError:
                # No hard links here (FAT, some shares): fall back to O_EXCL.
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
                with os.fdopen(fd, "wb") as handle:
                    handle.write(self._payload())
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()

    def _write(self) -> None:
        atomic_write(self.path, self._payload(), backup=False, durable=False)

    def _mtime_age(self) -> float:
        try:
            return time.time() - self.path.stat().st_mtime
        except OSError:
            return float("inf")


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"

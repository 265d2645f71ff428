"""Where Briefing keeps secrets (the language-model API key): the system keyring.

Settings files are plain text that backups, sync tools and colleagues' support scripts
copy around, so a key never goes there. The system keyring (Windows Credential Manager,
macOS Keychain, the Secret Service on Linux, via the ``keyring`` library) is the place.
Where no keyring is available (a bare Linux session, a locked-down machine) the key is
kept in a file only the user can read (mode 0600, created without following a link), and
the caller is told so it can warn the user.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

SERVICE = "Briefing"
FALLBACK_NAME = "secrets.json"
# Set (to anything) to keep the keyring out of the way: tests, portable installs.
NO_KEYRING_ENV = "BRIEFING_NO_KEYRING"


class SecretStore:
    """Named secrets in the keyring, or in ``folder/secrets.json`` when there is none."""

    def __init__(self, folder: Path, use_keyring: bool | None = None) -> None:
        self.folder = Path(folder)
        if use_keyring is None:
            use_keyring = not os.environ.get(NO_KEYRING_ENV)
        self.use_keyring = use_keyring
        #: Set after :meth:`set` when the secret went to the file: a sentence for the user.
        self.warning = ""

    @property
    def fallback_path(self) -> Path:
        return self.folder / FALLBACK_NAME

    def get(self, name: str) -> str:
        """The secret called ``name``, or "" when none is stored."""
        if self.use_keyring:
            value = _keyring_call("get_password", SERVICE, name)
            if isinstance(value, str) and value:
                return value
        return str(self._read_file().get(name, ""))

    def set(self, name: str, value: str) -> None:
        """Store ``value`` (an empty value deletes the secret)."""
        self.warning = ""
        if not value:
            self.delete(name)
            return
        if self.use_keyring and _keyring_call("set_password", SERVICE, name, value) is not _FAILED:
            self._forget_in_file(name)  # a copy left from a time without keyring
            return
        stored = self._read_file()
        stored[name] = value
        self._write_file(stored)
        self.warning = (
            f"No system keyring is available: the key is kept in {self.fallback_path}, "
            "readable only by you."
        )

    def delete(self, name: str) -> None:
        if self.use_keyring:
            _keyring_call("delete_password", SERVICE, name)
        self._forget_in_file(name)

    def _forget_in_file(self, name: str) -> None:
        stored = self._read_file()
        if name in stored:
            del stored[name]
            self._write_file(stored)

    def _read_file(self) -> dict[str, str]:
        try:
            fd = os.open(self.fallback_path, os.O_RDONLY | _NOFOLLOW)
        except OSError:
            return {}
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(1_000_000)
        try:
            stored = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return {}
        if not isinstance(stored, dict):
            return {}
        return {str(k): str(v) for k, v in stored.items() if isinstance(v, str)}

    def _write_file(self, stored: dict[str, str]) -> None:
        from briefing.storage.atomic import write_atomic

        self.folder.mkdir(parents=True, exist_ok=True)
        data = json.dumps(stored, ensure_ascii=False).encode("utf-8")
        # The one atomic writer, private: 0600 from creation, never through a link.
        write_atomic(self.fallback_path, lambda handle: handle.write(data), private=True)


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_FAILED = object()


def _keyring_call(function: str, *args: str) -> object:
    """Call ``keyring.<function>``; ``_FAILED`` when there is no usable keyring.

    ``keyring`` is imported here, not at start-up: finding a backend talks to the desktop
    session, and only drafting with a language model needs it."""
    try:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError
    except ImportError:
        return _FAILED
    try:
        return getattr(keyring, function)(*args)
    except PasswordDeleteError:
        return None  # nothing to delete
    except (KeyringError, RuntimeError, OSError):
        return _FAILED

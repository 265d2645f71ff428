"""The API key lives in the system keyring, or in a 0600 file that no link can redirect."""

from __future__ import annotations

import os
import stat

import pytest

from briefing.keystore import FALLBACK_NAME, SecretStore

keyring = pytest.importorskip("keyring")


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.stored.get((service, username))

    def set_password(self, service, username, password):
        self.stored[(service, username)] = password

    def delete_password(self, service, username):
        if (service, username) not in self.stored:
            raise keyring.errors.PasswordDeleteError(username)
        del self.stored[(service, username)]


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_keyring_holds_the_key_and_no_file_is_written(tmp_path, memory_keyring):
    store = SecretStore(tmp_path, use_keyring=True)
    store.set("llm-api-key", "sk-123")
    assert memory_keyring.stored == {("Briefing", "llm-api-key"): "sk-123"}
    assert not (tmp_path / FALLBACK_NAME).exists() and store.warning == ""
    assert SecretStore(tmp_path, use_keyring=True).get("llm-api-key") == "sk-123"
    store.set("llm-api-key", "")
    assert memory_keyring.stored == {}


def test_without_a_keyring_the_file_is_private_and_the_user_is_told(tmp_path):
    store = SecretStore(tmp_path / "config", use_keyring=False)
    store.set("llm-api-key", "sk-ünïcode")
    path = tmp_path / "config" / FALLBACK_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert str(path) in store.warning
    assert SecretStore(tmp_path / "config", use_keyring=False).get("llm-api-key") == "sk-ünïcode"
    assert [p.name for p in path.parent.iterdir()] == [FALLBACK_NAME]  # no temp left


def test_a_failing_keyring_falls_back_to_the_file(tmp_path, memory_keyring, monkeypatch):
    def broken(*_args):
        raise keyring.errors.KeyringLocked("locked")

    monkeypatch.setattr(memory_keyring, "set_password", broken)
    store = SecretStore(tmp_path, use_keyring=True)
    store.set("k", "v")
    assert store.warning and SecretStore(tmp_path, use_keyring=False).get("k") == "v"


@pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="needs O_NOFOLLOW (POSIX)")
def test_a_planted_link_is_neither_read_nor_written_through(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text('{"k": "planted"}', encoding="utf-8")
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / FALLBACK_NAME).symlink_to(victim)
    store = SecretStore(folder, use_keyring=False)
    assert store.get("k") == ""  # the link is not followed
    store.set("k", "mine")
    assert victim.read_text(encoding="utf-8") == '{"k": "planted"}'
    assert not (folder / FALLBACK_NAME).is_symlink()
    assert store.get("k") == "mine"

"""Atomic saves: backup kept, and on any failure the old file is untouched."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from briefing.storage import ProjectFileError, open_project, save_project
from briefing.storage.atomic import atomic_write, backup_path
from tests.storage.helpers import sample_project


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".baktmp")))


def test_backup_holds_previous_version(tmp_path) -> None:
    path = tmp_path / "p.briefing"
    first = sample_project()
    save_project(first, path)
    assert not backup_path(path).exists()
    second = sample_project()
    second.brief.header.subject = "second"
    save_project(second, path)
    assert open_project(path).project == second
    assert open_project(backup_path(path)).project == first
    assert _leftovers(tmp_path) == []


def test_permissions_are_kept(tmp_path) -> None:
    path = tmp_path / "p.briefing"
    save_project(sample_project(), path)
    os.chmod(path, 0o600)
    save_project(sample_project(), path)
    assert path.stat().st_mode & 0o777 == 0o600


def _fail_with(monkeypatch, name: str, code: int) -> None:
    def failing(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, name, failing)


@pytest.mark.parametrize(
    ("function", "code", "words"),
    [
        ("write", errno.ENOSPC, "the disk is full"),
        ("fsync", errno.ENOSPC, "the disk is full"),  # delayed allocation fails at fsync
        ("write", errno.EIO, "input/output error"),
        ("replace", errno.EACCES, "permission denied"),
        ("open", errno.EROFS, "read-only"),
    ],
)
def test_failure_leaves_old_file_untouched(tmp_path, monkeypatch, function, code, words) -> None:
    path = tmp_path / "p.briefing"
    save_project(sample_project(), path)
    before = path.read_bytes()
    changed = sample_project()
    changed.brief.header.subject = "never written"
    _fail_with(monkeypatch, function, code)
    with pytest.raises(ProjectFileError) as info:
        save_project(changed, path)
    monkeypatch.undo()
    assert str(path) in str(info.value) and words in info.value.reason
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == []


def test_read_only_folder_simulated(tmp_path, monkeypatch) -> None:
    # Tests run as root, which chmod cannot stop: simulate the EACCES the OS would give.
    real_open = os.open

    def deny(file, flags, *args, **kwargs):
        if Path(file).parent == tmp_path and flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(file, flags, *args, **kwargs)

    path = tmp_path / "p.briefing"
    save_project(sample_project(), path)
    before = path.read_bytes()
    monkeypatch.setattr(os, "open", deny)
    with pytest.raises(ProjectFileError) as info:
        save_project(sample_project(), path)
    assert "permission denied" in info.value.reason and str(path) in str(info.value)
    monkeypatch.undo()
    assert path.read_bytes() == before


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores chmod")
def test_read_only_folder_real(tmp_path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "p.briefing"
    save_project(sample_project(), path)
    before = path.read_bytes()
    folder.chmod(0o555)
    try:
        with pytest.raises(ProjectFileError, match="permission denied"):
            save_project(sample_project(), path)
    finally:
        folder.chmod(0o755)
    assert path.read_bytes() == before


def test_interrupt_during_write_cleans_up(tmp_path, monkeypatch) -> None:
    path = tmp_path / "x"
    atomic_write(path, b"old")

    def interrupted(fd, data):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(path, b"new")
    monkeypatch.undo()
    assert path.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_no_hard_links_still_backs_up(tmp_path, monkeypatch) -> None:
    path = tmp_path / "x"
    atomic_write(path, b"one")

    def no_link(*args, **kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_link)
    atomic_write(path, b"two")
    assert path.read_bytes() == b"two"
    assert backup_path(path).read_bytes() == b"one"


def test_temporary_names_cannot_be_guessed_and_links_are_never_followed(tmp_path, monkeypatch):
    """Issue 14: in a shared folder another user could plant a link under the temporary
    or backup name; the names carry a random part and are created exclusively."""
    import os

    from briefing.storage import atomic

    target = tmp_path / "p.briefing"
    names = {atomic._unique_sibling(target, ".tmp").name for _ in range(50)}
    assert len({n.rsplit(".", 2)[-2] for n in names}) == 50  # the random part differs
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    planted = tmp_path / "planted.baktmp"
    planted.symlink_to(victim)
    with pytest.raises(FileExistsError):
        atomic._copy_exclusive(target if target.exists() else victim, planted)
    assert victim.read_text(encoding="utf-8") == "keep me"
    # Without hard links the backup is copied, still exclusively.
    target.write_bytes(b"v1")
    monkeypatch.setattr(os, "link", lambda *a: (_ for _ in ()).throw(OSError("no links")))
    atomic.atomic_write(target, b"v2")
    assert target.read_bytes() == b"v2" and (tmp_path / "p.briefing.bak").read_bytes() == b"v1"


def test_private_files_are_owner_only(tmp_path):
    import stat

    from briefing.storage.atomic import write_atomic

    path = tmp_path / "secret.json"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0o644)
    write_atomic(path, lambda handle: handle.write(b'{"k": "v"}'), private=True)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

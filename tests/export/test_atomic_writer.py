"""Exports write through the core's one atomic writer, with the same guarantees as saves."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from briefing.export import ExportError, export_note
from briefing.storage import atomic
from tests.storage.helpers import sample_project


def test_there_is_one_atomic_writer() -> None:
    assert importlib.util.find_spec("briefing.export.atomic") is None


@pytest.mark.parametrize("suffix", [".md", ".docx"])
def test_export_goes_through_write_atomic(tmp_path, monkeypatch, suffix) -> None:
    calls: list[Path] = []
    real = atomic.write_atomic

    def spy(path, write, **kwargs):
        calls.append(Path(path))
        return real(path, write, **kwargs)

    monkeypatch.setattr(atomic, "write_atomic", spy)
    target = tmp_path / f"n{suffix}"
    export_note(sample_project(), target)
    assert calls == [target]
    assert target.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no temp, no .bak


def test_export_fsyncs_file_and_folder(tmp_path, monkeypatch) -> None:
    synced: list[int] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy)
    dirs: list[Path] = []
    real_dir = atomic.fsync_dir
    monkeypatch.setattr(atomic, "fsync_dir", lambda folder: (dirs.append(folder), real_dir(folder)))
    export_note(sample_project(), tmp_path / "n.md")
    assert synced and dirs == [tmp_path]


def test_streaming_writer_failure_leaves_old_file(tmp_path) -> None:
    target = tmp_path / "x.bin"
    target.write_bytes(b"old")

    def half(handle) -> None:
        handle.write(b"half")
        raise OSError(5, "Input/output error")

    with pytest.raises(OSError):
        atomic.write_atomic(target, half)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.bin"]


def test_export_error_names_the_failure(tmp_path, monkeypatch) -> None:
    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "write_atomic", full)
    with pytest.raises(ExportError, match="No space left"):
        export_note(sample_project(), tmp_path / "n.md")

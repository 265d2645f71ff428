"""The project keeps each release's original file (Preferences) and gives it back out."""

from __future__ import annotations

import hashlib
import json

from briefing.app.panels.preferences import (
    KEEP_ORIGINALS_SETTING,
    PreferencesDialog,
    keep_originals,
)

from .test_project_files import new_window

# Written in cp949 on purpose: the original must come back byte for byte, not as the
# UTF-8 text Briefing reads it into.
RELEASE = (
    "외교부 보도자료\n\n"
    "1. 양국 장관은 서울에서 회담을 가졌다.\n\n"
    "2. 양측은 평화유지 협력을 강화하기로 합의하였다.\n"
).encode("cp949")


def _saved_project(window, monkeypatch, path) -> None:
    monkeypatch.setattr("briefing.app.features.project_feature.choose_save_path", lambda *_a: str(path))
    assert window.project_doc.save()


def test_original_is_kept_saved_and_written_back_byte_for_byte(
    window, qtbot, settings, tmp_path, monkeypatch
) -> None:
    source = tmp_path / "statement.txt"
    source.write_bytes(RELEASE)
    assert keep_originals(settings)  # on by default
    assert window.open_path(source)
    release = window.project.releases[0]
    assert release.source.original == RELEASE
    assert release.source.sha256 == hashlib.sha256(RELEASE).hexdigest()
    assert window.actions["actionSaveOriginal"].isEnabled()
    project_path = tmp_path / "statement.briefing"
    _saved_project(window, monkeypatch, project_path)
    source.unlink()  # the file is gone: the project still has it
    window.close()

    other = new_window(qtbot, settings)
    assert other.open_path(project_path)
    assert other.actions["actionSaveOriginal"].isEnabled()
    out = tmp_path / "out" / "statement.txt"
    out.parent.mkdir()
    monkeypatch.setattr(
        "briefing.app.features.original_file_feature.choose_original_path", lambda _parent, _title, start: str(out)
    )
    other.actions["actionSaveOriginal"].trigger()
    assert out.read_bytes() == RELEASE
    assert "statement.txt" in other.statusBar().currentMessage()


def test_preference_off_keeps_only_name_and_sha256(window, settings, tmp_path, monkeypatch):
    dialog = PreferencesDialog(window.parts, window.recovery.restart_timer)
    assert dialog.keep_originals.isChecked()
    dialog.keep_originals.setChecked(False)
    dialog.apply()
    assert settings.value(KEEP_ORIGINALS_SETTING) in (False, "false")
    assert not keep_originals(settings)
    assert not PreferencesDialog(window.parts, window.recovery.restart_timer).keep_originals.isChecked()  # reads it back

    source = tmp_path / "statement.txt"
    source.write_bytes(RELEASE)
    assert window.open_path(source)
    release = window.project.releases[0]
    assert not release.source.has_original
    assert release.source.sha256 == hashlib.sha256(RELEASE).hexdigest()
    assert not window.actions["actionSaveOriginal"].isEnabled()
    project_path = tmp_path / "p.briefing"
    _saved_project(window, monkeypatch, project_path)
    saved = json.loads(project_path.read_text(encoding="utf-8"))["releases"][0]["source"]
    assert "original_base64" not in saved and saved["path"].endswith("statement.txt")


def test_a_copy_that_does_not_match_its_sha256_is_not_written(window, tmp_path, errors):
    source = tmp_path / "statement.txt"
    source.write_bytes(RELEASE)
    assert window.open_path(source)
    release = window.project.releases[0]
    release.source.original = b"something else"  # a damaged project, say
    out = tmp_path / "copy.txt"
    assert not window.original_saver.save(release, out)
    assert not out.exists()
    assert len(errors) == 1 and "sha256" in errors[0] and "statement.txt" in errors[0]

"""The release text is read-only until the user turns editing on; stray keys and failed
shortcuts never replace text; undo keeps annotations exact and the modified mark follows
the undo stack's clean state (the lost-annotation sequence of issue 15, as a regression
test through the real window)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from .conftest import make_release, select_text
from .test_annotate_and_summarise import PARAS, annotate

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def test_read_only_by_default_a_stray_key_changes_nothing(window, qtbot):
    window.set_release(make_release(PARAS))
    text = window.editor.toPlainText()
    assert not window.edit_mode.editing
    assert window.findChild(type(window.edit_mode.marker), "editModeMarker").text() == "Read-only"
    select_text(window, "The two ministers agreed to strengthen cooperation on peacekeeping.")
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_X)
    qtbot.keyClick(window.editor, Qt.Key.Key_Delete)
    assert window.editor.toPlainText() == text
    assert "read-only" in window.statusBar().currentMessage()
    assert not window.ctrl.undo_stack.canUndo()
    # Selecting with the keyboard still works (to annotate without the mouse).
    qtbot.keyClick(window.editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert window.editor.textCursor().hasSelection()


def test_the_mode_is_a_checkable_action_with_a_visible_marker(window, qtbot):
    window.set_release(make_release(PARAS))
    action = window.actions["actionEditRelease"]
    assert action.isCheckable() and action.shortcut().toString() == "Ctrl+Shift+E"
    action.trigger()
    assert window.edit_mode.editing and "Editing" in window.edit_mode.marker.text()
    select_text(window, "Monday")
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "Tuesday")
    assert "on Tuesday." in window.editor.toPlainText()
    action.trigger()
    assert not window.edit_mode.editing and window.edit_mode.marker.text() == "Read-only"


def test_a_failed_shortcut_never_types_its_letter(window, qtbot):
    window.set_release(make_release(PARAS))
    window.actions["actionEditRelease"].setChecked(True)
    text = window.editor.toPlainText()
    select_text(window, "Le Drian")
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_K, CTRL_ALT)  # no such shortcut
    assert window.editor.toPlainText() == text


def test_the_lost_annotation_sequence(window, qtbot, tmp_path, monkeypatch):
    """Annotate inside a paragraph, save, select the whole paragraph, type over it, undo:
    the text, the annotation's offsets and quote, and the saved file are as before, and
    the window shows no unsaved changes."""
    window.set_release(make_release(PARAS))
    note = annotate(window, qtbot, "agreed to strengthen", "commitment")
    path = tmp_path / "work.briefing"
    monkeypatch.setattr(
        "briefing.app.features.project_feature.choose_save_path", lambda *_a: str(path)
    )
    assert window.project_doc.save_as()
    saved = path.read_bytes()
    assert not window.isWindowModified()
    text = window.editor.toPlainText()
    window.actions["actionEditRelease"].setChecked(True)
    select_text(window, PARAS[1])
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_X)
    assert window.isWindowModified()
    window.actions["actionUndo"].trigger()
    assert window.editor.toPlainText() == text
    window.ctrl.sync_anchors()
    release = window.project.releases[0]
    assert release.text[note.anchor.start : note.anchor.end] == "agreed to strengthen"
    assert note.anchor.quote == "agreed to strengthen"
    assert not window.isWindowModified()
    assert window.project_doc.save()
    # The same file but the save's own time stamp (a second may pass between the saves on
    # a loaded machine).
    assert _without_save_time(path.read_bytes()) == _without_save_time(saved)


def _without_save_time(data: bytes) -> dict:
    project = json.loads(data)
    project.pop("modified", None)
    return project

"""Part 1: the window opens releases, follows tree <-> text, and survives bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextCursor

from briefing.app.document.outline_model import NodeKeyRole

from .conftest import SAMPLE, make_release


def test_object_names(window):
    from PySide6.QtWidgets import QPlainTextEdit, QTreeView

    assert window.objectName() == "MainWindow"
    assert window.findChild(QTreeView, "outlineView") is window.tree
    assert window.findChild(QPlainTextEdit, "sourceEditor") is window.editor
    for name in ("actionOpen", "actionImport", "actionUndo", "actionRedo", "actionFind",
                 "actionAnnotate", "actionSave", "actionSaveAs", "actionExportDocx"):
        assert window.actions[name].objectName() == name


def test_open_sample_shows_tree_and_text(window):
    assert window.open_path(SAMPLE)
    release = window.project.releases[0]
    assert window.editor.toPlainText() == release.text
    assert window.tree.model().rowCount() == 1
    assert window.current is not None  # the first node is selected


def test_clicking_a_node_selects_its_text(window, qtbot):
    release = make_release(["First paragraph here.", "Second paragraph, longer text."])
    window.set_release(release)
    index = window.proxy.mapFromSource(window.ctrl.outline.index_of("r1", "p2"))
    rect = window.tree.visualRect(index)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    node = release.node("p2")
    assert window.editor.textCursor().selectedText() == release.text[node.start : node.end]
    assert window.current == ("r1", "p2")


def test_moving_the_cursor_selects_its_node(window, qtbot):
    release = make_release(["First paragraph here.", "Second paragraph."])
    window.set_release(release)
    window.editor.setFocus()
    cursor = window.editor.textCursor()
    cursor.setPosition(release.node("p1").start + 3)
    window.editor.setTextCursor(cursor)
    assert window.current == ("r1", "p1")
    qtbot.keyClick(window.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.current == ("r1", "p2")
    assert window.tree.currentIndex().data(NodeKeyRole) == ("r1", "p2")


def test_following_counts_utf16_for_emoji_and_korean(window):
    release = make_release(["😀 이모지 문단입니다.", "두 번째 😀😀 문단."])
    window.set_release(release)
    window.select_node("r1", "p2")
    node = release.node("p2")
    assert window.editor.textCursor().selectedText() == release.text[node.start : node.end]
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    window.select_node("r1", "p1")
    node = release.node("p1")
    assert window.editor.textCursor().selectedText() == release.text[node.start : node.end]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.txt", b""),
        ("junk.txt", bytes(range(256)) * 64),
        ("broken.docx", b"PK\x03\x04 not really a zip"),
        ("broken.pdf", b"%PDF-1.4 garbage"),
        ("notes.xyz", b"hello"),
    ],
)
def test_bad_files_give_one_line_and_app_stays_usable(window, errors, tmp_path, name, content):
    window.open_path(SAMPLE)
    path = tmp_path / name
    path.write_bytes(content)
    assert not window.open_path(path)
    assert len(errors) == 1
    assert "\n" not in errors[0] and "Traceback" not in errors[0]
    assert name in errors[0]
    # The previous release is still there and usable.
    assert window.project.releases and window.editor.toPlainText()


def test_huge_file_is_refused_quickly(window, errors, tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(200 * 2**20)  # sparse: 200 MB without writing it
    assert not window.open_path(path)
    assert "huge.txt" in errors[0] and "\n" not in errors[0]


def test_drop_a_file_opens_it(window, tmp_path):
    path = tmp_path / "dropped.txt"
    path.write_text("Dropped release\n\n1. A paragraph about talks.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.files.reading.wait()  # the drop started the read; it ends off-thread
    assert "A paragraph about talks." in window.editor.toPlainText()


def test_file_open_action_uses_a_dialog_without_blocking(window, qtbot, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "chosen.txt"
    path.write_text("Chosen\n\n1. Text of the chosen release.\n", encoding="utf-8")
    window.actions["actionOpen"].trigger()
    dialog = window.findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.fileSelected.emit(str(path))
    dialog.close()
    assert window.files.reading.wait()
    assert "chosen release" in window.editor.toPlainText()


def test_recent_files_are_remembered(window, settings):
    window.open_path(SAMPLE)
    assert window.recent.paths()[0] == str(Path(SAMPLE).resolve())


def test_run_app_opens_file_and_quits(tmp_path):
    """``python -m briefing FILE`` starts the real app on the file and shows the window.

    Run as a separate process, as the user's command is: a window built by ``run_app``
    inside this test process would outlive it and disturb later tests' focus."""
    import os
    import subprocess
    import sys

    path = tmp_path / "cli.txt"
    path.write_text("Title\n\n1. Body.\n", encoding="utf-8")
    env = dict(os.environ, BRIEFING_QUIT_AFTER_SHOW="1", QT_QPA_PLATFORM="offscreen",
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-m", "briefing", str(path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "BRIEFING_SHOWN" in done.stdout
    assert "Traceback" not in done.stderr


def test_drop_a_project_file_opens_the_project(window, tmp_path):
    from briefing.ingest import release_from_text
    from briefing.model import Project
    from briefing.storage import save_project

    release = release_from_text("Saved release\n\n1. A paragraph kept in a project.\n")
    release.root.children[-1].summary = "Kept summary"
    path = tmp_path / "work.briefing"
    save_project(Project(releases=[release]), path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    window.editor.insertFromMimeData(mime)  # dropped on the editor, not pasted as a URL
    assert "A paragraph kept in a project." in window.editor.toPlainText()
    assert window.project.releases[0].root.children[-1].summary == "Kept summary"
    assert "work" in window.windowTitle()

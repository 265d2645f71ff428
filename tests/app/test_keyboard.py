"""The main flow with the keyboard only: open -> annotate -> summarise -> draft -> export.

Only the file chooser is replaced (it is the desktop's dialog); everything else is key
presses sent to whichever widget has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from tests.app.conftest import SAMPLE

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


class FakeFileDialog(QObject):
    """Stands in for QFileDialog: "chooses" the sample as soon as it is opened."""

    fileSelected = Signal(str)
    FileMode = type("FileMode", (), {"ExistingFile": 0})

    def __init__(self, *_args) -> None:
        super().__init__()

    def setFileMode(self, _mode) -> None: ...

    def setAttribute(self, *_args) -> None: ...

    def open(self) -> None:
        self.fileSelected.emit(str(SAMPLE))


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press to the widget that has the keyboard focus (as the user's keyboard)."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifiers)


def test_keyboard_only_main_flow(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr("briefing.app.features.files_feature.QFileDialog", FakeFileDialog)
    window.activateWindow()
    window.tree.setFocus()  # where the window puts the focus at start

    # Open (Ctrl+O): the chooser is the fake one, the rest is the real window.
    press(qtbot, Qt.Key.Key_O, CTRL)
    window.files.reading.wait()  # the release is read off the GUI thread
    assert window.project.releases, "Ctrl+O opened nothing"

    # Annotate: Ctrl+2 to the text, select three words, Ctrl+Alt+M, type, Ctrl+Enter.
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert QApplication.focusWidget() is window.editor
    press(qtbot, Qt.Key.Key_Home, CTRL)
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Right, CTRL | SHIFT)
    assert window.editor.textCursor().hasSelection()
    press(qtbot, Qt.Key.Key_M, CTRL | ALT)
    comment = window.inspector.annotation_editor.comment
    assert QApplication.focusWidget() is comment
    qtbot.keyClicks(comment, "Check the title")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert [a.body for a in window.project.annotations] == ["Check the title"]

    # Summarise: Ctrl+1 to the outline, down to a paragraph, Ctrl+3 to the summary.
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert QApplication.focusWidget() is window.tree
    for _ in range(8):
        if window.current and window.ctrl.node(*window.current).kind == "paragraph":
            break
        press(qtbot, Qt.Key.Key_Down)
    rid, nid = window.current
    assert window.ctrl.node(rid, nid).kind == "paragraph"
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert QApplication.focusWidget() is window.inspector.summary
    qtbot.keyClicks(window.inspector.summary, "Ministers agreed to meet again")
    # Tab to the tags, Tab to "Include in brief", Space ticks it.
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.inspector.tags
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.inspector.include
    press(qtbot, Qt.Key.Key_Space)
    node = window.ctrl.node(rid, nid)
    assert node.summary == "Ministers agreed to meet again"
    assert node.include_in_brief

    # Draft the brief (Ctrl+Shift+D).
    press(qtbot, Qt.Key.Key_D, CTRL | SHIFT)
    body = window.brief_tab.body.toPlainText()
    assert "Ministers agreed to meet again" in body

    # Export (Ctrl+E): Tab to "Save to", type the path, Enter exports.
    press(qtbot, Qt.Key.Key_E, CTRL)
    dialog = window.exporter.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is dialog)
    for _ in range(20):
        if QApplication.focusWidget() is dialog.path:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.path
    target = tmp_path / "note.docx"
    press(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.path, str(target))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: target.exists() and not window.exporter.busy, timeout=30000)
    assert target.stat().st_size > 0


def test_shortcuts_window_lists_the_real_actions(qtbot, window):
    press_target = window
    window.activateWindow()
    qtbot.keyClick(press_target, Qt.Key.Key_Slash, CTRL)
    dialog = window.help.shortcuts
    assert dialog is not None and dialog.isVisible()
    rows = {(dialog.model.item(r, 0).text(), dialog.model.item(r, 1).text())
            for r in range(dialog.model.rowCount())}
    assert ("Annotate Selection", "Ctrl+Alt+M") in rows
    assert ("Export Briefing Note", "Ctrl+E") in rows
    assert ("Keyboard Shortcuts", "Ctrl+/") in rows
    # Every action with a shortcut is listed: the table is built from them, not by hand.
    with_keys = {a.objectName() for a in window.actions.values() if a.shortcuts()}
    assert dialog.model.rowCount() >= len(with_keys)
    qtbot.keyClicks(dialog.filter, "annot")
    assert 0 < dialog.proxy.rowCount() < dialog.model.rowCount()

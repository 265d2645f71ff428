"""A new annotation is written beside the selection (not at the inspector's foot), and
the editor goes back to the inspector when it closes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import make_release, select_text
from .test_annotate_and_summarise import PARAS

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def test_popover_opens_under_the_selection_and_gives_the_editor_back(window, qtbot):
    window.resize(1280, 800)
    window.set_release(make_release(PARAS))
    select_text(window, "agreed to strengthen")
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_M, CTRL_ALT)
    popover = window.annotations.popover
    panel = window.inspector.annotation_editor
    assert popover.is_open() and panel.parentWidget() is popover
    # Just under the selected words, inside the window.
    cursor = window.editor.textCursor()
    words = window.editor.cursorRect(cursor)
    top_left = window.editor.viewport().mapTo(window, words.bottomLeft())
    assert 0 <= popover.y() - top_left.y() <= 40
    assert window.rect().contains(popover.geometry())
    assert panel.comment.hasFocus()
    qtbot.keyClicks(panel.comment, "commitment")
    qtbot.keyClick(panel.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not popover.isVisible()
    assert panel.parentWidget() is window.inspector and not panel.isVisible()
    assert window.project.annotations[-1].body == "commitment"


def test_escape_cancels_and_editing_an_existing_one_uses_the_inspector(window, qtbot):
    from .test_annotate_and_summarise import annotate

    window.set_release(make_release(PARAS))
    note = annotate(window, qtbot, "Le Drian", "name")
    select_text(window, "Brussels")
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_M, CTRL_ALT)
    assert window.annotations.popover.is_open()
    qtbot.keyClick(window.inspector.annotation_editor.comment, Qt.Key.Key_Escape)
    assert not window.annotations.popover.isVisible()
    window.annotations.edit(note.id)
    assert window.inspector.annotation_editor.parentWidget() is window.inspector
    assert window.inspector.annotation_editor.isVisible()

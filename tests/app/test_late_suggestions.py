"""Glued-word suggestions arrive after a release is shown, computed off the GUI thread,
and never point at the wrong characters when the user types before they arrive."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from briefing.app.features import files


def glued(window) -> list:
    return [s for s in window.project.releases[0].suggestions if s.kind == "glued-words"]


def test_suggestions_arrive_after_the_window_shows_the_release(window, qtbot):
    assert window.open_path(files.sample_path())
    release = window.project.releases[0]
    assert release.text  # shown at once, before any word list is loaded
    qtbot.waitUntil(lambda: len(glued(window)) == 3, timeout=20000)
    assert {s.before for s in glued(window)} == {"theBusan", "Declarationon", "TheBusan"}
    qtbot.waitUntil(lambda: window.suggestions.list.count() == 3, timeout=5000)
    for sug in glued(window):
        assert release.text[sug.start : sug.end] == sug.before


def test_typing_before_they_arrive_keeps_them_on_their_words(window, qtbot):
    assert window.open_path(files.sample_path())
    editor = window.editor
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    editor.setTextCursor(cursor)
    editor.setFocus()
    window.actions["actionEditRelease"].setChecked(True)  # the text is read-only until asked
    qtbot.keyClicks(editor, "Draft copy. ")  # shifts every suggestion by 12 characters
    qtbot.waitUntil(lambda: window.suggestions.list.count() == 3, timeout=20000)
    window.ctrl.commit_text()
    release = window.project.releases[0]
    assert release.text.startswith("Draft copy. ")
    for sug in glued(window):
        assert release.text[sug.start : sug.end] == sug.before
    # Accepting one edits exactly its words.
    window.suggestions.list.setCurrentRow(0)
    first = window.suggestions.pending()[0]
    window.suggestions.accept_current()
    window.ctrl.commit_text()
    assert first.after in release.text

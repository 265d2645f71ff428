"""Find (Ctrl+F): next/previous with a count, F3/Shift+F3, Esc; the whole project; UTF-16."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import make_release
from .test_annotate_and_summarise import PARAS, annotate

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def open_find(window, qtbot, text: str):
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    type_into(qtbot, bar.edit, text)
    return bar


def type_into(qtbot, edit, text: str) -> None:
    """Type ASCII with keys; other text arrives committed, as from an input method
    (QTest cannot type Hangul: it aborts the process)."""
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def test_find_next_previous_count_and_escape(window, qtbot):
    window.set_release(make_release(PARAS))
    bar = open_find(window, qtbot, "minist")
    text = window.editor.toPlainText()
    # Minister, Minister, ministers, ministre: case-blind by default.
    assert bar.count.text() == "4 matches"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    cursor = window.editor.textCursor()
    assert cursor.selectedText().lower() == "minist"
    assert bar.count.text() == "1 of 4"
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3)
    assert bar.count.text() == "2 of 4"
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3, SHIFT)
    assert bar.count.text() == "1 of 4"
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3, SHIFT)  # wraps round to the last
    assert bar.count.text() == "4 of 4"
    assert window.editor.textCursor().selectionStart() == text.index("ministre")
    # Match case: only the lower-case ones.
    qtbot.mouseClick(bar.case, Qt.MouseButton.LeftButton)
    assert bar.count.text() == "2 of 2"  # the selected "minist" of "ministre" is one
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert all(sel.format.background().color().alpha() != 150 for sel in
               window.editor.extraSelections())


def test_find_counts_utf16_after_an_emoji_and_in_french(window, qtbot):
    window.set_release(make_release(PARAS))
    bar = open_find(window, qtbot, "회담을")
    window.actions["actionFindNext"].trigger()
    assert window.editor.textCursor().selectedText() == "회담을"  # after the 😀
    bar.edit.clear()
    type_into(qtbot, bar.edit, "COOPÉRATION")  # case-blind for accented capitals
    window.actions["actionFindNext"].trigger()
    assert window.editor.textCursor().selectedText() == "coopération"
    assert bar.count.text() == "1 of 1"


def test_find_sees_edits_after_typing(window, qtbot):
    window.set_release(make_release(PARAS))
    bar = open_find(window, qtbot, "Seoul")
    assert bar.count.text() == "No matches"
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    window.actions["actionEditRelease"].setChecked(True)  # the text is read-only until asked
    qtbot.keyClicks(window.editor, " Seoul")
    window.actions["actionFindNext"].trigger()
    assert bar.count.text() == "1 of 1"


def test_find_across_the_project(window, qtbot, tmp_path):
    window.set_release(make_release(PARAS))
    annotate(window, qtbot, "Le Drian", "Check the protocol for Brussels")
    window.select_node("r1", "p2")
    qtbot.keyClicks(window.inspector.summary, "Peacekeeping in Brussels")
    second = tmp_path / "second.txt"
    second.write_text("Second release\n\n1. Talks in Brussels on trade.\n", encoding="utf-8")
    window.import_path(second)
    window.brief_tab.body.setPlainText("## Key points\n\nMinisters met in Brussels.")
    window.brief_tab.flush()
    bar = open_find(window, qtbot, "brussels")
    qtbot.mouseClick(bar.project, Qt.MouseButton.LeftButton)
    results = window.finder.results
    assert window.finder.dock.isVisible()
    lines = [results.item(i).text() for i in range(results.count())]
    kinds = [hit.kind for hit in window.finder.hits]
    assert kinds.count("text") == 2 and "summary" in kinds and "comment" in kinds
    assert "brief" in kinds
    # (A result names its release by the title, "Second release": a two-word name alone
    # over the text is its title, session 41's short_titles.)
    assert any(line.startswith("Second release · paragraph 1.") for line in lines)
    assert "Comment on “Le Drian”: …Check the protocol for [Brussels]…" in lines
    # Clicking a result in the first release shows that release and selects the match.
    row = kinds.index("text")
    rect = results.visualItemRect(results.item(row))
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.ctrl.current_rid == "r1"
    assert window.editor.textCursor().selectedText() == "Brussels"
    # A summary result selects the node and the words in the summary editor.
    window.finder.go_to(window.finder.hits[kinds.index("summary")])
    assert window.current == ("r1", "p2")
    assert window.inspector.summary.textCursor().selectedText() == "Brussels"
    window.finder.go_to(window.finder.hits[kinds.index("brief")])
    assert window.tabs.currentWidget() is window.brief_tab
    assert window.brief_tab.body.textCursor().selectedText() == "Brussels"
    # F3 walks the results list.
    window.actions["actionFindNext"].trigger()
    assert "of" in bar.count.text()

"""File › Compare Releases…: two real successive resolutions side by side in the real
window — the change list, the filter, next/previous, "go to text", Add to Brief (undoable),
a file as the earlier version, a bad file, and Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from briefing.app.features.compare_feature import Side
from briefing.compare.brief_section import CHANGES

PAIRS = Path(__file__).parents[1] / "corpus" / "collected" / "pairs"
OLD = PAIRS / "unga_a-res-79-7-cuba-embargo-2024.pdf"
NEW = PAIRS / "unga_a-res-80-4-cuba-embargo-2025.pdf"


def _open_pair(window) -> tuple[str, str]:
    assert window.open_path(OLD)
    assert window.import_path(NEW)
    old, new = (r.id for r in window.project.releases)
    return old, new


def _dialog(window, qtbot):
    qtbot.waitUntil(lambda: bool(window.comparer.dialogs), timeout=10000)
    return window.comparer.dialogs[-1]


def test_two_releases_of_the_project_side_by_side(window, qtbot, monkeypatch):
    _old, new = _open_pair(window)
    window.select_node(new, None)
    monkeypatch.setattr(
        "briefing.app.features.compare_feature.choose_earlier", lambda _parent, names: 0
    )
    window.actions["actionCompare"].trigger()
    dialog = _dialog(window, qtbot)
    view = dialog.view
    # Every difference listed (7 changed: the symbol note in the head is cover furniture), none of the unchanged paragraphs.
    assert view.list.count() == 7
    assert "7 changed" in view.summary.text()
    html = view.text.toHtml()
    assert "eighty-first" in html and "eightieth" in html  # both versions, side by side
    # The filter: nothing was added.
    view.filter.setCurrentIndex(2)  # Added
    assert view.list.count() == 0 and not view.next.isEnabled()
    view.filter.setCurrentIndex(1)  # Changed
    assert view.list.count() == 7
    view.next.click()
    view.next.click()
    assert view.list.currentRow() == 2
    view.previous.click()
    assert view.list.currentRow() == 1
    # Hiding the unchanged paragraphs keeps every change.
    view.hide_same.setChecked(True)
    assert "eighty-first" in view.text.toHtml()
    # "Go to text" shows the paragraph in the main window.
    change = view.current_change()
    view.goto.emit("new", change.new[0].node_id)
    assert window.current == (new, change.new[0].node_id)


def test_add_to_brief_is_one_undo_step(window, qtbot):
    old, new = _open_pair(window)
    window.comparer.compare(Side(rid=old), Side(rid=new))
    dialog = _dialog(window, qtbot)
    qtbot.mouseClick(dialog.view.add, Qt.MouseButton.LeftButton)
    section = window.project.brief.section(CHANGES)
    assert section.paragraphs[0].text.startswith("Compared with")
    assert any(p.cites and p.cites[0][0] == new for p in section.paragraphs)
    window.ctrl.undo_stack.undo()
    assert not any(s.key == CHANGES and s.paragraphs for s in window.project.brief.sections)


def test_a_file_as_the_earlier_version(window, qtbot, monkeypatch):
    assert window.open_path(NEW)
    monkeypatch.setattr(
        "briefing.app.features.compare_feature.choose_file", lambda *_a: str(OLD)
    )
    window.actions["actionCompare"].trigger()  # one release: straight to the file dialog
    dialog = _dialog(window, qtbot)
    assert dialog.view.list.count() == 7
    assert "↗" not in dialog.view.text.toHtml().split("</th>")[-1].split("<td")[1]  # old: no link


def test_a_bad_file_is_one_line(window, qtbot, tmp_path, errors):
    assert window.open_path(NEW)
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7 this is not a PDF")
    window.comparer.compare(Side(path=str(bad)), Side(rid=window.project.releases[0].id))
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert errors[0].startswith("broken.pdf:") and "\n" not in errors[0]
    assert not window.comparer.dialogs


def test_cancel_drops_the_result(window, qtbot):
    old, new = _open_pair(window)
    window.comparer.compare(Side(rid=old), Side(rid=new))
    window.comparer.cancel()
    qtbot.wait(1500)  # the work finishes in the background; its result is dropped
    assert not window.comparer.dialogs
    assert "cancelled" in window.statusBar().currentMessage()


def test_annotate_either_side_opens_the_editor_on_that_passage(window, qtbot):
    from PySide6.QtGui import QTextCursor

    old, new = _open_pair(window)
    window.comparer.compare(Side(rid=old), Side(rid=new))
    view = _dialog(window, qtbot).view
    view.filter.setCurrentIndex(1)  # Changed
    # Select "eighty-first" on the new side of paragraph 4's row.
    document = view.text.document()
    found = document.find("eighty-first")
    assert not found.isNull()
    view.text.setTextCursor(found)
    side, _index, text = view.selection_target()
    assert (side, text) == ("new", "eighty-first")
    assert view.annotate_selection()
    # The main window shows release r2 with exactly that passage selected, editor open.
    assert window.ctrl.current_rid == new
    cursor = window.editor.textCursor()
    assert cursor.selectedText() == "eighty-first"
    assert window.annotations.pending is not None
    # Across two paragraphs: nothing to annotate.
    across = QTextCursor(document)
    across.setPosition(document.find("Necessity").position())
    across.setPosition(document.find("eighty-first").position(), QTextCursor.MoveMode.KeepAnchor)
    view.text.setTextCursor(across)
    assert view.selection_target() is None

"""Part 2, items 1-2: annotate, summarise, tag, include in brief — and undo/redo each."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing.app.panels.annotation_panel import AnnotationIdRole

from .conftest import make_release, select_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier

PARAS = [
    "Foreign Minister Chung met Minister Le Drian in Brussels on Monday.",
    "The two ministers agreed to strengthen cooperation on peacekeeping.",
    "Le ministre a déclaré : « la coopération est essentielle ».",
    "외교부 장관은 평화유지 협력을 강조하였다 😀 그리고 회담을 마쳤다.",
]


def annotate(window, qtbot, needle: str, comment: str, tags: tuple[str, ...] = ()):
    select_text(window, needle)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.AltModifier)
    panel = window.inspector.annotation_editor
    assert panel.isVisible()
    qtbot.keyClicks(panel.comment, comment)
    for i in range(panel.tags.count()):
        if panel.tags.item(i).text() in tags:
            panel.tags.item(i).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(panel.comment, Qt.Key.Key_Return, CTRL)
    assert not panel.isVisible()
    return window.project.annotations[-1]


def test_annotate_selection_highlights_lists_and_undoes(window, qtbot):
    window.set_release(make_release(PARAS))
    annotation = annotate(window, qtbot, "agreed to strengthen", "Key commitment", ("Key point",))
    assert annotation.anchor.quote == "agreed to strengthen"
    assert annotation.body == "Key commitment" and annotation.tags == ["Key point"]
    assert len(window.editor.extraSelections()) == 1  # the annotation (node band is painted)
    assert window.editor.node_span is not None
    assert window.annotation_panel.count() == 1
    assert window.current == ("r1", "p2")
    assert window.inspector.notes.count() == 1
    # Hover text
    pos = window.editor.textCursor().selectionStart() + 2
    assert "Key commitment" in window.annotations.tooltip_at(pos)
    # Undo / redo with the keyboard.
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)
    assert window.project.annotations == []
    assert window.annotation_panel.count() == 0
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL_SHIFT)
    assert [a.id for a in window.project.annotations] == [annotation.id]


def test_nested_overlapping_edit_delete_and_jump(window, qtbot):
    window.set_release(make_release(PARAS))
    outer = annotate(window, qtbot, "met Minister Le Drian in Brussels", "outer")
    inner = annotate(window, qtbot, "Le Drian", "inner", ("Quote",))
    overlap = annotate(window, qtbot, "Brussels on Monday", "overlap")
    feature = window.annotations
    pos = window.editor.toPlainText().index("Drian") + 1
    assert feature.ids_at(pos) == [outer.id, inner.id]  # innermost last
    # Edit through the panel.
    feature.edit(inner.id)
    panel = window.inspector.annotation_editor
    panel.comment.selectAll()
    qtbot.keyClicks(panel.comment, "edited")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert inner.body == "edited"
    window.undo_stack.undo()
    assert inner.body == "inner"
    window.undo_stack.redo()
    # Filter the panel by tag and text, then click to jump.
    window.annotation_panel.tag_filter.setCurrentText("Quote")
    assert window.annotation_panel.count() == 1
    window.annotation_panel.tag_filter.setCurrentText("All tags")
    qtbot.keyClicks(window.annotation_panel.text_filter, "overlap")
    window.annotation_panel.flush()
    view = window.annotation_panel.list
    assert view.model().rowCount() == 1
    index = view.model().index(0, 0)
    assert index.data(AnnotationIdRole) == overlap.id
    rect = view.visualRect(index)
    assert rect.isValid()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.textCursor().selectedText() == "Brussels on Monday"
    # Delete the one under the cursor.
    window.actions["actionDeleteAnnotation"].trigger()
    assert overlap not in window.project.annotations
    window.undo_stack.undo()
    assert overlap in window.project.annotations


def test_korean_and_french_annotations_use_utf16_positions(window, qtbot):
    window.set_release(make_release(PARAS))
    korean = annotate(window, qtbot, "회담을 마쳤다", "after the emoji")
    french = annotate(window, qtbot, "« la coopération est essentielle »", "quote")
    text = window.project.releases[0].text
    assert text[korean.anchor.start : korean.anchor.end] == "회담을 마쳤다"
    assert text[french.anchor.start : french.anchor.end] == "« la coopération est essentielle »"
    window.annotations.jump(korean.id)
    assert window.editor.textCursor().selectedText() == "회담을 마쳤다"


def test_summary_tags_include_with_undo(window, qtbot):
    release = make_release(PARAS)
    window.set_release(release)
    window.select_node("r1", "p2")
    inspector = window.inspector
    qtbot.keyClicks(inspector.summary, "Agree on peacekeeping")
    node = release.node("p2")
    assert node.summary == "Agree on peacekeeping"
    tree_summary = window.ctrl.outline.index_of("r1", "p2", 2).data()
    assert tree_summary == "Agree on peacekeeping"
    # Typing merges into one undo step.
    window.undo_stack.undo()
    assert node.summary == ""
    assert inspector.summary.toPlainText() == ""
    window.undo_stack.redo()
    assert inspector.summary.toPlainText() == "Agree on peacekeeping"
    # Tags
    inspector.tags.item(0).setCheckState(Qt.CheckState.Checked)
    assert node.tags == ["Key point"]
    assert window.ctrl.outline.index_of("r1", "p2", 4).data() == "Key point"
    window.undo_stack.undo()
    assert node.tags == []
    window.undo_stack.redo()
    # Include in brief, by keyboard.
    inspector.include.setFocus()
    qtbot.keyClick(inspector.include, Qt.Key.Key_Space)
    assert node.include_in_brief
    window.undo_stack.undo()
    assert not node.include_in_brief
    window.undo_stack.redo()
    assert node.include_in_brief
    # Selecting another node shows its (empty) fields; going back shows ours.
    window.select_node("r1", "p1")
    assert inspector.summary.toPlainText() == ""
    window.select_node("r1", "p2")
    assert inspector.summary.toPlainText() == "Agree on peacekeeping"


def test_tree_filter_and_tag_list_edit(window, qtbot):
    window.set_release(make_release(PARAS))
    qtbot.keyClicks(window.outline_filter, "Le Drian")
    root = window.proxy.index(0, 0)
    assert window.proxy.rowCount(root) == 1  # only p1 mentions him
    window.outline_filter.clear()
    window.node_feature.set_tag_names_from_text("Key point, Risk, Action")
    assert window.project.tag_names == ["Key point", "Risk", "Action"]
    window.undo_stack.undo()
    assert "Background" in window.project.tag_names


def test_history_is_in_the_edit_menu(window, qtbot):
    window.set_release(make_release(PARAS))
    window.select_node("r1", "p1")
    qtbot.keyClicks(window.inspector.summary, "x")
    window.actions["actionUndoHistory"].trigger()
    assert window.history_dock.isVisible()
    assert window.undo_stack.count() == 1

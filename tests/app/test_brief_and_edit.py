"""Part 2, items 3-5: edit the source with annotations staying put, import, draft the brief."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from .conftest import make_release, select_text
from .test_annotate_and_summarise import PARAS, annotate

CTRL = Qt.KeyboardModifier.ControlModifier


def test_typing_before_an_annotation_keeps_it_on_its_text(window, qtbot):
    window.set_release(make_release(PARAS))
    annotation = annotate(window, qtbot, "Le Drian", "name")
    # Fix a "typo" before the annotation: type at the start of paragraph 1's body.
    start, _ = select_text(window, "Foreign Minister")
    cursor = window.editor.textCursor()
    cursor.setPosition(start)
    window.editor.setTextCursor(cursor)
    window.actions["actionEditRelease"].setChecked(True)  # the text is read-only until asked
    qtbot.keyClicks(window.editor, "The ")
    window.ctrl.sync_anchors()
    text = window.project.releases[0].text
    assert text.startswith("Test release\n\n1. The Foreign")
    assert text[annotation.anchor.start : annotation.anchor.end] == "Le Drian"
    # The typing is one undo step on the same stack; undo puts the text back.
    window.undo_stack.undo()
    window.ctrl.sync_anchors()
    text = window.project.releases[0].text
    assert "1. Foreign" in text
    assert text[annotation.anchor.start : annotation.anchor.end] == "Le Drian"


def test_editing_inside_korean_text_before_an_emoji(window, qtbot):
    window.set_release(make_release(PARAS))
    annotation = annotate(window, qtbot, "회담을", "meeting")
    select_text(window, "강조하였다")
    cursor = window.editor.textCursor()
    cursor.setPosition(cursor.selectionStart())
    window.editor.setTextCursor(cursor)
    # Korean arrives through the input method as committed text; QTest cannot type it.
    window.editor.insertPlainText("크게 ")
    window.ctrl.sync_anchors()
    text = window.project.releases[0].text
    assert text[annotation.anchor.start : annotation.anchor.end] == "회담을"


def test_import_adds_a_top_level_release_and_undoes(window, tmp_path):
    window.set_release(make_release(PARAS))
    path = tmp_path / "second.txt"
    path.write_text("Second release\n\n1. Another statement on trade.\n", encoding="utf-8")
    assert window.import_path(path)
    assert [r.id for r in window.project.releases] == ["r1", "r2"]
    assert window.tree.model().rowCount() == 2
    assert "Another statement" in window.editor.toPlainText()
    window.undo_stack.undo()
    assert len(window.project.releases) == 1
    window.undo_stack.redo()
    assert len(window.project.releases) == 2


def test_draft_brief_from_included_summaries_keeps_hand_edits(window, qtbot):
    release = make_release(PARAS)
    window.set_release(release)
    for nid, summary in (("p2", "Ministers agreed to cooperate."), ("p1", "Chung met Le Drian.")):
        window.select_node("r1", nid)
        qtbot.keyClicks(window.inspector.summary, summary)
        window.inspector.include.setChecked(True)
    window.actions["actionDraftBrief"].trigger()
    body = window.brief_tab.body.toPlainText()
    assert window.tabs.currentWidget() is window.brief_tab
    assert body.index("Chung met Le Drian.") < body.index("Ministers agreed to cooperate.")
    assert "(para 1)" in body and "(para 2)" in body
    assert "words" in window.brief_tab.count.text()
    # Staff edit a key point by hand.
    editor = window.brief_tab.body
    cursor = editor.document().find("Ministers agreed to cooperate.")
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, " Hand note.")
    window.brief_tab.flush()
    key_points = window.project.brief.section("key_points").paragraphs
    assert any("Hand note." in p.text and not p.drafted for p in key_points)
    # Change a summary and re-draft: the hand-written paragraph survives.
    window.select_node("r1", "p1")
    qtbot.keyClicks(window.inspector.summary, " Again.")
    window.actions["actionDraftBrief"].trigger()
    body = window.brief_tab.body.toPlainText()
    assert "Chung met Le Drian. Again." in body and "Hand note." in body
    # Undo the re-draft.
    window.undo_stack.undo()
    assert "Again." not in window.brief_tab.body.toPlainText()


def test_brief_header_fields_are_undoable(window, qtbot):
    window.set_release(make_release(PARAS))
    window.tabs.setCurrentWidget(window.brief_tab)
    field = window.brief_tab.fields["subject"]
    field.setFocus()
    qtbot.keyClicks(field, "Peacekeeping ministerial")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.project.brief.header.subject == "Peacekeeping ministerial"
    window.brief_tab.for_decision.click()
    assert window.project.brief.header.purpose == "decision"
    window.undo_stack.undo()
    assert window.project.brief.header.purpose == "information"

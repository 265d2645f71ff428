"""Cleanup suggestions: accept one, accept all (one undo step), dismiss; annotations and
nodes stay on their words; suggestions whose text changed drop out."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing.app.features.suggestions_feature import minimal_edit
from briefing.model import Suggestion

from .conftest import make_release, select_text
from .test_annotate_and_summarise import annotate

PARAS = [
    "Ministers met in theSeoul office on Monday.",
    "They adopted theBusan Declarationon maritime safety.",
    "외교부 😀 장관은 theBusan 회의에서 발언하였다.",
]


def release_with_suggestions():
    release = make_release(PARAS)
    text = release.text
    for before, after in (("theSeoul", "the Seoul"), ("theBusan", "the Busan"),
                          ("Declarationon", "Declaration on")):
        start = text.index(before)
        release.suggestions.append(Suggestion("glued-words", start, start + len(before),
                                              before, after))
    start = text.rindex("theBusan")  # after the emoji: code points != UTF-16 units
    release.suggestions.append(Suggestion("glued-words", start, start + 8, "theBusan",
                                          "the Busan"))
    return release


def rows(window) -> list[str]:
    lst = window.suggestions.list
    return [lst.item(i).text().splitlines()[0] for i in range(lst.count())]


def test_minimal_edit_keeps_the_common_ends():
    assert minimal_edit("theSeoul", "the Seoul") == (3, 3, " ")
    assert minimal_edit("line\nbreak", "line break") == (4, 5, " ")


def test_list_accept_one_and_undo(window, qtbot):
    release = release_with_suggestions()
    window.set_release(release)
    assert rows(window) == ["Glued words: theSeoul → the Seoul",
                            "Glued words: theBusan → the Busan",
                            "Glued words: Declarationon → Declaration on",
                            "Glued words: theBusan → the Busan"]
    assert "[theSeoul]" in window.suggestions.list.item(0).text()  # with context
    seoul = annotate(window, qtbot, "Seoul office", "where")
    qtbot.mouseClick(window.suggestions.accept_button, Qt.MouseButton.LeftButton)
    assert "in the Seoul office" in window.editor.toPlainText()
    assert len(rows(window)) == 3
    window.ctrl.sync_anchors()
    assert seoul.anchor.quote == "Seoul office"  # the inserted space went before it
    assert window.undo_stack.undoText() == "Accept Suggestion"
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "in theSeoul office" in window.editor.toPlainText()
    window.suggestions.refresh()
    assert len(rows(window)) == 4


def test_accept_all_is_one_undo_step_and_annotations_stay(window, qtbot):
    release = release_with_suggestions()
    window.set_release(release)
    between = annotate(window, qtbot, "adopted", "between two suggestions", ("Key point",))
    korean = annotate(window, qtbot, "회의에서", "after the emoji")
    count = window.undo_stack.count()
    window.actions["actionAcceptAllSuggestions"].trigger()
    assert window.undo_stack.count() == count + 1
    text = window.editor.toPlainText()
    assert "the Seoul" in text and "the Busan Declaration on" in text
    assert "😀 장관은 the Busan 회의에서" in text
    assert rows(window) == []
    window.ctrl.sync_anchors()
    assert between.anchor.quote == "adopted" and korean.anchor.quote == "회의에서"
    node = release.node("p2")
    assert release.text[node.start:node.end].startswith("2. They adopted the Busan")
    window.undo_stack.undo()
    window.ctrl.sync_anchors()
    assert "theBusan Declarationon" in release.text
    assert between.anchor.quote == "adopted" and korean.anchor.quote == "회의에서"
    window.suggestions.refresh()
    assert len(rows(window)) == 4
    window.undo_stack.redo()
    window.suggestions.refresh()
    assert rows(window) == []


def test_dismiss_is_undoable_and_edited_text_drops_a_suggestion(window, qtbot):
    window.set_release(release_with_suggestions())
    window.suggestions.list.setCurrentRow(2)
    qtbot.mouseClick(window.suggestions.dismiss_button, Qt.MouseButton.LeftButton)
    assert "Glued words: Declarationon → Declaration on" not in rows(window)
    window.undo_stack.undo()
    assert len(rows(window)) == 4
    # Fix one by hand: it no longer applies.
    select_text(window, "theSeoul")
    window.editor.insertPlainText("the Seoul")
    window.suggestions.refresh()
    assert "Glued words: theSeoul → the Seoul" not in rows(window)
    assert len(rows(window)) == 3


def test_deleted_annotation_text_comes_back_on_undo(window, qtbot):
    window.set_release(make_release(PARAS))
    annotation = annotate(window, qtbot, "Monday", "day")
    select_text(window, "on Monday.")
    window.actions["actionEditRelease"].setChecked(True)  # the text is read-only until asked
    qtbot.keyClick(window.editor, Qt.Key.Key_Delete)
    window.ctrl.sync_anchors()
    assert annotation.anchor.quote == ""
    window.undo_stack.undo()
    window.ctrl.sync_anchors()
    assert annotation.anchor.quote == "Monday"
    spans = [(s.cursor.selectionStart(), s.cursor.selectionEnd())
             for s in window.editor.extraSelections()]
    assert window.ctrl.session().annotations.get(annotation.id) in spans

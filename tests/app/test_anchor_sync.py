"""Saving brings every anchor up to date, and skips only anchors that are already current."""

from __future__ import annotations

from briefing.model import Anchor

from .conftest import make_release, select_text
from .test_annotate_and_summarise import PARAS, annotate


def test_anchors_follow_edits_across_saves(window, qtbot) -> None:
    window.set_release(make_release(PARAS))
    note = annotate(window, qtbot, "agreed to strengthen", "commitment")
    window.ctrl.sync_anchors()
    first = note.anchor
    window.ctrl.sync_anchors()
    assert note.anchor is first  # nothing changed: the same anchor is kept

    # Typing right before the quote changes its prefix and offsets.
    start, _end = select_text(window, "agreed to strengthen")
    cursor = window.editor.textCursor()
    cursor.setPosition(start - 1)
    window.editor.setTextCursor(cursor)
    window.editor.insertPlainText(" really")
    window.ctrl.sync_anchors()
    text = window.project.releases[0].text
    assert note.anchor is not first
    assert text[note.anchor.start : note.anchor.end] == "agreed to strengthen"
    assert note.anchor.prefix.endswith("ministers really ")
    assert note.anchor == Anchor.from_text(text, note.anchor.start, note.anchor.end)

    # An anchor replaced from outside (an update, an undo) is never taken as current.
    note.anchor = Anchor(0, 4, "Test")
    window.ctrl.sync_anchors()
    assert text[note.anchor.start : note.anchor.end] == "agreed to strengthen"

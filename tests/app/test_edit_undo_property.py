"""Property test through the real window: random edits, undos and redos of the release
text never damage an annotation. Every state the undo stack revisits has the same text
the same annotation offsets and quotes and the same outline offsets as when it was first
reached, and undoing back to the saved state gives the saved file again (all but the view
state: where the caret is), with no unsaved-changes mark.
"""

from __future__ import annotations

import json
import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from .conftest import make_release
from .test_annotate_and_summarise import PARAS

MORE = [
    *PARAS,
    "The ministers welcomed the progress made since their last meeting in Seoul.",
    "They agreed to meet again next year, in Paris, to review the plan of action.",
]
NEEDLES = ["Le Drian in Brussels", "agreed to strengthen", "coopération", "평화유지", "Seoul", "Paris"]
STEPS = 40


def _state(window) -> tuple[str, list, list]:
    window.ctrl.sync_anchors()
    release = window.project.releases[0]
    anchors = sorted(
        (a.id, a.anchor.start, a.anchor.end, a.anchor.quote) for a in window.project.annotations
    )
    nodes = [(n.id, n.start, n.body_start, n.end) for n in release.nodes()]
    return release.text, anchors, nodes


def _annotate_quietly(window, needle: str) -> None:
    """An annotation made the way the window makes one (controller + undo command)."""
    from briefing.app.document import commands

    rid = window.project.releases[0].id
    text = window.project.releases[0].text
    start = text.index(needle)
    ctrl = window.ctrl
    annotation = ctrl.new_annotation(
        rid, ctrl.to_editor(rid, start), ctrl.to_editor(rid, start + len(needle))
    )
    annotation.body = f"on {needle}"
    window.undo_stack.push(commands.AddAnnotation(ctrl, annotation))


def _random_edit(window, qtbot, rnd: random.Random) -> None:
    editor = window.editor
    size = editor.document().characterCount() - 1
    start = rnd.randrange(0, max(1, size))  # the walk may have deleted everything
    end = min(size, start + rnd.choice([0, 0, 1, 3, 12, 40, 90]))
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    kind = rnd.choice(["type", "type", "delete", "backspace", "paste"])
    if kind == "type":
        qtbot.keyClicks(editor, rnd.choice(["x", "new ", "and"]))
    elif kind == "delete":
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    elif kind == "backspace":
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    else:
        # Pasted or typed through an input method (QTest types ASCII keys only).
        editor.insertPlainText(rnd.choice(["\n\nA new line.", " (inserted) ", "😀", "é", "한국 "]))
    window.ctrl.commit_text()


@pytest.mark.parametrize("seed", range(12))
def test_random_edits_undo_redo_keep_annotations_exact(window, qtbot, tmp_path, monkeypatch, seed):
    rnd = random.Random(seed)
    window.set_release(make_release(MORE))
    for needle in NEEDLES:
        _annotate_quietly(window, needle)
    path = tmp_path / "work.briefing"
    monkeypatch.setattr(
        "briefing.app.features.project_feature.choose_save_path", lambda *_a: str(path)
    )
    assert window.project_doc.save_as()
    saved_bytes = path.read_bytes()
    stack = window.undo_stack
    clean = stack.index()
    seen = {clean: _state(window)}
    window.actions["actionEditRelease"].setChecked(True)
    window.editor.setFocus()
    for _ in range(STEPS):
        move = rnd.choice(["edit", "edit", "edit", "undo", "redo"])
        if move == "edit":
            _random_edit(window, qtbot, rnd)
            # A new edit drops the redo branch: forget the states beyond it.
            seen = {i: s for i, s in seen.items() if i < stack.index()}
            seen[stack.index()] = _state(window)
            continue
        if move == "undo" and stack.canUndo():
            window.actions["actionUndo"].trigger()
        elif move == "redo" and stack.canRedo():
            window.actions["actionRedo"].trigger()
        state = _state(window)
        if stack.index() in seen:
            assert state == seen[stack.index()], f"seed {seed}: {move} to {stack.index()}"
        seen[stack.index()] = state
    if stack.cleanIndex() < 0:
        # The walk undid below the saved state and then edited: that state is gone from
        # the history, and the window must keep saying the project has unsaved changes.
        assert window.isWindowModified()
        return
    stack.setIndex(clean)  # undo (or redo) back to the saved state
    assert _state(window) == seen[clean]
    assert stack.isClean() and not window.isWindowModified()
    assert window.project_doc.save()
    assert _content(path.read_bytes()) == _content(saved_bytes)


def _content(saved: bytes) -> dict:
    """The project file without its view state (where the caret was) and its save time."""
    data = json.loads(saved)
    data.pop("view_state", None)
    data.pop("modified", None)
    return data

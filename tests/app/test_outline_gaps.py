"""Tree details: the filter sees a node's whole text; Notes counts repaint deep rows."""

from __future__ import annotations

from briefing.app.document.outline_model import COL_NOTES
from briefing.model import Node

from .conftest import make_release
from .test_annotate_and_summarise import annotate

LONG = ("The ministers discussed regional security, maritime cooperation, the supply "
        "chain for critical minerals and, at the very end, the Antarctic treaty review.")


def nested_release():
    release = make_release([LONG, "Second paragraph with an item below."])
    parent = release.node("p2")
    start = release.text.index("an item below")
    parent.children.append(Node("p2.1", "item", "-", start, parent.end, start))
    return release


def test_filter_matches_text_past_the_first_words(window, qtbot):
    window.set_release(nested_release())
    qtbot.keyClicks(window.outline_filter, "antarctic")
    root = window.proxy.index(0, 0)
    assert window.proxy.rowCount(root) == 1
    assert window.proxy.index(0, 0, root).data().startswith("1. The ministers")


def test_notes_count_repaints_a_nested_row(window, qtbot):
    window.set_release(nested_release())
    model = window.ctrl.outline
    model.index_of("r1", "p2.1", COL_NOTES).data()  # counts cached, as after a paint
    changed = []
    model.dataChanged.connect(lambda first, last, _roles=(): changed.append(
        (first.data(), model.node(first).id, first.column())))
    annotate(window, qtbot, "item below", "nested")
    assert ("1", "p2.1", COL_NOTES) in changed
    window.undo_stack.undo()
    assert model.index_of("r1", "p2.1", COL_NOTES).data() == ""

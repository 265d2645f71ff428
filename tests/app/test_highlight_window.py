"""Many annotations: only those on or near the screen get a highlight, kept up on scroll.

Each highlight is a text cursor, and placing thousands of them in a big document froze
opening a project for seconds; the window of highlights must still show every
annotation the user can see, wherever they scroll.
"""

from __future__ import annotations

from briefing.app.features.annotations_feature import ALL_HIGHLIGHTS_UP_TO
from briefing.app.panels.source_editor import ANNOTATION_ID_PROPERTY
from briefing.model import Anchor, Annotation, Project

from .conftest import make_release

PARAS = [
    f"Paragraph {i} says the ministers met in Seoul and agreed on item {i}." for i in range(2000)
]


def _project(count: int) -> Project:
    release = make_release(PARAS)
    text = release.text
    annotations = []
    position = 0
    for k in range(count):
        position = text.index("Seoul", position + 1)
        annotations.append(
            Annotation(f"a{k}", "r1", Anchor.from_text(text, position, position + 5))
        )
    return Project(releases=[release], annotations=annotations)


def _highlighted(window) -> set[str]:
    selections = window.editor.extraSelections()
    return {s.format.property(ANNOTATION_ID_PROPERTY) for s in selections}


def _on_screen(window) -> set[str]:
    """Ids of the annotations whose text is inside the viewport right now."""
    editor = window.editor
    top = editor.cursorForPosition(editor.viewport().rect().topLeft()).position()
    bottom = editor.cursorForPosition(editor.viewport().rect().bottomRight()).position()
    spans = window.ctrl.session().annotations
    return {k for k, s, e in spans.items() if s < bottom and e > top}


def test_many_annotations_highlight_what_is_on_screen(window, qtbot) -> None:
    count = 2000
    assert count > ALL_HIGHLIGHTS_UP_TO
    window.ctrl.set_project(_project(count))
    qtbot.waitUntil(lambda: window.ctrl.session() is not None)
    first = _highlighted(window)
    assert _on_screen(window) and _on_screen(window) <= first
    assert len(first) < count / 4  # not one cursor per annotation

    # Scroll to the end: the annotations shown there get highlighted.
    bar = window.editor.verticalScrollBar()
    bar.setValue(bar.maximum())
    visible = _on_screen(window)
    assert visible and not visible <= first
    # Promptly: the refresh runs on the next turn of the event loop.
    qtbot.waitUntil(lambda: visible <= _highlighted(window), timeout=500)
    assert "a1999" in _highlighted(window)
    assert len(_highlighted(window)) < count / 4

    # And back in the middle.
    bar.setValue(bar.maximum() // 2)
    qtbot.waitUntil(lambda: _on_screen(window) <= _highlighted(window), timeout=500)


def test_few_annotations_are_all_highlighted(window, qtbot) -> None:
    window.ctrl.set_project(_project(50))
    qtbot.waitUntil(lambda: window.ctrl.session() is not None)
    assert len(_highlighted(window)) == 50

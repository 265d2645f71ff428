"""The window's layout: sensible first-run sizes, and remembered between runs."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing.app.layout import BOTTOM_HEIGHT
from briefing.app.outline_model import COL_SUMMARY, COL_TAGS

from .conftest import make_release


def test_first_run_layout_shows_the_tree_columns(window, qtbot):
    window.set_release(make_release(["First paragraph.", "Second paragraph."]))
    qtbot.waitUntil(lambda: window.outline_dock.width() > 400)
    header = window.tree.header()
    # Summary and Tags columns are inside the visible part of the tree.
    assert header.sectionViewportPosition(COL_TAGS) + 20 < window.tree.viewport().width()
    assert header.sectionSize(COL_SUMMARY) >= 100
    assert window.annotation_panel.parentWidget().height() <= BOTTOM_HEIGHT + 60


def test_layout_is_remembered_between_runs(qtbot, settings, errors):
    from briefing.app.main_window import MainWindow

    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(760, 560)  # inside the offscreen 800x600 screen
    first.findChild(type(first.outline_dock), "annotationsDock").hide()
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.outline_dock)
    first.tree.setColumnWidth(COL_SUMMARY, 222)
    qtbot.waitUntil(lambda: first.width() == 760)
    first.close()

    second = MainWindow(settings=settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (760, 560)
    assert second.findChild(type(second.outline_dock), "annotationsDock").isHidden()
    assert second.dockWidgetArea(second.outline_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert second.tree.header().sectionSize(COL_SUMMARY) == 222

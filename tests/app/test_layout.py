"""The window's layout: sensible first-run sizes, and remembered between runs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefing.app.document.outline_model import COL_SUMMARY, COL_TAGS

from .conftest import make_release


@pytest.fixture
def screen_1280x800(monkeypatch):
    """The first-run layout is designed for 1280×800 (the offscreen screen is 800×600)."""
    from PySide6.QtCore import QRect

    from briefing.app.shell import layout

    monkeypatch.setattr(layout, "available_geometry", lambda _window: QRect(0, 0, 1280, 800))


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_first_run_layout_on_a_laptop_screen(size, window, qtbot, monkeypatch):
    """Outline, text and inspector first; the other panels are tabs under the inspector;
    the outline's visible columns fit; the summary box takes the inspector's width."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QDockWidget

    from briefing.app.shell import layout

    monkeypatch.setattr(layout, "available_geometry", lambda _window: QRect(0, 0, *size))
    layout.apply_default_layout(window, window.tree, window.tabs)
    window.set_release(make_release(["First paragraph.", "Second paragraph."]))
    qtbot.waitUntil(lambda: window.outline_dock.width() > 250)
    docks = {d.objectName(): d for d in window.findChildren(QDockWidget)}
    right = Qt.DockWidgetArea.RightDockWidgetArea
    assert window.dockWidgetArea(window.outline_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.dockWidgetArea(docks["inspectorDock"]) == right
    tabbed = set(window.tabifiedDockWidgets(docks["annotationsDock"]))
    assert {docks["keyFactsPanel"], docks["suggestionsDock"]} <= tabbed
    # The text keeps the most room; the inspector's summary is not a narrow strip.
    assert window.editor.width() >= 500
    assert window.inspector.summary.width() >= 280
    # The outline's shown columns fit in the dock; Kind and Tags wait in the header menu.
    header = window.tree.header()
    assert window.tree.isColumnHidden(COL_TAGS)
    assert header.sectionViewportPosition(COL_SUMMARY) + 30 < window.tree.viewport().width()


def test_header_menu_shows_a_hidden_column(window, qtbot):
    from PySide6.QtCore import QPoint

    from briefing.app.shell import outline_header

    window.set_release(make_release(["First paragraph."]))
    window.tree.setColumnHidden(COL_TAGS, True)
    menu = outline_header._menu(window.tree, QPoint(5, 5))
    tags = next(a for a in menu.actions() if a.text() == "Tags")
    assert not tags.isChecked()
    tags.trigger()
    assert not window.tree.isColumnHidden(COL_TAGS)
    menu.close()


def test_layout_is_remembered_between_runs(qtbot, settings, errors):
    from briefing.app.shell.compose import build_window

    first = build_window(settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(760, 560)  # inside the offscreen 800x600 screen
    first.findChild(type(first.outline_dock), "annotationsDock").hide()
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.outline_dock)
    first.tree.setColumnWidth(COL_SUMMARY, 222)
    qtbot.waitUntil(lambda: first.width() == 760)
    first.close()

    second = build_window(settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (760, 560)
    assert second.findChild(type(second.outline_dock), "annotationsDock").isHidden()
    assert second.dockWidgetArea(second.outline_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert second.tree.header().sectionSize(COL_SUMMARY) == 222


def test_first_run_window_fits_a_small_screen(qtbot, settings, errors, monkeypatch):
    """A 1280×800 screen at 200 % offers 640×400 logical pixels: the window fits in it."""
    from PySide6.QtCore import QRect

    from briefing.app.shell import layout
    from briefing.app.shell.compose import build_window

    small = QRect(0, 0, 640, 400)
    monkeypatch.setattr(layout, "available_geometry", lambda _window: small)
    win = build_window(settings)
    qtbot.addWidget(win)
    assert win.width() <= small.width() and win.height() <= small.height()
    assert small.contains(win.geometry().topLeft())
    win.set_release(make_release(["First paragraph.", "Second paragraph."]))
    win.show()
    qtbot.waitExposed(win)
    # The docks shrink with the window but stay usable; the source text keeps room.
    assert win.width() <= small.width() and win.height() <= small.height()
    assert win.outline_dock.width() >= 120
    assert win.editor.width() >= 120


def test_fitted_size_keeps_the_default_when_it_fits():
    from PySide6.QtCore import QRect

    from briefing.app.shell.layout import DEFAULT_SIZE, fitted_size

    assert fitted_size(QRect(0, 0, 1920, 1080)) == (*DEFAULT_SIZE, 1.0)
    width, height, scale = fitted_size(QRect(0, 0, 640, 400))
    assert width <= 640 and height <= 400 and scale < 0.6


def test_window_fits_the_screen_at_200_percent(tmp_path):
    """The real thing: QT_SCALE_FACTOR=2 in a child process (offscreen screen 800×600)."""
    import os
    import subprocess
    import sys

    from .conftest import REPO

    script = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from briefing.app.shell.compose import build_window\n"
        "app = QApplication(sys.argv)\n"
        f"s = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        "w = build_window(s)\n"
        "w.show(); app.processEvents()\n"
        "a = w.screen().availableGeometry()\n"
        "print(w.width(), w.height(), a.width(), a.height())\n"
    )
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen",
               BRIEFING_STATE_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    width, height, avail_w, avail_h = map(int, result.stdout.split()[-4:])
    assert width <= avail_w and height <= avail_h, result.stdout


def _moved_outline(settings, qtbot):
    """A window whose user put the outline on the right, closed (layout saved)."""
    from briefing.app.shell.compose import build_window

    first = build_window(settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.outline_dock)
    first.close()


def _reopened(settings, qtbot):
    from briefing.app.shell.compose import build_window

    second = build_window(settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    return second


def test_a_layout_saved_by_an_older_arrangement_is_left_alone(qtbot, settings, errors):
    """Docks saved by a version with another default would come back for good: the saved
    state carries the layout's version, and an older one gives the new default."""
    _moved_outline(settings, qtbot)
    settings.setValue("window/layoutVersion", 1)  # as an older Briefing left it
    second = _reopened(settings, qtbot)
    assert second.dockWidgetArea(second.outline_dock) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_view_reset_layout_puts_the_panels_back(qtbot, settings, errors):
    _moved_outline(settings, qtbot)
    second = _reopened(settings, qtbot)
    right = Qt.DockWidgetArea.RightDockWidgetArea
    assert second.dockWidgetArea(second.outline_dock) == right  # the user's choice came back
    action = second.findChild(type(second.parts.actions["actionResetLayout"]), "actionResetLayout")
    assert action in second.menuBar().findChild(type(second.menuBar().actions()[0].menu()),
                                                "menuView").actions()
    action.trigger()
    assert second.dockWidgetArea(second.outline_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert settings.value("window/state") is None  # forgotten until the next close

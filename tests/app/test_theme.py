"""Light and dark follow the system while the app runs: highlight colours recompute."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from briefing.app.source_editor import ANNOTATION_ID_PROPERTY

from .conftest import make_release
from .test_annotate_and_summarise import PARAS, annotate


def annotation_colors(window) -> list[int]:
    selections = window.editor.extraSelections()  # kept alive while their formats are read
    formats = [sel.format for sel in selections]
    return [f.background().color().rgba() for f in formats if f.property(ANNOTATION_ID_PROPERTY)]


def node_band_color(window) -> int:
    return window.editor.node_color.rgba()


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#202124"),
                        (QPalette.ColorRole.WindowText, "#e8eaed"),
                        (QPalette.ColorRole.Base, "#17181a"),
                        (QPalette.ColorRole.Text, "#e8eaed"),
                        (QPalette.ColorRole.Highlight, "#3d6fb4")):
        palette.setColor(role, QColor(color))
    return palette


def test_palette_switch_recolours_highlights_without_restart(window, qtbot):
    window.set_release(make_release(PARAS))
    annotate(window, qtbot, "Le Drian", "name", ("Key point",))
    light = annotation_colors(window)
    node_light = node_band_color(window)
    assert light and not window.theme.dark
    app = QApplication.instance()
    original = app.palette()
    try:
        app.setPalette(dark_palette())  # what the platform theme does when the system goes dark
        qtbot.waitUntil(lambda: window.theme.dark)
        dark = annotation_colors(window)
        assert dark and dark != light
        assert QColor.fromRgba(dark[0]).value() < QColor.fromRgba(light[0]).value()
        assert node_band_color(window) != node_light
    finally:
        app.setPalette(original)
    qtbot.waitUntil(lambda: not window.theme.dark)
    assert annotation_colors(window) == light


def test_system_scheme_signal_triggers_a_refresh(window, qtbot):
    window.set_release(make_release(PARAS))
    hints = QGuiApplication.styleHints()
    with qtbot.waitSignal(window.theme._timer.timeout, timeout=1000):
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)

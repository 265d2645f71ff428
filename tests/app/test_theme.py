"""Light and dark follow the system while the app runs: highlight colours recompute."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from briefing.app.panels.source_editor import ANNOTATION_ID_PROPERTY

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


def test_check_box_frames_contrast_with_base_in_dark_mode(window, qtbot):
    """Unticked tags and the outline's include boxes stay visible on a dark Base."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from briefing.app.shell.colors import MIN_INDICATOR_CONTRAST, contrast_ratio, indicator_color

    app = QApplication.instance()
    old = app.palette()
    try:
        app.setPalette(dark_palette())
        palette = dark_palette()
        base = palette.color(QPalette.ColorRole.Base)
        assert base.lightness() < 128
        frame = indicator_color(palette)
        assert contrast_ratio(frame, base) >= MIN_INDICATOR_CONTRAST
        # The tree and the inspector's tag list draw their boxes with that frame.
        for widget in (window.tree, window.inspector.tags, window.inspector.include):
            assert widget.style() is window.theme.indicator_style
        # Paint one unticked item-view check box onto Base and look at its frame.
        from PySide6.QtGui import QImage, QPainter

        image = QImage(20, 20, QImage.Format.Format_RGB32)
        image.fill(base)
        option = QStyleOptionViewItem()
        option.initFrom(window.tree)
        option.palette = palette
        option.rect.setRect(3, 3, 14, 14)
        option.state |= QStyle.StateFlag.State_Off | QStyle.StateFlag.State_Enabled
        painter = QPainter(image)
        window.tree.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
                                          option, painter, window.tree)
        painter.end()
        best = max(contrast_ratio(QColor(image.pixel(x, 3 + 7)), base) for x in range(20))
        assert best >= MIN_INDICATOR_CONTRAST
    finally:
        app.setPalette(old)
    # The light scheme keeps its own frame, and the helper still contrasts there.
    light = app.palette()
    assert contrast_ratio(indicator_color(light), light.color(QPalette.ColorRole.Base)) >= 3


def test_contrast_ratio_matches_wcag():
    from briefing.app.shell.colors import contrast_ratio

    assert round(contrast_ratio(QColor("#000000"), QColor("#ffffff")), 1) == 21.0
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == 1.0

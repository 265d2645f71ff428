"""Light and dark: follow the system, or the user's choice (View › Theme).

Qt reports a new system scheme with ``QStyleHints.colorSchemeChanged`` and a new
palette (from the platform theme, or set by the application) with ``PaletteChange``
/ ``ApplicationPaletteChange`` events. Highlight colours are computed from the palette
(see ``colors``), so on either signal the window recomputes them: annotation
highlights, the selected node's band, find matches and the lists that show tag
colours. Bursts of events (every widget gets one) are coalesced into one refresh.

View › Theme offers System, Light and Dark (kept in QSettings ``view/theme``). Qt 6.8+
lets an application ask for a scheme (``QStyleHints.setColorScheme``); where the
platform style does not follow it, a Fusion palette of that scheme is set instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from briefing.app.shell import colors
from briefing.app.shell.colors import is_dark, node_color

if TYPE_CHECKING:
    from briefing.app.features.annotations_feature import AnnotationFeature
    from briefing.app.features.find_feature import FindFeature
    from briefing.app.panels.inspector import Inspector
    from briefing.app.shell.parts import Parts

_PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
THEME_SETTING = "view/theme"
THEMES = {  # setting value -> (action name, menu text)
    "system": ("actionThemeSystem", QT_TRANSLATE_NOOP("Theme", "&System")),
    "light": ("actionThemeLight", QT_TRANSLATE_NOOP("Theme", "&Light")),
    "dark": ("actionThemeDark", QT_TRANSLATE_NOOP("Theme", "&Dark")),
}


def fusion_palette(dark: bool) -> QPalette:
    """A complete palette of one scheme, for styles that do not follow the color scheme."""
    if not dark:
        return QApplication.style().standardPalette()
    p = QPalette()
    base, window, text = QColor(30, 30, 30), QColor(45, 45, 45), QColor(230, 230, 230)
    for role, color in (
        (QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, window),
        (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.ToolTipBase, window),
        (QPalette.ColorRole.ToolTipText, text), (QPalette.ColorRole.PlaceholderText,
                                                 QColor(150, 150, 150)),
        (QPalette.ColorRole.Highlight, QColor(42, 110, 200)),
        (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
        (QPalette.ColorRole.Link, QColor(110, 170, 255)),
    ):
        p.setColor(role, color)
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        p.setColor(disabled, role, QColor(130, 130, 130))
    return p


class ThemeFeature(QObject):
    """Recomputes scheme-dependent colours when the system scheme or the palette changes."""

    def __init__(self, parts: Parts, inspector: Inspector, annotations: AnnotationFeature,
                 finder: FindFeature) -> None:
        super().__init__(parts.window)
        self.inspector, self.annotations, self.finder = inspector, annotations, finder
        self.parts = parts
        self.w = parts.window
        self.dark = is_dark()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.apply)
        parts.window.installEventFilter(self)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        self._own_palette = False  # True while a palette of ours replaces the platform's
        self.theme_actions = self._make_theme_actions()
        self.set_theme(str(parts.settings.value(THEME_SETTING, "system")), save=False)
        # Check boxes in lists and trees: frames visible on a dark Base (colors.py).
        # Made after the first paint: the style classes cost ~15 ms to load.
        self.indicator_style = None
        parts.after_first_paint(self.install_indicator_style)

    # -- View › Theme ------------------------------------------------------------------------

    def _make_theme_actions(self) -> QActionGroup:
        from functools import partial

        from briefing.app.shell.i18n import translate

        group = QActionGroup(self)
        group.setExclusive(True)
        for value, (name, text) in THEMES.items():
            action = QAction(translate("Theme", text), self.w)
            action.setObjectName(name)
            action.setCheckable(True)
            action.triggered.connect(partial(self.set_theme, value))
            group.addAction(action)
            self.parts.actions[name] = action
        return group

    @property
    def theme(self) -> str:
        return next(
            (v for v, (name, _t) in THEMES.items() if self.parts.actions[name].isChecked()),
            "system",
        )

    def set_theme(self, value: str, save: bool = True) -> None:
        """``system``, ``light`` or ``dark``: the scheme the window uses from now on."""
        value = value if value in THEMES else "system"
        self.parts.actions[THEMES[value][0]].setChecked(True)
        if save:
            self.parts.settings.setValue(THEME_SETTING, value)
        app = QApplication.instance()
        hints = QGuiApplication.styleHints()
        scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
            value, Qt.ColorScheme.Unknown
        )
        if hasattr(hints, "setColorScheme"):  # Qt 6.8+
            hints.setColorScheme(scheme)
        if self._own_palette:
            # Back to the platform's palette (a palette with nothing set resolves to it).
            app.setPalette(QPalette())
            self._own_palette = False
        if value != "system" and is_dark() != (value == "dark"):
            # The style did not follow the request (no platform theme): say it by palette.
            app.setPalette(fusion_palette(value == "dark"))
            self._own_palette = True
        self._timer.start()

    def install_indicator_style(self) -> None:
        """Give the tree and the tag lists the check-box style (once)."""
        if self.indicator_style is not None:
            return
        self.indicator_style = colors.IndicatorStyle(QApplication.style().name())
        self.indicator_style.setParent(self)
        inspector = self.inspector
        for widget in (self.parts.tree, inspector.tags, inspector.include,
                       inspector.annotation_editor.tags):
            widget.setStyle(self.indicator_style)

    def _scheme_changed(self, _scheme) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.w and event.type() in _PALETTE_EVENTS:
            self._timer.start()
        return False

    def apply(self) -> None:
        """Recompute every colour that depends on the scheme (cheap when nothing changed)."""
        self._timer.stop()
        self.dark = is_dark()
        p = self.parts
        current = p.current
        annotations = self.annotations
        annotations.refresh_highlights()
        annotations.refresh_node_list(current)
        annotations.panel.set_annotations(p.ctrl.project.annotations, p.ctrl.project.tag_names)
        session = p.ctrl.session(current[0]) if current else None
        span = session.node_span(current[1]) if session and current[1] else None
        p.editor.set_node_highlight(span, node_color())
        if self.finder.bar.isVisible():
            self.finder.search()
        p.tree.viewport().update()

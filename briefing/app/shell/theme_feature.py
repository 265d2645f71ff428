"""Light and dark follow the system while the app runs.

Qt reports a new system scheme with ``QStyleHints.colorSchemeChanged`` and a new
palette (from the platform theme, or set by the application) with ``PaletteChange``
/ ``ApplicationPaletteChange`` events. Highlight colours are computed from the palette
(see ``colors``), so on either signal the window recomputes them: annotation
highlights, the selected node's band, find matches and the lists that show tag
colours. Bursts of events (every widget gets one) are coalesced into one refresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from briefing.app.shell import colors
from briefing.app.shell.colors import is_dark, node_color

if TYPE_CHECKING:
    from briefing.app.features.annotations_feature import AnnotationFeature
    from briefing.app.features.find_feature import FindFeature
    from briefing.app.panels.inspector import Inspector
    from briefing.app.shell.parts import Parts

_PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


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
        # Check boxes in lists and trees: frames visible on a dark Base (colors.py).
        # Made after the first paint: the style classes cost ~15 ms to load.
        self.indicator_style = None
        parts.after_first_paint(self.install_indicator_style)

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

"""Keyboard and screen-reader access: accessible names, tab order, Tab leaving editors.

Names are given by objectName (the stable contract of DESIGN.md), so they stay right
when widgets move. A widget that Qt already names — a button or check box with text, a
field with a form label (``QFormLayout`` makes the label its buddy) — keeps Qt's name.
Anything still unnamed that takes focus is named from its placeholder or tooltip, so
icon-only buttons and search fields added later are covered too (``name_unnamed``).

Tab order: outline filter → outline → the centre tab (source, or the brief's header
fields, body and Draft button) → the inspector (summary, tags, include, annotations,
the annotation editor) → the annotations panel. In the source and brief editors Tab
moves the focus (``tabChangesFocus``) rather than typing a tab character; Ctrl+1…4 jump
straight to the outline, source, inspector and brief.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from briefing.app.shell.i18n import translate

if TYPE_CHECKING:
    from briefing.app.shell.parts import Parts

CTX = "Accessibility"
NAMES: dict[str, tuple[str, str]] = {
    "outlineFilter": (
        QT_TRANSLATE_NOOP("Accessibility", "Filter the outline"),
        QT_TRANSLATE_NOOP("Accessibility",
                          "Shows only the nodes whose text, summary or tags contain these "
                          "words"),
    ),
    "outlineView": (
        QT_TRANSLATE_NOOP("Accessibility", "Outline"),
        QT_TRANSLATE_NOOP("Accessibility",
                          "The release's structure; the text follows the selected node"),
    ),
    "centralTabs": (
        QT_TRANSLATE_NOOP("Accessibility", "Source, brief and preview"),
        ""),
    "sourceEditor": (
        QT_TRANSLATE_NOOP("Accessibility", "Source text"),
        QT_TRANSLATE_NOOP("Accessibility",
                          "The release text; select a passage and press Ctrl+Alt+M to "
                          "annotate it"),
    ),
    "briefEditor": (
        QT_TRANSLATE_NOOP("Accessibility", "Brief text"),
        QT_TRANSLATE_NOOP("Accessibility",
                          "The note's sections; ## starts a section"),
    ),
    "briefDraft": (
        QT_TRANSLATE_NOOP("Accessibility", "Draft from summaries"),
        ""),
    "briefWordCount": (
        QT_TRANSLATE_NOOP("Accessibility", "Brief word count"),
        ""),
    "briefWarning": (
        QT_TRANSLATE_NOOP("Accessibility", "Brief length warning"),
        ""),
    "inspector": (
        QT_TRANSLATE_NOOP("Accessibility", "Inspector"),
        ""),
    "inspectorTitle": (
        QT_TRANSLATE_NOOP("Accessibility", "Selected section"),
        ""),
    "summaryEdit": (
        QT_TRANSLATE_NOOP("Accessibility", "Section summary"),
        QT_TRANSLATE_NOOP("Accessibility",
                          "One line in your words; it becomes a key point"),
    ),
    "nodeTags": (
        QT_TRANSLATE_NOOP("Accessibility", "Section tags"),
        QT_TRANSLATE_NOOP("Accessibility",
                          "Space ticks or unticks a tag"),
    ),
    "nodeAnnotations": (
        QT_TRANSLATE_NOOP("Accessibility", "Annotations of this section"),
        QT_TRANSLATE_NOOP("Accessibility",
                          "Enter edits the annotation"),
    ),
    "annotationEditor": (
        QT_TRANSLATE_NOOP("Accessibility", "Annotation"),
        ""),
    "annotationQuote": (
        QT_TRANSLATE_NOOP("Accessibility", "Annotated passage"),
        ""),
    "annotationComment": (
        QT_TRANSLATE_NOOP("Accessibility", "Annotation comment"),
        QT_TRANSLATE_NOOP("Accessibility",
                          "Ctrl+Enter saves, Esc cancels"),
    ),
    "annotationTags": (
        QT_TRANSLATE_NOOP("Accessibility", "Annotation tags"),
        QT_TRANSLATE_NOOP("Accessibility",
                          "Space ticks or unticks a tag"),
    ),
    "annotationTagFilter": (
        QT_TRANSLATE_NOOP("Accessibility", "Show annotations with tag"),
        ""),
    "annotationFilter": (
        QT_TRANSLATE_NOOP("Accessibility", "Filter annotations by text"),
        ""),
    "annotationList": (
        QT_TRANSLATE_NOOP("Accessibility", "All annotations"),
        QT_TRANSLATE_NOOP("Accessibility",
                          "Enter shows the annotated passage"),
    ),
    "undoHistory": (
        QT_TRANSLATE_NOOP("Accessibility", "Undo history"),
        ""),
    "nodeStatus": (
        QT_TRANSLATE_NOOP("Accessibility", "Selected node"),
        ""),
    "wordsStatus": (
        QT_TRANSLATE_NOOP("Accessibility", "Word count"),
        ""),
}

MAIN_ORDER = (
    "outlineFilter", "outlineView",
    "sourceEditor", "brief_to", "brief_from", "brief_date", "brief_subject",
    "brief_file_number", "briefClassification", "briefForInformation", "briefForDecision",
    "briefEditor", "briefDraft",
    "summaryEdit", "nodeTags", "includeInBrief", "nodeAnnotations",
    "annotationComment", "annotationTags", "annotationSave", "annotationDelete",
    "annotationCancel",
    "annotationTagFilter", "annotationFilter", "annotationList",
)


def has_label(widget: QWidget) -> bool:
    """True when some QLabel in the same window is the widget's buddy."""
    window = widget.window()
    return any(label.buddy() is widget for label in window.findChildren(QLabel))


class _Buddies:
    """``has_label`` for many widgets: each window's labels and their buddies looked up
    once (asked widget by widget, the main window's ~230 widgets each walked all its
    labels again)."""

    def __init__(self) -> None:
        self._by_window: dict[int, set[int]] = {}
        # (The windows and buddies are held, so no id below is reused while asked.)
        self._held: list[QWidget] = []

    def has_label(self, widget: QWidget) -> bool:
        window = widget.window()
        buddies = self._by_window.get(id(window))
        if buddies is None:
            found = [label.buddy() for label in window.findChildren(QLabel)]
            self._held += [window, *(b for b in found if b is not None)]
            buddies = self._by_window[id(window)] = {id(b) for b in found if b is not None}
        return id(widget) in buddies


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces: the accessible name, else the button's text."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return ""


def name_unnamed(root: QWidget) -> None:
    """Give a name to every focusable widget under ``root`` that has none and no label."""
    labelled = _Buddies()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or accessible_name(widget):
            continue
        if labelled.has_label(widget):
            continue
        text = ""
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            text = widget.placeholderText()
        if not text and isinstance(widget, QAbstractButton) and widget.defaultAction():
            text = widget.defaultAction().text().replace("&", "")
        text = text or widget.toolTip() or _container_name(widget)
        if text:
            widget.setAccessibleName(text.split("\n")[0])


def _container_name(widget: QWidget) -> str:
    """A tab bar is named after its tab widget, a scroll area after what it scrolls."""
    if isinstance(widget, QTabBar):
        parent = widget.parentWidget()
        if isinstance(parent, QTabWidget) and parent.accessibleName():
            return parent.accessibleName()
        return translate("Accessibility", "Panel tabs")  # tabbed docks of the main window
    if isinstance(widget, QScrollArea) and widget.widget() is not None:
        return widget.widget().accessibleName()
    if isinstance(widget, QAbstractItemView):  # a list in a dock: the dock's title
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QDockWidget):
            parent = parent.parentWidget()
        if parent is not None:
            return parent.windowTitle().replace("&", "")
    return ""


def apply_names(root: QWidget) -> None:
    for name, (text, description) in NAMES.items():
        widget = root.findChild(QWidget, name)
        if widget is None:
            continue
        widget.setAccessibleName(translate(CTX, text))
        if description:
            widget.setAccessibleDescription(translate(CTX, description))


def apply_tab_order(root: QWidget, names=MAIN_ORDER) -> None:
    chain = [w for w in (root.findChild(QWidget, n) for n in names) if w is not None]
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)


class _Namer(QObject):
    """Names what appears later: every window when shown, any widget when it gets focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) \
                and watched.isWindow():
            name_unnamed(watched)
        return False

    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and not accessible_name(new) and not has_label(new):
            name_unnamed(new)


_namer: _Namer | None = None
_app_wide = False  # whether _namer filters every object's events yet


def _get_namer() -> _Namer | None:
    """The application's namer, following the focus (created once)."""
    global _namer
    app = QApplication.instance()
    if _namer is None and app is not None:
        _namer = _Namer(app)
        app.focusChanged.connect(_namer.focus_changed)
    return _namer


def _install_namer() -> None:
    """Name every window when it is shown: an application-wide event filter."""
    global _app_wide
    namer = _get_namer()
    if namer is None or _app_wide:
        return
    _app_wide = True
    QApplication.instance().installEventFilter(namer)
    # Windows shown before the filter was there (it waits for the first paint).
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            name_unnamed(widget)


def install(parts: Parts) -> None:
    """Names, tab order and Tab-leaves-the-editor for the main window."""
    window = parts.window
    # An application-wide event filter in Python sees every object's events; the first
    # one from a class PySide does not wrap (Qt's private ones) makes it initialise all
    # the wrapped classes (~40 ms). So it comes after the first paint; until then the
    # main window's own Show names what its layout created (the docks' tab bars).
    namer = _get_namer()
    if namer is not None and not _app_wide:
        window.installEventFilter(namer)
    parts.after_first_paint(_install_namer)
    for name in ("sourceEditor", "briefEditor"):
        editor = window.findChild(QPlainTextEdit, name)
        if editor is not None:
            editor.setTabChangesFocus(True)
    apply_names(window)
    apply_tab_order(window)
    name_unnamed(window)

"""Every control the Tab key reaches has a name a screen reader can announce."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from briefing.app.shell.accessibility import accessible_name, has_label
from tests.app.conftest import SAMPLE


def walk(qtbot, start, limit: int = 80) -> list:
    """Tab from ``start`` until the focus comes back (or ``limit`` steps); the widgets seen."""
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start:
            break
        seen.append(widget)
    return seen


def unnamed(widgets) -> list[str]:
    return [f"{type(w).__name__}#{w.objectName()}" for w in widgets
            if not accessible_name(w) and not has_label(w)]


def test_main_window_focus_chain_is_named(qtbot, window):
    window.open_path(SAMPLE)
    window.activateWindow()
    chain = walk(qtbot, window.outline_filter)
    names = [w.objectName() for w in chain]
    # The work areas come in reading order: outline, text, inspector, annotations.
    for first, second in (("outlineFilter", "outlineView"), ("outlineView", "sourceEditor"),
                          ("sourceEditor", "summaryEdit"), ("summaryEdit", "nodeTags")):
        assert names.index(first) < names.index(second), names
    assert "annotationList" in names
    assert unnamed(chain) == []
    # Typing Tab in the source moved the focus, it did not type a tab character.
    assert "\t" not in window.editor.toPlainText()


def test_brief_tab_focus_chain_is_named(qtbot, window):
    window.open_path(SAMPLE)
    window.tabs.setCurrentWidget(window.brief_tab)
    chain = walk(qtbot, window.brief_tab.fields["to"])
    names = [w.objectName() for w in chain]
    order = ["brief_to", "brief_from", "brief_date", "brief_subject", "brief_file_number",
             "briefClassification"]
    assert [n for n in names if n in order] == order
    assert "briefEditor" in names and "briefDraft" in names
    assert unnamed(chain) == []


def test_dialogs_are_named(qtbot, window):
    window.open_path(SAMPLE)
    for show in (window.help.show_preferences, window.help.show_shortcuts,
                 window.exporter.show_dialog):
        dialog = show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isVisible)
        first = dialog.focusWidget() or next(
            w for w in dialog.findChildren(QWidget)
            if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        chain = walk(qtbot, first, limit=40)
        assert unnamed(chain) == [], dialog.objectName()
        dialog.close()


def test_welcome_page_is_keyboard_ready(qtbot, window):
    window.welcome.show()
    chain = walk(qtbot, window.welcome.view.open_button, limit=40)
    names = [w.objectName() for w in chain]
    assert names[:5] == [
        "welcomeOpen", "welcomeUrl", "welcomePaste", "welcomeSample", "welcomeGuide"
    ]
    assert unnamed(chain) == []

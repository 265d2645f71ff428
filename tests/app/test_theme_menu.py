"""View › Theme: System, Light, Dark — applied at once, remembered, and back to System."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from briefing.app.shell.colors import is_dark
from briefing.app.shell.theme_feature import THEME_SETTING


def test_theme_menu_switches_and_remembers(window, settings):
    menu = window.findChild(QMenu, "menuTheme")
    assert [a.text() for a in menu.actions()] == ["&System", "&Light", "&Dark"]
    assert window.actions["actionThemeSystem"].isChecked()
    window.actions["actionThemeDark"].trigger()
    assert is_dark()
    assert settings.value(THEME_SETTING) == "dark"
    window.actions["actionThemeLight"].trigger()
    assert not is_dark()
    assert window.theme.theme == "light"
    window.actions["actionThemeSystem"].trigger()
    assert settings.value(THEME_SETTING) == "system"
    assert window.actions["actionThemeSystem"].isChecked()


def test_the_choice_is_applied_at_start(qtbot, settings):
    from briefing.app.shell.compose import build_window

    settings.setValue(THEME_SETTING, "dark")
    win = build_window(settings)
    qtbot.addWidget(win)
    try:
        assert win.actions["actionThemeDark"].isChecked() and is_dark()
    finally:
        win.theme.set_theme("system")

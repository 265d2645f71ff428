"""The Help menu and Preferences: Edit › Preferences… (the platform's Preferences key,
else Ctrl+,) and the Help menu (User Guide F1, Keyboard Shortcuts Ctrl+/, Welcome, About).

Built by the composition root once the menus exist (it needs File › Welcome's action).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from briefing.app.shell.i18n import current_language, translate

if TYPE_CHECKING:
    from briefing.app.features.recovery_feature import Autosaver
    from briefing.app.shell.parts import Parts

Std = QKeySequence.StandardKey


def guide_for(language: str) -> Path | None:
    """The user guide in ``language`` ("ko": user-guide.ko.md), else the English one:
    the checkout's docs/ (current), else the copy bundled in resources/docs/."""
    from briefing.app.panels.help_dialogs import GUIDE_NAME, guide_path
    from briefing.resources import resource_path

    english = guide_path()
    if language in ("", "en"):
        return english
    name = GUIDE_NAME.replace(".md", f".{language}.md")
    for path in (
        Path(__file__).resolve().parents[3] / "docs" / name,
        resource_path("docs", name, must_exist=False),
    ):
        if path.is_file():
            return path
    return english


def _action(parts: Parts, name: str, text: str, tip: str, keys=None) -> QAction:
    action = QAction(text, parts.window)
    action.setObjectName(name)
    action.setStatusTip(tip)
    if isinstance(keys, QKeySequence.StandardKey):
        bindings = QKeySequence.keyBindings(keys)
        action.setShortcuts(bindings)
    elif keys:
        action.setShortcuts([QKeySequence(k) for k in keys])
    parts.actions[name] = action
    return action


class HelpFeature:
    """Owns the Help and Preferences windows (created on first use, non-modal)."""

    def __init__(self, parts: Parts, recovery: Autosaver) -> None:
        self.parts, self.recovery = parts, recovery
        self.w = parts.window
        self.shortcuts = self.guide = self.about = self.preferences = None
        prefs = _action(parts, "actionPreferences", translate("Help", "&Preferences…"),
                        translate("Help", "Language, start-up page, autosave, author name"),
                        Std.Preferences)
        if not prefs.shortcuts():
            prefs.setShortcut(QKeySequence("Ctrl+,"))
        guide = _action(parts, "actionUserGuide", translate("Help", "&User Guide"),
                        translate("Help", "Read how to go from a release to a briefing note"),
                        Std.HelpContents)
        keys = _action(parts, "actionShortcuts", translate("Help", "&Keyboard Shortcuts"),
                       translate("Help", "Every action and its keys"), ["Ctrl+/"])
        about = _action(parts, "actionAbout", translate("Help", "&About Briefing"),
                        translate("Help", "Version, licence, Qt and PySide versions"))
        prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        prefs.triggered.connect(self.show_preferences)
        guide.triggered.connect(self.show_guide)
        keys.triggered.connect(self.show_shortcuts)
        about.triggered.connect(self.show_about)

        edit = parts.window.findChild(QMenu, "menuEdit")
        if edit is not None:
            edit.addSeparator()
            edit.addAction(prefs)
        menu = parts.window.menuBar().addMenu(translate("Help", "&Help"))
        menu.setObjectName("menuHelp")
        menu.addActions([guide, keys])
        menu.addAction(parts.actions["actionWelcome"])
        menu.addSeparator()
        menu.addAction(about)

    def _show(self, attr: str, factory):
        dialog = getattr(self, attr)
        if dialog is None:
            dialog = factory() if isinstance(factory, partial) else factory(self.w)
            setattr(self, attr, dialog)
        if hasattr(dialog, "refresh"):
            dialog.refresh()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_shortcuts(self):
        from briefing.app.panels.help_dialogs import ShortcutsDialog

        dialog = self._show("shortcuts", ShortcutsDialog)
        dialog.filter.setFocus()
        return dialog

    def show_guide(self):
        from briefing.app.panels.help_dialogs import GuideDialog

        dialog = self._show("guide", GuideDialog)
        # The guide in the interface's language (the language can change while the
        # window is open, so each time): user-guide.ko.md for Korean, else English.
        path = guide_for(current_language())
        if path is not None:
            dialog.browser.setSearchPaths([str(path.parent)])
            dialog.browser.setMarkdown(path.read_text(encoding="utf-8"))
        return dialog

    def show_about(self):
        from briefing.app.panels.help_dialogs import AboutDialog

        return self._show("about", AboutDialog)

    def show_preferences(self):
        from briefing.app.panels.preferences import PreferencesDialog

        make = partial(PreferencesDialog, self.parts, self.recovery.restart_timer)
        dialog = self._show("preferences", make)
        dialog.language.setFocus()
        return dialog

"""The newcomer's parts of the window: Welcome, Help menu, Preferences, access, language.

``install(window)`` runs once the menus exist (``MainWindow.__init__``). It adds
File › Welcome, Edit › Preferences… (the platform's Preferences key, else Ctrl+,) and
the Help menu (User Guide F1, Keyboard Shortcuts Ctrl+/, About), then accessible
names and tab order, then the retranslator that switches the interface language live.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from briefing.app import accessibility, i18n, welcome
from briefing.app.i18n import translate

if TYPE_CHECKING:
    from briefing.app.main_window import MainWindow

Std = QKeySequence.StandardKey


def _action(window: MainWindow, name: str, text: str, tip: str, keys=None) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    action.setStatusTip(tip)
    if isinstance(keys, QKeySequence.StandardKey):
        bindings = QKeySequence.keyBindings(keys)
        action.setShortcuts(bindings)
    elif keys:
        action.setShortcuts([QKeySequence(k) for k in keys])
    window.actions[name] = action
    return action


class HelpFeature:
    """Owns the Help and Preferences windows (created on first use, non-modal)."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.shortcuts = self.guide = self.about = self.preferences = None
        prefs = _action(window, "actionPreferences", translate("Help", "&Preferences…"),
                        translate("Help", "Language, start-up page, autosave, author name"),
                        Std.Preferences)
        if not prefs.shortcuts():
            prefs.setShortcut(QKeySequence("Ctrl+,"))
        guide = _action(window, "actionUserGuide", translate("Help", "&User Guide"),
                        translate("Help", "Read how to go from a release to a briefing note"),
                        Std.HelpContents)
        keys = _action(window, "actionShortcuts", translate("Help", "&Keyboard Shortcuts"),
                       translate("Help", "Every action and its keys"), ["Ctrl+/"])
        about = _action(window, "actionAbout", translate("Help", "&About Briefing"),
                        translate("Help", "Version, licence, Qt and PySide versions"))
        prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        prefs.triggered.connect(self.show_preferences)
        guide.triggered.connect(self.show_guide)
        keys.triggered.connect(self.show_shortcuts)
        about.triggered.connect(self.show_about)

        edit = window.findChild(QMenu, "menuEdit")
        if edit is not None:
            edit.addSeparator()
            edit.addAction(prefs)
        menu = window.menuBar().addMenu(translate("Help", "&Help"))
        menu.setObjectName("menuHelp")
        menu.addActions([guide, keys])
        menu.addAction(window.actions["actionWelcome"])
        menu.addSeparator()
        menu.addAction(about)

    def _show(self, attr: str, factory):
        dialog = getattr(self, attr)
        if dialog is None:
            dialog = factory(self.w)
            setattr(self, attr, dialog)
        if hasattr(dialog, "refresh"):
            dialog.refresh()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_shortcuts(self):
        from briefing.app.help_dialogs import ShortcutsDialog

        dialog = self._show("shortcuts", ShortcutsDialog)
        dialog.filter.setFocus()
        return dialog

    def show_guide(self):
        from briefing.app.help_dialogs import GuideDialog

        return self._show("guide", GuideDialog)

    def show_about(self):
        from briefing.app.help_dialogs import AboutDialog

        return self._show("about", AboutDialog)

    def show_preferences(self):
        from briefing.app.preferences import PreferencesDialog

        dialog = self._show("preferences", PreferencesDialog)
        dialog.language.setFocus()
        return dialog


def install(window: MainWindow) -> None:
    welcome.install(window)
    window.help = HelpFeature(window)
    accessibility.install(window)
    window.retranslator = i18n.Retranslator(window)
    window.undo_texts = i18n.UndoTexts(window)
    window.retranslator.hooks.append(window.undo_texts.refresh)
    window.retranslator.hooks.append(window._update_word_status)
    window.retranslator.hooks.append(window.ctrl.outline.retranslate)
    window.retranslator.hooks.append(window._update_node_status)
    window.retranslator.hooks.append(window.features[0].refresh)
    window.retranslator.hooks.append(window.project_doc.retranslate)
    window.retranslator.hooks.append(window.annotation_panel.retranslate)
    window.retranslator.hooks.append(window.suggestions.refresh)
    window.retranslator.hooks.append(window.facts.retranslate)

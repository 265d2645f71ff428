"""The menu bar, built from the window's actions."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDockWidget, QMenu

from briefing.app.shell.i18n import translate

if TYPE_CHECKING:
    from briefing.app.shell.parts import Parts


def build_menus(parts: Parts, open_path: Callable[[str], object]) -> None:
    """The menu bar; File › Open Recent opens with ``open_path``."""
    a = parts.actions
    bar = parts.window.menuBar()
    file_menu = bar.addMenu(translate("Menus", "&File"))
    file_menu.setObjectName("menuFile")
    file_menu.addActions([a["actionNewProject"], a["actionOpen"], a["actionOpenUrl"]])
    file_menu.addActions([a["actionPasteRelease"], a["actionImport"]])
    recent = file_menu.addMenu(translate("Menus", "Open &Recent"))
    recent.setObjectName("menuRecent")
    recent.aboutToShow.connect(partial(_fill_recent, parts, open_path, recent))
    file_menu.addSeparator()
    file_menu.addActions([a["actionSave"], a["actionSaveAs"], a["actionExportDocx"]])
    file_menu.addAction(a["actionPrint"])
    file_menu.addActions([a["actionUpdateRelease"], a["actionCompare"], a["actionSaveOriginal"]])
    file_menu.addSeparator()
    file_menu.addActions([a["actionCloseProject"], a["actionQuit"]])

    edit = bar.addMenu(translate("Menus", "&Edit"))
    edit.setObjectName("menuEdit")
    edit.addActions([a["actionUndo"], a["actionRedo"], a["actionUndoHistory"]])
    edit.addSeparator()
    edit.addActions([a["actionFind"], a["actionFindNext"], a["actionFindPrevious"]])
    edit.addSeparator()
    edit.addAction(a["actionEditRelease"])
    edit.addSeparator()
    edit.addActions([a["actionAnnotate"], a["actionDeleteAnnotation"]])
    edit.addSeparator()
    edit.addActions([a["actionAcceptSuggestion"], a["actionAcceptAllSuggestions"]])
    edit.addAction(a["actionEditTags"])

    brief = bar.addMenu(translate("Menus", "&Brief"))
    brief.setObjectName("menuBrief")
    brief.addAction(a["actionDraftBrief"])
    brief.addActions([a["actionPreview"], a["actionCopyBriefMarkdown"]])
    # Drafting help (drafting_feature): present once the feature is installed.
    drafting = ("actionSuggestSummary", "actionSuggestBottomLine", "actionDraftingSettings")
    if all(name in a for name in drafting):
        brief.addSeparator()
        brief.addActions([a["actionSuggestSummary"], a["actionSuggestBottomLine"]])
        tools = bar.addMenu(translate("Menus", "&Tools"))
        tools.setObjectName("menuTools")
        tools.addAction(a["actionDraftingSettings"])

    view = bar.addMenu(translate("Menus", "&View"))
    view.setObjectName("menuView")
    for name in ("actionFocusOutline", "actionFocusSource", "actionFocusInspector"):
        view.addAction(a[name])
    view.addAction(a["actionFocusBrief"])
    if "actionThemeSystem" in a:  # ThemeFeature's View › Theme
        theme = view.addMenu(translate("Menus", "&Theme"))
        theme.setObjectName("menuTheme")
        theme.addActions([a["actionThemeSystem"], a["actionThemeLight"], a["actionThemeDark"]])
    view.addSeparator()
    for dock in parts.window.findChildren(QDockWidget):
        view.addAction(dock.toggleViewAction())
    view.addSeparator()
    view.addAction(a["actionResetLayout"])


def _fill_recent(parts: Parts, open_path: Callable[[str], object], menu: QMenu) -> None:
    menu.clear()
    paths = parts.recent.paths()
    for path in paths:
        action = menu.addAction(path)
        action.triggered.connect(partial(open_path, path))
    menu.setEnabled(bool(paths))

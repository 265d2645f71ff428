"""With nothing open, the welcome page alone; actions that cannot act are disabled.

An empty project (start without a file, New Project, Close Project) used to show the
welcome page among five empty panels, with Save, Export and Draft enabled and doing
nothing useful. Now the panels and the other tabs step aside until a release is open
(each dock comes back as it was), and the actions that need a release are disabled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDockWidget, QWidget

if TYPE_CHECKING:
    from briefing.app.features.project_feature import ProjectDocument
    from briefing.app.features.welcome_feature import WelcomeFeature
    from briefing.app.shell.parts import Parts

# Actions that act on a release, its notes or the brief made from it.
NEEDS_RELEASE = (
    "actionSave", "actionSaveAs", "actionExportDocx", "actionPrint", "actionUpdateRelease",
    "actionSaveOriginal", "actionCompare", "actionCopyBriefMarkdown", "actionPreview",
    "actionFind", "actionFindNext", "actionFindPrevious", "actionEditRelease",
    "actionAnnotate", "actionDeleteAnnotation", "actionAcceptSuggestion",
    "actionAcceptAllSuggestions", "actionDraftBrief", "actionSuggestSummary",
    "actionSuggestBottomLine", "actionFocusOutline", "actionFocusSource",
    "actionFocusInspector", "actionFocusBrief", "actionCloseProject",
)

# Enabled by their own feature once a release is open (whether it kept its original).
_OWNED = frozenset({"actionSaveOriginal"})


class EmptyState:
    """Keeps the window's shape in step with whether a release is open."""

    def __init__(
        self, parts: Parts, doc: ProjectDocument, welcome: WelcomeFeature, marker: QWidget
    ) -> None:
        self.parts, self.doc, self.welcome = parts, doc, welcome
        self.marker = marker  # the release text's read-only / editing mark
        self._docks_before: dict[QDockWidget, bool] | None = None  # visibility to restore
        self.empty = False
        doc.projectReplaced.connect(self.refresh)
        parts.ctrl.releasesChanged.connect(self.refresh)
        parts.undo_stack.cleanChanged.connect(self._keep_actions)

    def refresh(self) -> None:
        empty = not self.parts.project.releases
        self.empty = empty
        self._keep_actions()
        tabs = self.parts.tabs
        page = self.welcome.view if empty else None
        if empty:
            self.welcome.show()
        for index in range(tabs.count()):
            if tabs.widget(index) is not page:
                tabs.setTabVisible(index, not empty)
        self._docks(empty)
        self.marker.setVisible(not empty)

    def _keep_actions(self, *_args: object) -> None:
        # Re-applied after others set them (the project's read-only state sets Save).
        actions = self.parts.actions
        for name in NEEDS_RELEASE:
            action = actions.get(name)
            if action is None:
                continue
            if self.empty:
                action.setEnabled(False)
            elif name == "actionSave":
                action.setEnabled(not self.doc.read_only)
            elif name not in _OWNED:
                action.setEnabled(True)

    def _docks(self, empty: bool) -> None:
        docks = self.parts.window.findChildren(QDockWidget)
        if empty and self._docks_before is None:
            self._docks_before = {dock: dock.isVisible() for dock in docks}
            for dock in docks:
                dock.hide()
        elif not empty and self._docks_before is not None:
            for dock, visible in self._docks_before.items():
                dock.setVisible(visible)
            self._docks_before = None

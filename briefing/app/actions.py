"""The window's actions: names, shortcuts (standard keys where Qt has one), tips.

Undo and Redo come from the QUndoStack itself (see ``main_window``), which keeps
their text ("Undo Annotate") and enabled state current.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Std = QKeySequence.StandardKey

# objectName -> (text, shortcut, status tip). Object names are the stable contract
# that tests and accessibility tools rely on (see DESIGN.md).
SPECS: dict[str, tuple[str, QKeySequence.StandardKey | str | None, str]] = {
    "actionOpen": ("&Open…", Std.Open, "Open a release (.txt .md .html .htm .docx .pdf)"),
    "actionImport": ("&Import Release…", "Ctrl+I", "Add another release to this project"),
    "actionSave": ("&Save", Std.Save, "Save the project"),
    "actionSaveAs": ("Save &As…", Std.SaveAs, "Save the project under a new name"),
    "actionExportDocx": ("&Export Briefing Note…", "Ctrl+E", "Export the brief as .docx"),
    "actionUpdateRelease": ("&Update Release…", None, "Replace the release with a newer file"),
    "actionCopyBriefMarkdown": ("&Copy Brief as Markdown", None, "Copy the note as Markdown"),
    "actionPreview": ("&Preview Briefing Note", "Ctrl+Shift+P", "Show the note's pages"),
    "actionQuit": ("&Quit", Std.Quit, "Quit Briefing"),
    "actionFind": ("&Find…", Std.Find, "Find in the source or across the project"),
    "actionFindNext": ("Find &Next", Std.FindNext, "Go to the next match"),
    "actionFindPrevious": ("Find Pre&vious", Std.FindPrevious, "Go to the previous match"),
    "actionAnnotate": ("&Annotate Selection", "Ctrl+Alt+M", "Comment on the selected text"),
    "actionDeleteAnnotation": ("&Delete Annotation", None, "Delete the selected annotation"),
    "actionAcceptSuggestion": ("Accept &Suggestion", None, "Apply the next cleanup suggestion"),
    "actionAcceptAllSuggestions": ("Accept &All Suggestions", None, "Apply every suggestion"),
    "actionEditTags": ("Edit &Tags…", None, "Edit the list of section tags"),
    "actionDraftBrief": ("&Draft Brief From Summaries", "Ctrl+Shift+D", "Draft key points"),
    "actionUndoHistory": ("Undo &History", None, "Show every change, to undo back to one"),
    "actionFocusOutline": ("Go to &Outline", "Ctrl+1", "Move the keyboard focus to the tree"),
    "actionFocusSource": ("Go to &Source", "Ctrl+2", "Move the keyboard focus to the text"),
    "actionFocusInspector": ("Go to &Inspector", "Ctrl+3", "Move the focus to the summary"),
    "actionFocusBrief": ("Go to &Brief", "Ctrl+4", "Show the brief"),
}


def make_actions(parent: QWidget) -> dict[str, QAction]:
    """Create every action of :data:`SPECS`, parented to ``parent``."""
    actions: dict[str, QAction] = {}
    for name, (text, shortcut, tip) in SPECS.items():
        action = QAction(text, parent)
        action.setObjectName(name)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(shortcut))
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        actions[name] = action
    return actions

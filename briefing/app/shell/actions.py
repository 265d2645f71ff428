"""The window's actions: names, shortcuts (standard keys where Qt has one), tips.

Undo and Redo come from the QUndoStack itself (see ``main_window``), which keeps
their text ("Undo Annotate") and enabled state current.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from briefing.app.shell.i18n import translate

CTX = "Actions"  # texts are marked for pyside6-lupdate; make_actions translates them

Std = QKeySequence.StandardKey

# objectName -> (text, shortcut, status tip). Object names are the stable contract
# that tests and accessibility tools rely on (see DESIGN.md).
SPECS: dict[str, tuple[str, QKeySequence.StandardKey | str | None, str]] = {
    "actionNewProject": (
        QT_TRANSLATE_NOOP("Actions", "&New Project"), Std.New,
        QT_TRANSLATE_NOOP("Actions", "Start an empty project")),
    "actionOpen": (
        QT_TRANSLATE_NOOP("Actions", "&Open…"), Std.Open,
        QT_TRANSLATE_NOOP("Actions", "Open a release (.txt .md .html .htm .docx .pdf)")),
    "actionOpenUrl": (
        QT_TRANSLATE_NOOP("Actions", "Open &URL…"), "Ctrl+Shift+O",
        QT_TRANSLATE_NOOP("Actions", "Open a release from a web address")),
    "actionPasteRelease": (
        QT_TRANSLATE_NOOP("Actions", "&Paste as Release"), "Ctrl+Shift+V",
        QT_TRANSLATE_NOOP("Actions", "Open the text (or web page) on the clipboard as a release")),
    "actionImport": (
        QT_TRANSLATE_NOOP("Actions", "&Import Release…"), "Ctrl+I",
        QT_TRANSLATE_NOOP("Actions", "Add another release to this project")),
    "actionSave": (
        QT_TRANSLATE_NOOP("Actions", "&Save"), Std.Save,
        QT_TRANSLATE_NOOP("Actions", "Save the project")),
    "actionSaveAs": (
        QT_TRANSLATE_NOOP("Actions", "Save &As…"), Std.SaveAs,
        QT_TRANSLATE_NOOP("Actions", "Save the project under a new name")),
    "actionExportDocx": (
        QT_TRANSLATE_NOOP("Actions", "&Export Briefing Note…"), "Ctrl+E",
        QT_TRANSLATE_NOOP("Actions", "Export the brief as .docx")),
    "actionUpdateRelease": (
        QT_TRANSLATE_NOOP("Actions", "&Update Release…"), None,
        QT_TRANSLATE_NOOP("Actions", "Replace the release with a newer file")),
    "actionCompare": (
        QT_TRANSLATE_NOOP("Actions", "&Compare Releases…"), "Ctrl+Shift+K",
        QT_TRANSLATE_NOOP("Actions", "Show what changed between two versions of a release")),
    "actionSaveOriginal": (
        QT_TRANSLATE_NOOP("Actions", "Save &Original File As…"), None,
        QT_TRANSLATE_NOOP("Actions", "Save the release's original file, as kept in the project")),
    "actionPrint": (
        QT_TRANSLATE_NOOP("Actions", "&Print Briefing Note…"), Std.Print,
        QT_TRANSLATE_NOOP("Actions", "Print the note, with a print preview")),
    "actionCopyBriefMarkdown": (
        QT_TRANSLATE_NOOP("Actions", "&Copy Brief as Markdown"), None,
        QT_TRANSLATE_NOOP("Actions", "Copy the note as Markdown")),
    "actionPreview": (
        QT_TRANSLATE_NOOP("Actions", "&Preview Briefing Note"), "Ctrl+Shift+P",
        QT_TRANSLATE_NOOP("Actions", "Show the note's pages")),
    "actionCloseProject": (
        QT_TRANSLATE_NOOP("Actions", "&Close Project"), Std.Close,
        QT_TRANSLATE_NOOP("Actions", "Close the project and show the welcome page")),
    "actionQuit": (
        QT_TRANSLATE_NOOP("Actions", "&Quit"), Std.Quit,
        QT_TRANSLATE_NOOP("Actions", "Quit Briefing")),
    "actionFind": (
        QT_TRANSLATE_NOOP("Actions", "&Find…"), Std.Find,
        QT_TRANSLATE_NOOP("Actions", "Find in the source or across the project")),
    "actionFindNext": (
        QT_TRANSLATE_NOOP("Actions", "Find &Next"), Std.FindNext,
        QT_TRANSLATE_NOOP("Actions", "Go to the next match")),
    "actionFindPrevious": (
        QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"), Std.FindPrevious,
        QT_TRANSLATE_NOOP("Actions", "Go to the previous match")),
    "actionEditRelease": (
        QT_TRANSLATE_NOOP("Actions", "Edit Release &Text"), "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP("Actions", "Allow changes to the release text (read-only otherwise)")),
    "actionAnnotate": (
        QT_TRANSLATE_NOOP("Actions", "&Annotate Selection"), "Ctrl+Alt+M",
        QT_TRANSLATE_NOOP("Actions", "Comment on the selected text")),
    "actionDeleteAnnotation": (
        QT_TRANSLATE_NOOP("Actions", "&Delete Annotation"), None,
        QT_TRANSLATE_NOOP("Actions", "Delete the selected annotation")),
    "actionAcceptSuggestion": (
        QT_TRANSLATE_NOOP("Actions", "Accept &Suggestion"), None,
        QT_TRANSLATE_NOOP("Actions", "Apply the next cleanup suggestion")),
    "actionAcceptAllSuggestions": (
        QT_TRANSLATE_NOOP("Actions", "Accept &All Suggestions"), None,
        QT_TRANSLATE_NOOP("Actions", "Apply every suggestion")),
    "actionEditTags": (
        QT_TRANSLATE_NOOP("Actions", "Edit &Tags…"), None,
        QT_TRANSLATE_NOOP("Actions", "Edit the list of section tags")),
    "actionDraftBrief": (
        QT_TRANSLATE_NOOP("Actions", "&Draft Brief From Summaries"), "Ctrl+Shift+D",
        QT_TRANSLATE_NOOP("Actions", "Draft key points")),
    "actionUndoHistory": (
        QT_TRANSLATE_NOOP("Actions", "Undo &History"), None,
        QT_TRANSLATE_NOOP("Actions", "Show every change, to undo back to one")),
    "actionFocusOutline": (
        QT_TRANSLATE_NOOP("Actions", "Go to &Outline"), "Ctrl+1",
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the tree")),
    "actionFocusSource": (
        QT_TRANSLATE_NOOP("Actions", "Go to &Source"), "Ctrl+2",
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the text")),
    "actionFocusInspector": (
        QT_TRANSLATE_NOOP("Actions", "Go to &Inspector"), "Ctrl+3",
        QT_TRANSLATE_NOOP("Actions", "Move the focus to the summary")),
    "actionFocusBrief": (
        QT_TRANSLATE_NOOP("Actions", "Go to &Brief"), "Ctrl+4",
        QT_TRANSLATE_NOOP("Actions", "Show the brief")),
    "actionResetLayout": (
        QT_TRANSLATE_NOOP("Actions", "&Reset Layout"), None,
        QT_TRANSLATE_NOOP("Actions", "Put the panels and columns back where they start")),
}


def make_actions(parent: QWidget) -> dict[str, QAction]:
    """Create every action of :data:`SPECS`, parented to ``parent``."""
    actions: dict[str, QAction] = {}
    for name, (text, shortcut, tip) in SPECS.items():
        action = QAction(translate(CTX, text), parent)
        action.setObjectName(name)
        action.setStatusTip(translate(CTX, tip))
        action.setToolTip(translate(CTX, tip))
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(shortcut))
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        actions[name] = action
    return actions

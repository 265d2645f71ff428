"""Suggested summaries: "Suggest" in the inspector, drafted offline or by a language model.

A draft is only ever a proposal shown in a :class:`SuggestionPanel`: Accept fills the
node's summary through the undo stack, Edit does the same and hands the summary to
the user's keyboard, Dismiss hides it. A summary someone already wrote is replaced
only after they confirm (``apply_summary`` semantics).

With a language-model endpoint configured (Tools › Drafting Settings…), the draft is
asked of the model in a pool thread; any failure or time-out falls back to the offline
draft, with a status-bar message saying why.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QWidget

from briefing import analysis
from briefing.app.document import commands
from briefing.app.features.drafter import Drafter
from briefing.app.panels.drafting_panel import SuggestionPanel
from briefing.app.shell import messages
from briefing.app.shell.i18n import translate

if TYPE_CHECKING:
    from briefing.analysis import SummarySuggestion
    from briefing.app.panels.brief_tab import BriefTab
    from briefing.app.panels.inspector import Inspector
    from briefing.app.panels.llm_settings import DraftingSettingsDialog
    from briefing.app.shell.parts import NodeKey, Parts

REPLACE_QUESTION = QT_TRANSLATE_NOOP("Drafting",
                                     "Replace the summary you wrote with the suggested draft?")


class AcceptSummary(commands.SetNodeField):
    """A summary set from a suggestion: one undo step of its own.

    ``SetNodeField`` merges summary edits of one node (typing); an accepted draft must
    not melt into the typing before it, or undo would remove both at once.
    """

    def __init__(self, ctrl, rid: str, nid: str, text: str, label: str) -> None:
        super().__init__(ctrl, rid, nid, "summary", text, label)

    def id(self) -> int:
        return -1


class SummarySuggestions:
    """The inspector's Suggest button and its suggestion panel."""

    def __init__(self, parts: Parts, drafter: Drafter, inspector: Inspector) -> None:
        self.parts, self.w, self.ctrl, self.drafter = parts, parts.window, parts.ctrl, drafter
        self.inspector = inspector
        self.panel = SuggestionPanel("summarySuggestion")
        self.button = QPushButton(translate("Drafting", "Su&ggest"), objectName="summarySuggest")
        self.button.setToolTip(
            translate("Drafting", "Draft a summary of this section for you to accept or edit"))
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.button)
        box.addStretch(1)
        # The inspector's form: summary, tags, include, annotations. The Suggest row and
        # the panel go right under the summary they propose to fill.
        form = inspector.findChild(QFormLayout)
        form.insertRow(1, "", row)
        form.insertRow(2, self.panel)  # spans both columns: the dock is narrow
        self.button.setEnabled(False)
        self.button.clicked.connect(self.suggest)
        self.panel.accepted.connect(self.accept_as_is)
        self.panel.editRequested.connect(self.accept_and_edit)
        parts.node_listeners.append(self._node_selected)


    def accept_as_is(self) -> None:
        self.accept(edit=False)

    def accept_and_edit(self) -> None:
        self.accept(edit=True)

    def _node_selected(self, key: NodeKey | None) -> None:
        self.button.setEnabled(bool(key and key[1]))
        shown = self.panel.suggestion
        if key is None or shown is None or (key[1] != shown.node_id):
            self.drafter.serials["summary"] = self.drafter.serials.get("summary", 0) + 1
            self.panel.clear()  # a draft belongs to the node it was made for

    def suggest(self) -> None:
        """Draft a summary of the selected node (the button and Edit › Suggest Summary)."""
        key = self.parts.current
        if not key or not key[1]:
            return
        self.ctrl.settled(anchors=False)  # draft from what is on screen, not from stale text
        rid, nid = key
        release, node = self.ctrl.project.release(rid), self.ctrl.node(rid, nid)
        if release is None:
            return

        def shown(result: SummarySuggestion) -> None:
            if self.parts.current == (rid, nid):
                result.node_id = nid  # the model's draft says None for a whole release
                self.panel.show_suggestion(result)

        self.drafter.draft("summary", release, node,
                           lambda: analysis.suggest_summary(release, node),
                           shown, self.panel.show_busy)

    def accept(self, edit: bool) -> None:
        """Accept (or Edit): fill the summary through the undo stack, asking before it
        replaces words a person wrote."""
        suggestion, key = self.panel.suggestion, self.parts.current
        if suggestion is None or not key or key[1] != suggestion.node_id:
            return
        rid, nid = key
        node = self.ctrl.node(rid, nid)
        text = suggestion.text.strip()
        replace = False
        if node.summary.strip() and node.summary.strip() != text:
            if messages.ask(self.w, translate("Drafting", REPLACE_QUESTION), ("Replace", "Cancel"),
                            node.summary.strip()) != "Replace":
                return
            replace = True
        probe = copy.copy(node)  # apply_summary decides; the undo command applies
        if analysis.apply_summary(probe, text, replace=replace) and probe.summary != node.summary:
            label = "Edit Suggested Summary" if edit else "Accept Suggested Summary"
            self.ctrl.undo_stack.push(AcceptSummary(self.ctrl, rid, nid, probe.summary, label))
        self.panel.clear()
        if edit:
            editor = self.inspector.summary
            editor.setFocus()
            editor.moveCursor(QTextCursor.MoveOperation.End)


def _action(parts: Parts, name: str, text: str, tip: str, shortcut: str = "") -> QAction:
    action = QAction(text, parts.window)
    action.setObjectName(name)
    action.setStatusTip(tip)
    action.setToolTip(tip)
    if shortcut:
        action.setShortcut(shortcut)
    parts.actions[name] = action
    parts.window.addAction(action)  # shortcuts work before the menus exist
    return action


class DraftingFeature:
    """Installs summary suggestions, the bottom line and the drafting settings."""

    def __init__(self, parts: Parts, inspector: Inspector, brief: BriefTab) -> None:
        from briefing.app.features.drafting_brief import BottomLineSuggestions

        self.parts = parts

        self.w = parts.window
        self.drafter = Drafter(parts)
        self.summaries = SummarySuggestions(parts, self.drafter, inspector)
        self.bottom_line = BottomLineSuggestions(parts, self.drafter, brief)
        _action(parts, "actionSuggestSummary", translate("Actions", "Su&ggest Summary"),
                translate("Actions", "Draft a summary of the selected section"), "Ctrl+Alt+G"
                ).triggered.connect(self.summaries.suggest)
        _action(parts, "actionSuggestBottomLine", translate("Actions", "Suggest &Bottom Line"),
                translate("Actions", "Draft the brief's summary from the release")
                ).triggered.connect(self.bottom_line.suggest)
        _action(parts, "actionDraftingSettings", translate("Actions", "&Drafting Settings…"),
                translate("Actions", "Optional language-model drafting (off by default)")
                ).triggered.connect(self.open_settings)

    def open_settings(self) -> DraftingSettingsDialog:
        """Tools › Drafting Settings…, without blocking the parts.window."""
        from briefing.app.panels.llm_settings import DraftingSettingsDialog

        dialog = DraftingSettingsDialog(self.parts.settings, self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

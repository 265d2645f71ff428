"""Suggest a bottom line for the brief's Summary section (Brief tab).

The draft comes from ``bottom_line(release)`` (≤ 4 lines) or, when configured, from the
language model; Accept makes it the Summary section's paragraph, citing the paragraphs
its sentences came from. A summary paragraph a person wrote is replaced only after
they confirm; the drafted lede ("Draft from summaries") is replaced without asking.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from briefing import analysis
from briefing.app.document import commands
from briefing.app.document.offsets import select_in_plain_editor
from briefing.app.panels.drafting_panel import SuggestionPanel
from briefing.app.shell import messages
from briefing.app.shell.i18n import translate
from briefing.brief.key_people import ensure_section
from briefing.model import BriefParagraph

if TYPE_CHECKING:
    from briefing.analysis import SummarySuggestion
    from briefing.app.features.drafter import Drafter
    from briefing.app.panels.brief_tab import BriefTab
    from briefing.app.shell.parts import Parts

REPLACE_QUESTION = QT_TRANSLATE_NOOP(
    "Drafting", "Replace the summary you wrote in the brief with the suggested bottom line?")


class BottomLineSuggestions:
    """The Brief tab's "Suggest bottom line" button and its suggestion panel."""

    def __init__(self, parts: Parts, drafter: Drafter, brief: BriefTab) -> None:
        self.parts, self.w, self.ctrl, self.drafter = parts, parts.window, parts.ctrl, drafter
        self.brief = tab = brief
        self.panel = SuggestionPanel("bottomLineSuggestion")
        self.button = QPushButton(translate("Drafting", "Suggest &bottom line"),
                                  objectName="briefSuggestBottomLine")
        self.button.setToolTip(
            translate("Drafting", "Draft the Summary section (≤ 4 lines) from the release"))
        layout: QVBoxLayout = tab.layout()
        # Above the body, so the draft and the Summary it would replace are seen together.
        layout.insertWidget(layout.indexOf(tab.body), self.panel)
        for i in range(layout.count()):
            row = layout.itemAt(i).layout()
            if isinstance(row, QHBoxLayout) and row.indexOf(tab.draft_button) >= 0:
                row.insertWidget(row.indexOf(tab.draft_button) + 1, self.button)
                break
        self.button.clicked.connect(self.suggest)
        self.panel.accepted.connect(self.accept_as_is)
        self.panel.editRequested.connect(self.accept_and_edit)
        self.ctrl.releasesChanged.connect(self.panel.clear)


    def accept_as_is(self) -> None:
        self.accept(edit=False)

    def accept_and_edit(self) -> None:
        self.accept(edit=True)

    def _release(self):
        project = self.ctrl.project
        shown = project.release(self.ctrl.current_rid) if self.ctrl.current_rid else None
        return shown or (project.releases[0] if project.releases else None)

    def suggest(self) -> None:
        """Draft the bottom line of the release shown (the first one if none is)."""
        self.ctrl.settled(anchors=False)
        release = self._release()
        if release is None:
            return
        self.parts.tabs.setCurrentWidget(self.brief)
        rid = release.id

        def shown(result: SummarySuggestion) -> None:
            result.node_id = None
            self.panel.show_suggestion(result)
            self.panel.setProperty("releaseId", rid)

        self.drafter.draft("bottom_line", release, None, lambda: analysis.bottom_line(release),
                           shown, self.panel.show_busy)

    def accept(self, edit: bool) -> None:
        """Make the draft the Summary section (one undo step), asking before it replaces
        a paragraph a person wrote."""
        suggestion = self.panel.suggestion
        if suggestion is None or not suggestion.text.strip():
            return
        self.ctrl.settled(anchors=False)  # pending typing first: neither lost nor replayed over
        text = suggestion.text.strip()
        brief = copy.deepcopy(self.ctrl.project.brief)
        section = ensure_section(brief, "summary")
        written = [p.text.strip() for p in section.paragraphs if not p.drafted and p.text.strip()]
        if written and written != [text]:
            answer = messages.ask(self.w, translate("Drafting", REPLACE_QUESTION),
                                  ("Replace", "Cancel"), "\n\n".join(written))
            if answer != "Replace":
                return
        rid = str(self.panel.property("releaseId") or "")
        cites = list(dict.fromkeys((rid, s.node_id) for s in suggestion.sentences if s.node_id))
        # drafted=False: the user chose it, so re-drafting the brief keeps it.
        section.paragraphs = [BriefParagraph(text, cites=cites, drafted=False)]
        label = "Edit Bottom Line" if edit else "Accept Bottom Line"
        self.ctrl.undo_stack.push(commands.SetBrief(self.ctrl, brief, label))
        self.panel.clear()
        if edit:
            self._edit_in_body(text)

    def _edit_in_body(self, text: str) -> None:
        body = self.brief.body
        plain = body.toPlainText()
        at = plain.find(text)
        if at < 0:
            return
        select_in_plain_editor(body, at + len(text))
        body.setFocus()
        body.ensureCursorVisible()

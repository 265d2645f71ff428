"""The Brief tab: header fields and the body as plain text, drafted from the summaries.

The body's text form (``## Section`` headings, paragraphs with their citations) and
reading it back are :mod:`briefing.brief.editable`; this tab shows it and turns typing
into undo steps after a pause.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from briefing.app.document import commands
from briefing.app.shell.i18n import translate
from briefing.brief.editable import parse, render
from briefing.brief.length import DECISION_BLOCK_LINES, fits_two_pages
from briefing.model import Brief, BriefParagraph

if TYPE_CHECKING:
    from briefing.app.shell.parts import Parts

MERGE_BRIEF_TEXT, MERGE_BRIEF_HEADER = 2, 3
HEADER_FIELDS = (("to", QT_TRANSLATE_NOOP("BriefTab", "T&o")),
                 ("from_", QT_TRANSLATE_NOOP("BriefTab", "F&rom")),
                 ("date", QT_TRANSLATE_NOOP("BriefTab", "D&ate")),
                 ("subject", QT_TRANSLATE_NOOP("BriefTab", "Sub&ject")),
                 ("file_number", QT_TRANSLATE_NOOP("BriefTab", "Fi&le no.")))
CLASSIFICATIONS = ("UNCLASSIFIED", "PROTECTED A", "PROTECTED B", "CONFIDENTIAL", "SECRET")


def _localise_date(new: Brief, old: Brief) -> None:
    """A date the draft filled in (ISO, today) shown in the interface language instead."""
    import datetime as dt

    from briefing.app.shell.i18n import format_date

    today = dt.date.today()
    if new.header.date == today.isoformat() and old.header.date != new.header.date:
        new.header.date = format_date(today)


class BriefTab(QWidget):
    """Header form, body editor (``briefEditor``), word count and a two-page warning."""

    def __init__(self, parts: Parts) -> None:
        super().__init__()
        self.parts, self.w, self.ctrl = parts, parts.window, parts.ctrl
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, label in HEADER_FIELDS:
            edit = QLineEdit(objectName=f"brief_{name.strip('_')}")
            self.fields[name] = edit
            form.addRow(translate("BriefTab", label), edit)
            edit.editingFinished.connect(self._header_edited)
        # Properties are set by calls, not constructor keywords: PySide6 6.12 keyword
        # properties with True corrupt bool refcounts (abort at exit after many windows).
        self.classification = QComboBox(objectName="briefClassification")
        self.classification.setEditable(True)
        self.classification.addItems(CLASSIFICATIONS)
        self.classification.currentTextChanged.connect(self._header_value_changed)
        self.for_info = QRadioButton(translate("BriefTab", "For &information"),
                                     objectName="briefForInformation")
        self.for_decision = QRadioButton(translate("BriefTab", "For &decision"),
                                         objectName="briefForDecision")
        self.for_info.toggled.connect(self._header_value_changed)
        purpose = QHBoxLayout()
        purpose.addWidget(self.for_info)
        purpose.addWidget(self.for_decision)
        form.addRow(translate("BriefTab", "&Classification"), self.classification)
        form.addRow("", purpose)
        self.body = QPlainTextEdit(objectName="briefEditor")
        self.draft_button = QPushButton(translate("BriefTab", "Draft from su&mmaries"),
                                        objectName="briefDraft")
        self.draft_button.clicked.connect(self.draft)
        self.count = QLabel(objectName="briefWordCount")
        self.warning = QLabel(objectName="briefWarning")
        bottom = QHBoxLayout()
        bottom.addWidget(self.draft_button)
        bottom.addStretch(1)
        bottom.addWidget(self.warning)
        bottom.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addLayout(bottom)
        self._shown: dict[str, BriefParagraph] = {}
        self._loading = False
        self._text = ""  # the body as last seen: only a change of text is an edit
        # Typing is turned into one merged undo step after a short pause.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self._body_edited)
        self.body.textChanged.connect(self._on_text_changed)
        self.ctrl.briefChanged.connect(self.load)
        self.ctrl.add_flusher(self.flush)
        parts.actions["actionDraftBrief"].triggered.connect(self.draft)
        self.load()


    def _header_value_changed(self, _value: object) -> None:
        self._header_edited()

    def load(self) -> None:
        """Show the project's brief (after undo, redo or drafting)."""
        brief = self.ctrl.project.brief
        self._loading = True
        try:
            h = brief.header
            for name, edit in self.fields.items():
                edit.setText(getattr(h, name))
            self.classification.setCurrentText(h.classification)
            (self.for_decision if h.purpose == "decision" else self.for_info).setChecked(True)
            text, self._shown = render(brief, self.ctrl.project)
            if text != self.body.toPlainText():
                position = self.body.textCursor().position()
                self.body.setPlainText(text)
                cursor = self.body.textCursor()
                cursor.setPosition(min(position, len(text)))
                self.body.setTextCursor(cursor)
        finally:
            self._loading = False
        self._update_count()

    def bring_forward(self) -> None:
        """Make the Brief the tab shown (View › Brief)."""
        self.parts.tabs.setCurrentWidget(self)

    def draft(self) -> None:
        """Draft (or re-draft, keeping hand-written paragraphs) from the summaries."""
        from briefing.brief.compose import draft_brief, redraft

        self.ctrl.settled(anchors=False)
        brief = self.ctrl.project.brief
        has_body = any(s.paragraphs for s in brief.sections)
        # The note's language as the export dialog last chose it (else the interface's):
        # the sentences a draft writes itself are in the language the note will carry.
        from briefing.app.shell.i18n import current_language

        language = str(self.parts.settings.value("export/language", "") or current_language())
        project = self.ctrl.project
        new = (
            redraft(brief, project, language=language)
            if has_body
            else draft_brief(project, language=language)
        )
        _localise_date(new, brief)
        self.ctrl.undo_stack.push(commands.SetBrief(self.ctrl, new, "Draft Brief"))
        self.parts.tabs.setCurrentWidget(self)

    def flush(self) -> None:
        """Push typing still waiting for a pause (the controller's read barrier calls it)."""
        if self._timer.isActive():
            self._timer.stop()
            self._body_edited()

    def _on_text_changed(self) -> None:
        text = self.body.toPlainText()
        # Formatting alone (the spell checker's underlines) also signals a change.
        if text == self._text:
            return
        self._text = text
        if not self._loading:
            self._timer.start()
        self._update_count()

    def _body_edited(self) -> None:
        new = copy.deepcopy(self.ctrl.project.brief)
        new.sections = parse(self.body.toPlainText(), self._shown)
        self.ctrl.undo_stack.push(commands.SetBrief(self.ctrl, new, "Edit Brief", MERGE_BRIEF_TEXT))

    def _header_edited(self) -> None:
        if self._loading:
            return
        # The header as shown is read first: committing pending body typing (below)
        # reloads the tab from the project, which resets the fields to the stored header.
        shown = {name: edit.text() for name, edit in self.fields.items()}
        classification = self.classification.currentText()
        purpose = "decision" if self.for_decision.isChecked() else "information"
        # Body typing still waiting for its pause goes in first, as its own step, so
        # the reload after the header step does not overwrite what was just typed.
        self.flush()
        new = copy.deepcopy(self.ctrl.project.brief)
        for name, value in shown.items():
            setattr(new.header, name, value)
        new.header.classification = classification
        new.header.purpose = purpose
        if vars(new.header) != vars(self.ctrl.project.brief.header):
            command = commands.SetBrief(self.ctrl, new, "Edit Brief Header", MERGE_BRIEF_HEADER)
            self.ctrl.undo_stack.push(command)

    def _update_count(self) -> None:
        text = self.body.toPlainText()
        words = sum(len(line.split()) for line in text.splitlines() if not line.startswith("## "))
        self.count.setText(translate("BriefTab", "{n} words").format(n=f"{words:,}"))
        # Measured at the template's page metrics (briefing.brief.length), not a word quota.
        blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
        # A decision note carries the decision block on page 1: count its lines too.
        fits, pages = fits_two_pages(
            [(b.removeprefix("## "), b.startswith("## ")) for b in blocks],
            decision=self.for_decision.isChecked(),
        )
        self.warning.setText("" if fits else translate(
            "BriefTab", "⚠ about {pages} pages: longer than two").format(pages=f"{pages:.1f}"))
        self.warning.setToolTip(translate(
            "BriefTab", "Estimated at the template's page size: 46 lines of 11 pt text a page, "
            "~90 characters a line; the header block takes ~9 lines, a decision block ~{n} more."
        ).format(n=DECISION_BLOCK_LINES))

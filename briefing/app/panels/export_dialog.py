"""The Export Briefing Note dialog: options, target file, progress. Non-modal.

The dialog only gathers choices and shows progress; :mod:`briefing.app.features.export_feature`
does the work. Its last choices are remembered in QSettings (``export/...``), except
"Reviewed", which belongs to the brief (saved in the project).

What goes out is what the user meant: the "Check before sending" list names what the
note will lack (empty To / From / File no., a DRAFT mark, a blank decision date) before
the export, and everything the export reported after it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing.app.panels.brief_tab import CLASSIFICATIONS
from briefing.app.shell.i18n import current_language, translate
from briefing.export import PAPER_SIZES, ExportOptions
from briefing.export.labels import LABELS
from briefing.export.presets import PRESETS

FORMATS = {".docx": "Word document (*.docx)", ".md": "Markdown (*.md)"}


def choose_export_path(parent: QWidget, start: str, suffix: str) -> str:
    """Ask where to export (tests monkeypatch it); '' when cancelled."""
    path, _filter = QFileDialog.getSaveFileName(parent, "Export Briefing Note", start,
                                                FORMATS[suffix])
    return path


def choose_template_path(parent: QWidget, start: str) -> str:
    path, _filter = QFileDialog.getOpenFileName(
        parent, "House Template", start, "Word templates (*.docx *.dotx)")
    return path


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
    return row


class ExportDialog(QDialog):
    """Template, annex, comments, classification, paper, format and the target file."""

    exportRequested = Signal()
    reviewedToggled = Signal(bool)  # the user marked the brief reviewed (or not)
    choicesChanged = Signal()  # options that change the checks list

    def __init__(self, parent: QWidget, settings: QSettings) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(translate("Export", "Export Briefing Note"))
        self.settings = settings
        self.template = QLineEdit(objectName="exportTemplate")
        self.template.setPlaceholderText(translate("Export", "Briefing's house template"))
        self.template.setAccessibleName(translate("Export", "House template"))
        self.template.setClearButtonEnabled(True)
        browse = QPushButton(translate("Export", "Choose…"), objectName="exportTemplateChoose")
        browse.setAccessibleName(translate("Export", "Choose a house template"))
        browse.clicked.connect(self._choose_template)
        self.annex = QCheckBox(translate("Export", "Annex the release text"),
                               objectName="exportAnnex")
        # Staff remarks are for colleagues: only a working copy carries them.
        self.comments = QCheckBox(
            translate("Export", "Working copy: staff annotations as Word comments"),
            objectName="exportWorkingCopy")
        self.house = QComboBox(objectName="exportHouse")
        self.house.setAccessibleName(translate("Export", "House format"))
        self.house.addItem(translate("Export", "(from the template)"), "")
        for key, preset in PRESETS.items():
            self.house.addItem(preset.name, key)
        self.decide_by = QLineEdit(objectName="exportDecideBy")
        self.decide_by.setPlaceholderText(
            translate("Export", "a note for decision: e.g. 30 November 2026, before the summit"))
        self.decide_by.setAccessibleName(translate("Export", "Decision needed by"))
        self.reviewed = QCheckBox(
            translate("Export", "Reviewed: the note goes out without the DRAFT mark"),
            objectName="exportReviewed")
        self.reviewed.toggled.connect(self._reviewed_toggled)
        self.checks = QListWidget(objectName="exportWarnings")
        self.checks.setAccessibleName(translate("Export", "Check before sending"))
        self.checks.setMaximumHeight(110)
        self.classification = QComboBox(objectName="exportClassification")
        self.classification.setEditable(True)
        self.classification.addItems(["(from the brief)", *CLASSIFICATIONS])
        # The note's own words (labels, headings): each language named in its own script.
        self.language = QComboBox(objectName="exportLanguage")
        self.language.setAccessibleName(translate("Export", "Note language"))
        for code, labels in LABELS.items():
            self.language.addItem(labels.name, code)
        self.paper = QComboBox(objectName="exportPaper")
        self.paper.addItems(list(PAPER_SIZES))
        self.format = QComboBox(objectName="exportFormat")
        self.format.addItems(list(FORMATS))
        self.path = QLineEdit(objectName="exportPath")
        self.path.setAccessibleName(translate("Export", "Save the note to"))
        choose = QPushButton(translate("Export", "Choose…"), objectName="exportPathChoose")
        choose.setAccessibleName(translate("Export", "Choose where to save the note"))
        choose.clicked.connect(self._choose_path)
        form = QFormLayout()
        form.addRow(translate("Export", "Template"), _row(self.template, browse))
        form.addRow("", self.annex)
        form.addRow("", self.comments)
        form.addRow(translate("Export", "House format"), self.house)
        form.addRow(translate("Export", "Decision by"), self.decide_by)
        form.addRow("", self.reviewed)
        form.addRow(translate("Export", "Classification"), self.classification)
        form.addRow(translate("Export", "Note language"), self.language)
        form.addRow(translate("Export", "Paper"), self.paper)
        form.addRow(translate("Export", "Format"), self.format)
        form.addRow(translate("Export", "Save to"), _row(self.path, choose))
        self.progress = QProgressBar(objectName="exportProgress")
        self.progress.setRange(0, 0)  # busy: python-docx gives no progress to report
        self.progress.hide()
        self.status = QLabel(objectName="exportStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(translate("Export", "&Export"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        buttons.accepted.connect(self._export)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("Export", "Check before sending:")))
        layout.addWidget(self.checks)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.format.currentTextChanged.connect(self._format_changed)
        self.decide_by.textChanged.connect(self.choicesChanged)
        self._restore()

    # -- choices -----------------------------------------------------------------------------

    def options(self) -> ExportOptions:
        """The choices as export options (the brief's own classification when not set)."""
        classification = self.classification.currentText().strip()
        if classification.startswith("(") or not classification:
            classification = None
        template = self.template.text().strip()
        return ExportOptions(
            template=Path(template) if template else None,
            annex=self.annex.isChecked(),
            comments=self.comments.isChecked(),
            classification=classification,
            paper=self.paper.currentText(),
            house=self.house.currentData() or None,
            decide_by=self.decide_by.text().strip(),
            language=self.language.currentData() or "en",
        )

    def set_reviewed(self, reviewed: bool) -> None:
        """Show the brief's flag (no reviewedToggled: nothing changed)."""
        self.reviewed.blockSignals(True)
        self.reviewed.setChecked(reviewed)
        self.reviewed.blockSignals(False)

    def show_checks(self, items: list[str]) -> None:
        """List what the user should know (before: the brief's gaps; after: the export's
        warnings); "Nothing to check" when the list is empty."""
        self.checks.clear()
        self.checks.addItems(items or [translate("Export", "Nothing to check.")])

    def target(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        suffix = self.format.currentText()
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)

    def suggest_path(self, folder: str, stem: str) -> None:
        """Fill the target with ``folder/stem.<format>`` unless the user chose one."""
        if not self.path.text().strip():
            self.path.setText(str(Path(folder, stem + self.format.currentText())))

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        self.export_button.setEnabled(not busy)
        self.status.setText(text)

    # -- internals ----------------------------------------------------------------------------

    def _export(self) -> None:
        self._remember()
        self.exportRequested.emit()

    def _choose_path(self) -> None:
        chosen = choose_export_path(self, self.path.text(), self.format.currentText())
        if chosen:
            self.path.setText(chosen)
            suffix = Path(chosen).suffix.lower()
            if suffix in FORMATS:
                self.format.setCurrentText(suffix)

    def _choose_template(self) -> None:
        chosen = choose_template_path(self, self.template.text())
        if chosen:
            self.template.setText(chosen)

    def _reviewed_toggled(self, checked: bool) -> None:
        self.reviewedToggled.emit(checked)

    def _format_changed(self, suffix: str) -> None:
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(suffix)))
        # Markdown has no pages, templates or comments to choose.
        for widget in (self.template, self.paper, self.comments):
            widget.setEnabled(suffix == ".docx")

    def _restore(self) -> None:
        s = self.settings
        self.template.setText(str(s.value("export/template", "") or ""))
        self.annex.setChecked(str(s.value("export/annex", "true")).lower() == "true")
        # A new key: an old "export/comments" = true must not turn comments on to send.
        self.comments.setChecked(str(s.value("export/working_copy", "false")).lower() == "true")
        index = self.house.findData(str(s.value("export/house", "") or ""))
        self.house.setCurrentIndex(max(index, 0))
        self.paper.setCurrentText(str(s.value("export/paper", "a4")))
        self.format.setCurrentText(str(s.value("export/format", ".docx")))
        # Until chosen once, a note in the interface's language (a Korean desk writes for
        # Korean readers).
        language = str(s.value("export/language", "") or current_language())
        self.language.setCurrentIndex(max(self.language.findData(language), 0))

    def _remember(self) -> None:
        s = self.settings
        s.setValue("export/template", self.template.text().strip())
        s.setValue("export/annex", "true" if self.annex.isChecked() else "false")
        s.setValue("export/working_copy", "true" if self.comments.isChecked() else "false")
        s.setValue("export/house", self.house.currentData() or "")
        s.setValue("export/paper", self.paper.currentText())
        s.setValue("export/format", self.format.currentText())
        s.setValue("export/language", self.language.currentData() or "en")

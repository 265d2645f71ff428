"""The inspector dock: the selected node's summary, tags and include-in-brief, its
annotations, and the (non-modal) annotation editor."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing.app.shell.i18n import translate


def checked_tags(widget: QListWidget) -> list[str]:
    """Names of the checked items of a checkable tag list, in list order."""
    return [
        widget.item(i).text()
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def fill_tags(widget: QListWidget, names: list[str], checked: list[str]) -> None:
    """Show ``names`` as checkable items, ``checked`` ticked, without emitting changes."""
    widget.blockSignals(True)
    widget.clear()
    for name in [*names, *(t for t in checked if t not in names)]:
        item = QListWidgetItem(name, widget)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if name in checked else Qt.CheckState.Unchecked)
    widget.blockSignals(False)


class AnnotationEditor(QGroupBox):
    """Comment and tags for a new or existing annotation. Never blocks: it is a panel."""

    saved = Signal(str, list)  # comment, tags
    cancelled = Signal()
    deleteRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Inspector", "Annotation"), parent)
        self.setObjectName("annotationEditor")
        self.quote = QLabel(objectName="annotationQuote")
        self.quote.setWordWrap(True)
        self.comment = QPlainTextEdit(objectName="annotationComment")
        self.comment.setPlaceholderText(
            translate("Inspector", "Comment (Ctrl+Enter to save, Esc to cancel)"))
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(90)
        self.tags = QListWidget(objectName="annotationTags")
        self.tags.setMaximumHeight(110)
        self.save_button = QPushButton(translate("Inspector", "&Save"), objectName="annotationSave")
        self.delete_button = QPushButton(translate("Inspector", "Delete"),
                                         objectName="annotationDelete")
        cancel = QPushButton(translate("Inspector", "Cancel"), objectName="annotationCancel")
        buttons = QHBoxLayout()
        for button in (self.save_button, self.delete_button, cancel):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        for widget in (self.quote, self.comment, self.tags):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self._save)
        cancel.clicked.connect(self._cancel)
        self.delete_button.clicked.connect(self.deleteRequested)
        self.hide()

    def start(self, quote: str, body: str, tags: list[str], names: list[str], new: bool) -> None:
        """Show the panel for one annotation and put the keyboard focus in the comment."""
        self.setTitle(translate("Inspector", "New annotation") if new
                      else translate("Inspector", "Edit annotation"))
        short = quote if len(quote) < 160 else quote[:157] + "…"
        self.quote.setText(f"“{short}”")
        self.comment.setPlainText(body)
        fill_tags(self.tags, names, tags)
        self.delete_button.setVisible(not new)
        self.show()
        self.comment.setFocus()

    def keyPressEvent(self, event) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ctrl:
            self._save()
        elif event.key() == Qt.Key.Key_Escape:
            self._cancel()
        else:
            super().keyPressEvent(event)

    def _save(self) -> None:
        self.hide()
        self.saved.emit(self.comment.toPlainText().strip(), checked_tags(self.tags))

    def _cancel(self) -> None:
        self.hide()
        self.cancelled.emit()


class Inspector(QWidget):
    """Per-node work. Emits user intents; the window turns them into undo commands.

    Include-in-brief has no signal of its own: PySide6 6.12 loses a reference to
    ``True`` each time a Python-defined signal carries a bool (Python aborts at
    exit once it runs out), so the feature listens to the checkbox directly.
    """

    summaryEdited = Signal(str)
    tagsEdited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self.title = QLabel(objectName="inspectorTitle")
        self.title.setWordWrap(True)
        self.summary = QPlainTextEdit(objectName="summaryEdit")
        self.summary.setPlaceholderText(
            translate("Inspector", "Summary of this section, in your words"))
        self.summary.setTabChangesFocus(True)
        # A few lines: the tags, the include box and the annotations stay in view.
        self.summary.setMaximumHeight(110)
        self.tags = QListWidget(objectName="nodeTags")
        self.tags.setMaximumHeight(100)
        self.include = QCheckBox(translate("Inspector", "&Include in brief"),
                                 objectName="includeInBrief")
        self.notes = QListWidget(objectName="nodeAnnotations")
        self.annotation_editor = AnnotationEditor()
        form = QFormLayout()
        # Labels above their fields: in a side panel ~350 px wide, a label column would
        # leave the summary a narrow strip.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(translate("Inspector", "S&ummary"), self.summary)
        form.addRow(translate("Inspector", "&Tags"), self.tags)
        form.addRow("", self.include)
        form.addRow(translate("Inspector", "A&nnotations"), self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.annotation_editor)
        self._loading = False
        self._summary_text = ""  # the summary as last seen: only a change of text is an edit
        self.summary.textChanged.connect(self._summary_changed)
        self.tags.itemChanged.connect(self._tag_item_changed)
        self._set_fields_enabled(False)


    def _tag_item_changed(self, _item: object) -> None:
        self._emit_tags()

    def _set_fields_enabled(self, enabled: bool) -> None:
        # The annotation editor stays usable even when no node is selected.
        for widget in (self.summary, self.tags, self.include, self.notes):
            widget.setEnabled(enabled)

    def show_node(self, title: str, summary: str, tags: list[str], names: list[str],
                  include: bool) -> None:
        """Load a node's fields without echoing them back as edits."""
        self._loading = True
        try:
            self._set_fields_enabled(True)
            self.title.setText(title)
            if self.summary.toPlainText() != summary:
                # Keep the cursor where it was when undo/redo changes the text under it.
                position = self.summary.textCursor().position()
                self.summary.setPlainText(summary)
                cursor = self.summary.textCursor()
                cursor.setPosition(min(position, len(summary)))
                self.summary.setTextCursor(cursor)
            fill_tags(self.tags, names, tags)
            self.include.setChecked(include)
        finally:
            self._loading = False

    def clear(self) -> None:
        self.show_node("", "", [], [], False)
        self._set_fields_enabled(False)

    def _summary_changed(self) -> None:
        text = self.summary.toPlainText()
        # Formatting alone (the spell checker's underlines) also signals a change.
        if text == self._summary_text:
            return
        self._summary_text = text
        if not self._loading:
            self.summaryEdited.emit(text)

    def _emit_tags(self) -> None:
        if not self._loading:
            self.tagsEdited.emit(checked_tags(self.tags))

    @property
    def loading(self) -> bool:
        """True while fields are being filled from the model (changes are not edits)."""
        return self._loading

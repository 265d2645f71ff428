"""The all-annotations panel: every annotation of the project, filtered by tag and text."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.app.colors import tag_color
from briefing.app.i18n import translate
from briefing.model import Annotation

# The tag filter's first two entries: shown translated, kept in the item data in English.
ALL_TAGS = QT_TRANSLATE_NOOP("Annotations", "All tags")
ORPHANED = QT_TRANSLATE_NOOP("Annotations", "Orphaned")  # text gone from the release: kept
AnnotationIdRole = Qt.ItemDataRole.UserRole + 2


def annotation_line(annotation: Annotation) -> str:
    """One line for lists: quote, comment and tags."""
    quote = " ".join(annotation.anchor.quote.split())
    if len(quote) > 60:
        quote = quote[:59] + "…"
    tags = f"  [{', '.join(annotation.tags)}]" if annotation.tags else ""
    body = f" — {annotation.body}" if annotation.body else ""
    mark = "⚠ orphaned: " if annotation.orphaned else ""
    return f"{mark}“{quote}”{body}{tags}"


def fill_annotation_list(widget: QListWidget, annotations: list[Annotation]) -> None:
    """Show ``annotations`` in ``widget``, each item carrying its annotation id."""
    widget.clear()
    for annotation in annotations:
        item = QListWidgetItem(annotation_line(annotation), widget)
        item.setData(AnnotationIdRole, annotation.id)
        item.setToolTip(annotation.body or annotation.anchor.quote)
        item.setBackground(tag_color(annotation.tags[0] if annotation.tags else None))


class AnnotationPanel(QWidget):
    """Filterable list of the project's annotations; activating one asks to jump to it."""

    jumpRequested = Signal(str)  # annotation id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag_filter = QComboBox(objectName="annotationTagFilter")
        self.text_filter = QLineEdit(objectName="annotationFilter")
        self.text_filter.setPlaceholderText(translate("Annotations", "Filter annotations"))
        self.text_filter.setClearButtonEnabled(True)
        self.list = QListWidget(objectName="annotationList")
        top = QHBoxLayout()
        top.addWidget(self.tag_filter)
        top.addWidget(self.text_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self._annotations: list[Annotation] = []
        # Refilling 2,000 rows takes ~0.2 s: coalesce bursts of changes into one refill
        # shortly after, so annotating stays instant.
        self._refill_timer = QTimer(self)
        self._refill_timer.setSingleShot(True)
        self._refill_timer.setInterval(150)
        self._refill_timer.timeout.connect(self._refill)
        self.tag_filter.currentTextChanged.connect(lambda _t: self._refill())
        self.text_filter.textChanged.connect(lambda _t: self._refill())
        self.list.itemClicked.connect(self._jump)
        self.list.itemActivated.connect(self._jump)

    def set_annotations(self, annotations: list[Annotation], tag_names: list[str]) -> None:
        self._annotations = annotations
        current = self.current_filter() or ALL_TAGS
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        for key in (ALL_TAGS, ORPHANED):
            self.tag_filter.addItem(translate("Annotations", key), key)
        for name in tag_names:
            self.tag_filter.addItem(name, name)
        keep = current in tag_names or current == ORPHANED
        self.tag_filter.setCurrentIndex(self.tag_filter.findData(current if keep else ALL_TAGS))
        self.tag_filter.blockSignals(False)
        self._refill_timer.start()

    def current_filter(self) -> str:
        """The chosen filter: ``ALL_TAGS``, ``ORPHANED`` or a tag name (never translated)."""
        key = self.tag_filter.currentData()
        return key if isinstance(key, str) else self.tag_filter.currentText()

    def show_filter(self, key: str) -> None:
        """Choose ``ALL_TAGS``, ``ORPHANED`` or a tag name in the tag filter."""
        index = self.tag_filter.findData(key)
        if index >= 0:
            self.tag_filter.setCurrentIndex(index)

    def retranslate(self) -> None:
        """The language changed: "All tags" and "Orphaned" in the new language."""
        for index in range(min(2, self.tag_filter.count())):
            key = self.tag_filter.itemData(index)
            if key in (ALL_TAGS, ORPHANED):
                self.tag_filter.setItemText(index, translate("Annotations", key))

    def flush(self) -> None:
        """Refill now if a refill is pending (tests, and before reading the list)."""
        if self._refill_timer.isActive():
            self._refill_timer.stop()
            self._refill()

    def count(self) -> int:
        """Rows shown, after any pending refill."""
        self.flush()
        return self.list.count()

    def visible_annotations(self) -> list[Annotation]:
        tag = self.current_filter()
        needle = self.text_filter.text().casefold()
        return [
            a
            for a in self._annotations
            if (tag in ("", ALL_TAGS) or tag in a.tags or (tag == ORPHANED and a.orphaned))
            and (not needle or needle in f"{a.anchor.quote}\n{a.body}".casefold())
        ]

    def _refill(self) -> None:
        fill_annotation_list(self.list, self.visible_annotations())

    def _jump(self, item: QListWidgetItem) -> None:
        self.jumpRequested.emit(item.data(AnnotationIdRole))

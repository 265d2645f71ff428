"""The all-annotations panel: every annotation of the project, filtered by tag and text."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.app.shell.colors import tag_color
from briefing.app.shell.i18n import translate
from briefing.model import Annotation

# The tag filter's first two entries: shown translated, kept in the item data in English.
ALL_TAGS = QT_TRANSLATE_NOOP("Annotations", "All tags")
ORPHANED = QT_TRANSLATE_NOOP("Annotations", "Orphaned")  # text gone from the release: kept
AnnotationIdRole = Qt.ItemDataRole.UserRole + 2
LAYOUT_BATCH = 1000  # rows the list places per event-loop pass (~3-5 ms)

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole


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
    """Show ``annotations`` in ``widget``, each item carrying its annotation id.

    For short lists (the inspector's notes of one node); the all-annotations panel uses
    :class:`AnnotationListModel`, which makes nothing per row.
    """
    widget.clear()
    for annotation in annotations:
        item = QListWidgetItem(annotation_line(annotation), widget)
        item.setData(AnnotationIdRole, annotation.id)
        item.setToolTip(annotation.body or annotation.anchor.quote)
        item.setBackground(tag_color(annotation.tags[0] if annotation.tags else None))


class AnnotationListModel(QAbstractListModel):
    """A list of annotations, one row each, its text, tooltip and colour made when asked.

    Filling a QListWidget with 10,000 items took ~0.3 s (an item, its text, tooltip and
    brush per annotation); here a refill is a model reset, and only the rows on screen
    are ever asked for their data.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._annotations: list[Annotation] = []
        # One brush per first tag: tag_color asks the palette every time.
        self._brushes: dict[str | None, QBrush] = {}

    def set_annotations(self, annotations: list[Annotation]) -> None:
        """Show ``annotations`` (kept as given: the caller hands over a fresh list)."""
        self.beginResetModel()
        self._annotations = annotations
        self._brushes.clear()  # the palette may have changed since (light/dark)
        self.endResetModel()

    def annotation(self, row: int) -> Annotation | None:
        return self._annotations[row] if 0 <= row < len(self._annotations) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._annotations)

    def data(self, index: Index, role: int = _DISPLAY):
        row = index.row()
        if not index.isValid() or row >= len(self._annotations):
            return None
        annotation = self._annotations[row]
        if role == _DISPLAY:
            return annotation_line(annotation)
        if role == _BACKGROUND:
            tag = annotation.tags[0] if annotation.tags else None
            brush = self._brushes.get(tag)
            if brush is None:
                brush = self._brushes[tag] = QBrush(tag_color(tag))
            return brush
        if role == AnnotationIdRole:
            return annotation.id
        if role == _TOOLTIP:
            return annotation.body or annotation.anchor.quote
        return None


class AnnotationPanel(QWidget):
    """Filterable list of the project's annotations; activating one asks to jump to it."""

    jumpRequested = Signal(str)  # annotation id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag_filter = QComboBox(objectName="annotationTagFilter")
        self.text_filter = QLineEdit(objectName="annotationFilter")
        self.text_filter.setPlaceholderText(translate("Annotations", "Filter annotations"))
        self.text_filter.setClearButtonEnabled(True)
        self.model = AnnotationListModel(self)
        self.list = QListView(objectName="annotationList")
        self.list.setUniformItemSizes(True)  # one row measured, not 10,000
        # The view still places every row (two calls into the Python model each, ~35 ms
        # for 10,000): in batches between events, so typing and scrolling never wait.
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(LAYOUT_BATCH)
        self.list.setModel(self.model)
        top = QHBoxLayout()
        top.addWidget(self.tag_filter)
        top.addWidget(self.text_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self._annotations: list[Annotation] = []
        # A refill (filter, model reset) takes ~2-15 ms for 10,000 annotations; bursts of
        # changes (an undo of many, a palette change) still become one refill shortly after.
        self._refill_timer = QTimer(self)
        self._refill_timer.setSingleShot(True)
        self._refill_timer.setInterval(150)
        self._refill_timer.timeout.connect(self._refill)
        self.tag_filter.currentTextChanged.connect(self._filter_changed)
        self.text_filter.textChanged.connect(self._filter_changed)
        self.list.clicked.connect(self._jump)
        self.list.activated.connect(self._jump)  # Enter, or a double click


    def _filter_changed(self, _text: str) -> None:
        self._refill()

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
        return self.model.rowCount()

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
        self.model.set_annotations(self.visible_annotations())

    def _jump(self, index: QModelIndex) -> None:
        annotation = self.model.annotation(index.row()) if index.isValid() else None
        if annotation is not None:
            self.jumpRequested.emit(annotation.id)

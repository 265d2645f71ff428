"""The Compare window: two versions side by side, a change list, a filter, next/previous.

The texts are one two-column table (:mod:`compare_html`), so the versions scroll together
and a paragraph always sits beside its counterpart. The change list on the left steps
through the differences (filtered by kind); choosing one scrolls the table to it. "Go to
text" links open a paragraph in the main window, where it is annotated as usual; "Add to
brief" asks the window to write the section "Changes since the previous version".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing.app.panels import compare_html
from briefing.app.shell.i18n import translate
from briefing.compare.align import Change, Comparison
from briefing.compare.brief_section import describe
from briefing.compare.report import unrelated_warning

_INDEX = Qt.ItemDataRole.UserRole  # a list item's change index in comparison.changes
# Filter entries: (shown text, statuses it keeps).
FILTERS = (
    (
        QT_TRANSLATE_NOOP("Compare", "All changes"),
        ("changed", "moved", "added", "removed", "split", "merged"),
    ),
    (QT_TRANSLATE_NOOP("Compare", "Changed"), ("changed",)),
    (QT_TRANSLATE_NOOP("Compare", "Added"), ("added",)),
    (QT_TRANSLATE_NOOP("Compare", "Removed"), ("removed",)),
    (QT_TRANSLATE_NOOP("Compare", "Moved"), ("moved",)),
    (QT_TRANSLATE_NOOP("Compare", "Split or merged"), ("split", "merged")),
)
# The counts line: "3 changed, 1 added".
STATUS_WORDS = {
    "changed": QT_TRANSLATE_NOOP("Compare", "changed"),
    "moved": QT_TRANSLATE_NOOP("Compare", "moved"),
    "added": QT_TRANSLATE_NOOP("Compare", "added"),
    "removed": QT_TRANSLATE_NOOP("Compare", "removed"),
    "split": QT_TRANSLATE_NOOP("Compare", "split"),
    "merged": QT_TRANSLATE_NOOP("Compare", "merged"),
}


class CompareView(QWidget):
    """Shows one :class:`Comparison`. ``goto(side, node id)`` asks to show a paragraph in
    the main window; ``addToBrief`` asks to write the Changes section."""

    goto = Signal(str, str)
    addToBrief = Signal()
    #: (side, change index, selected text): annotate that passage of that side's release.
    annotate = Signal(str, int, str)

    def __init__(
        self, comparison: Comparison, links: tuple[bool, bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self.comparison, self.links = comparison, links
        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        self.filter = QComboBox()
        self.filter.setObjectName("compareFilter")
        self.filter.setAccessibleName(translate("Compare", "Show changes of kind"))
        for text, _statuses in FILTERS:
            self.filter.addItem(translate("Compare", text))
        self.hide_same = QCheckBox(translate("Compare", "&Hide unchanged paragraphs"))
        self.hide_same.setObjectName("compareHideSame")
        self.previous = QPushButton(translate("Compare", "&Previous change"))
        self.previous.setObjectName("comparePrevious")
        self.next = QPushButton(translate("Compare", "&Next change"))
        self.next.setObjectName("compareNext")
        self.add = QPushButton(translate("Compare", "&Add to Brief"))
        self.add.setObjectName("compareAddToBrief")
        self.add.setToolTip(
            translate(
                "Compare", "Write the section “Changes since the previous version” into the brief"
            )
        )
        self.list = QListWidget()
        self.list.setObjectName("compareChanges")
        self.list.setAccessibleName(translate("Compare", "Changes"))
        self.list.setWordWrap(True)  # a change reads whole, not cut at the list's edge
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text = QTextBrowser()
        self.text.setObjectName("compareText")
        self.text.setOpenLinks(False)
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text.customContextMenuRequested.connect(self._context_menu)
        self._rows: list[int] = []  # the change shown in each table row (after the heading)
        self.text.setAccessibleName(translate("Compare", "The two versions side by side"))

        bar = QHBoxLayout()
        for widget in (self.filter, self.hide_same, self.previous, self.next):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.add)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.text)
        split.setStretchFactor(1, 3)
        split.setSizes([320, 860])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.filter.currentIndexChanged.connect(self._fill_list)
        self.hide_same.toggled.connect(self._render)
        self.previous.clicked.connect(self.go_previous)
        self.next.clicked.connect(self.go_next)
        self.add.clicked.connect(self.addToBrief)
        self.list.currentRowChanged.connect(self._show_current)
        self.text.anchorClicked.connect(self._link)
        self._summarise()
        self._render()
        self._fill_list()

    # -- what is shown ---------------------------------------------------------------------

    def shown_changes(self) -> list[int]:
        """Indexes (in ``comparison.changes``) of the changes the list shows."""
        statuses = FILTERS[max(0, self.filter.currentIndex())][1]
        return [i for i, c in enumerate(self.comparison.changes) if c.status in statuses]

    def _summarise(self) -> None:
        counts = self.comparison.summary()
        parts = [
            f"{n} {translate('Compare', STATUS_WORDS[s])}"
            for s, n in counts.items()
            if n and s != "same"
        ]
        text = ", ".join(parts) or translate("Compare", "No differences")
        same = counts.get("same", 0)
        text += translate("Compare", "; {n} paragraphs unchanged.").format(n=same)
        warning = unrelated_warning(self.comparison)
        if warning:
            label = translate("Compare", "Warning")
            text = f"<b>{label}:</b> {warning}. " + text
        self.summary.setText(text)

    def _render(self) -> None:
        hide = self.hide_same.isChecked()
        changes = self.comparison.changes
        self._rows = [i for i, c in enumerate(changes) if not (hide and c.status == "same")]
        self.text.setHtml(
            compare_html.render(self.comparison, self.hide_same.isChecked(), self.links)
        )
        self._show_current(self.list.currentRow())

    def _fill_list(self) -> None:
        self.list.clear()
        for index in self.shown_changes():
            change = self.comparison.changes[index]
            item = QListWidgetItem(describe(change))
            item.setData(_INDEX, index)
            item.setToolTip(describe(change))
            colour = compare_html.COLOURS.get(change.status)
            if colour:
                item.setBackground(QColor(colour))
                item.setForeground(QColor("#1a1a1a"))
            self.list.addItem(item)
        has = self.list.count() > 0
        self.previous.setEnabled(has)
        self.next.setEnabled(has)
        if has:
            self.list.setCurrentRow(0)

    # -- moving around ---------------------------------------------------------------------

    def go_next(self) -> None:
        if self.list.count():
            self.list.setCurrentRow(min(self.list.count() - 1, self.list.currentRow() + 1))

    def go_previous(self) -> None:
        if self.list.count():
            self.list.setCurrentRow(max(0, self.list.currentRow() - 1))

    def current_change(self) -> Change | None:
        item = self.list.currentItem()
        return None if item is None else self.comparison.changes[item.data(_INDEX)]

    def _show_current(self, row: int) -> None:
        item = self.list.item(row) if row >= 0 else None
        if item is not None:
            self.text.scrollToAnchor(f"c{item.data(_INDEX)}")

    # -- annotating either side ---------------------------------------------------------------

    def selection_target(self) -> tuple[str, int, str] | None:
        """(side, change index, text) of a selection inside one paragraph of a version
        that is in the project; None otherwise (nothing selected, across cells, a file)."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return None
        document = self.text.document()
        cells = []
        for position in (cursor.selectionStart(), cursor.selectionEnd()):
            probe = QTextCursor(document)
            probe.setPosition(position)
            table = probe.currentTable()
            if table is None:
                return None
            cell = table.cellAt(probe)
            cells.append((cell.row(), cell.column()))
        (row, column), end = cells
        if end != (row, column) or row == 0 or row - 1 >= len(self._rows):
            return None  # across paragraphs or sides, or in the heading
        if not self.links[column]:
            return None
        text = " ".join(cursor.selectedText().replace("\u2029", " ").split())
        return ("old" if column == 0 else "new", self._rows[row - 1], text) if text else None

    def annotate_selection(self) -> bool:
        target = self.selection_target()
        if target is not None:
            self.annotate.emit(*target)
        return target is not None

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.text.createStandardContextMenu()
        action = menu.addAction(translate("Compare", "&Annotate Selection…"))
        action.setEnabled(self.selection_target() is not None)
        action.triggered.connect(self.annotate_selection)
        menu.popup(self.text.viewport().mapToGlobal(pos))
        self.menu = menu  # kept for tests, and so it is not collected while shown

    def _link(self, url: QUrl) -> None:
        parts = url.toString().split(":", 2)
        if len(parts) == 3 and parts[0] == compare_html.GOTO:
            self.goto.emit(parts[1], parts[2])


class CompareDialog(QDialog):
    """The Compare window (non-modal), or, for Update Release, a preview to accept."""

    def __init__(
        self,
        comparison: Comparison,
        links: tuple[bool, bool],
        parent: QWidget | None = None,
        confirm: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        title = translate("Compare", "Compare: {old} → {new}").format(
            old=compare_html.release_name(comparison.old),
            new=compare_html.release_name(comparison.new),
        )
        self.setWindowTitle(title)
        self.view = CompareView(comparison, links, self)
        buttons = QDialogButtonBox()
        if confirm:  # a preview: apply or cancel
            self.view.add.hide()
            ok = buttons.addButton(confirm, QDialogButtonBox.ButtonRole.AcceptRole)
            ok.setObjectName("compareConfirm")
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1180, 720)

"""The "Key facts" view: people, quotes, dates, organisations and places, grouped.

A ``QTreeWidget`` with one bold section row per kind and one row per fact; a fact
seen more than once (a person called "Minister of Foreign Affairs Lee Han-gyeol",
then "Minister Lee") has a child row per further mention. Every fact row carries the
``Mention`` it stands for (``MentionRole``) so the feature can select its text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing import analysis
from briefing.app.document.outline_model import node_title
from briefing.app.shell.i18n import translate
from briefing.model import Release

if TYPE_CHECKING:
    from briefing.analysis import KeyFacts

MentionRole = Qt.ItemDataRole.UserRole + 30  # Mention to select in the source
FactRole = Qt.ItemDataRole.UserRole + 31  # FactRef: which fact a row is (for Add to brief)
SectionRole = Qt.ItemDataRole.UserRole + 32  # a section row's KeyFacts field name
SECTIONS = (
    ("people", QT_TRANSLATE_NOOP("KeyFacts", "People")),
    ("quotes", QT_TRANSLATE_NOOP("KeyFacts", "Quotes")),
    ("dates", QT_TRANSLATE_NOOP("KeyFacts", "Dates")),
    ("organisations", QT_TRANSLATE_NOOP("KeyFacts", "Organisations")),
    ("places", QT_TRANSLATE_NOOP("KeyFacts", "Places")),
)


@dataclass(frozen=True)
class FactRef:
    kind: str  # a KeyFacts field name
    index: int  # position in that list


def _where(release: Release, node_id: str) -> str:
    node = release.node(node_id) if node_id else None
    if node is None:
        return ""
    return node_title(node)


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class KeyFactsView(QWidget):
    """Tree of facts, a one-line status, and an "Add to brief" button."""

    addRequested = Signal()
    findRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyFactsView")
        self.status = QLabel(objectName="keyFactsStatus")
        self.status.setWordWrap(True)
        self.tree = QTreeWidget(objectName="keyFactsTree")
        self.tree.setAccessibleName(translate("KeyFacts", "Key facts"))
        self.tree.setColumnCount(3)
        self.set_header_labels()
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setAlternatingRowColors(True)
        # Fits the outline's column (~500 px) with "Where" still showing.
        self.tree.setColumnWidth(0, 170)
        self.tree.setColumnWidth(1, 210)
        self.add_button = QPushButton(translate("KeyFacts", "Add to &brief"),
                                      objectName="factsAddToBrief")
        self.add_button.setToolTip(translate(
            "KeyFacts", "Add the selected people (Key people table) or quotes to the brief"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.addRequested)
        # Shown for very long texts, whose facts are found only when asked for.
        self.find_button = QPushButton(translate("KeyFacts", "Find &key facts"),
                                       objectName="factsFind")
        self.find_button.hide()
        self.find_button.clicked.connect(self.findRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.tree.itemSelectionChanged.connect(self._selection_changed)

    def set_header_labels(self) -> None:
        """The column titles in the interface language (again after a language change)."""
        self.tree.setHeaderLabels([translate("KeyFacts", "Fact"),
                                   translate("KeyFacts", "Role · speaker · event"),
                                   translate("KeyFacts", "Where")])

    # -- filling ------------------------------------------------------------------------

    def show_facts(self, facts: KeyFacts | None, release: Release | None) -> None:
        """Show ``facts`` of ``release``, keeping collapsed sections and the current row."""
        collapsed = {
            self.tree.topLevelItem(i).data(0, SectionRole)
            for i in range(self.tree.topLevelItemCount())
            if not self.tree.topLevelItem(i).isExpanded()
        }
        current = self.tree.currentItem()
        keep = current.data(0, FactRole) if current is not None else None
        self.tree.clear()
        if facts is None or release is None:
            self._selection_changed()
            return
        restore = None
        for kind, title in SECTIONS:
            rows = self._rows(kind, facts, release)
            section = QTreeWidgetItem(self.tree, [f"{translate('KeyFacts', title)} ({len(rows)})"])
            section.setData(0, SectionRole, kind)
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            section.setFirstColumnSpanned(True)
            for index, (cells, mentions, tip) in enumerate(rows):
                item = QTreeWidgetItem(section, list(cells))
                ref = FactRef(kind, index)
                item.setData(0, FactRole, ref)
                item.setData(0, MentionRole, mentions[0] if mentions else None)
                for column in range(3):
                    item.setToolTip(column, tip)
                for mention in mentions[1:]:
                    child = QTreeWidgetItem(item, [_short(mention.text), "",
                                                   _where(release, mention.node_id)])
                    child.setData(0, MentionRole, mention)
                if ref == keep:
                    restore = item
            section.setExpanded(kind not in collapsed)
        if restore is not None:
            self.tree.setCurrentItem(restore)
        self._selection_changed()

    def _rows(self, kind: str, facts: KeyFacts, release: Release):
        """(cells, mentions, tooltip) per fact of ``kind``."""
        rows = []
        if kind == "people":
            for p in facts.people:
                detail = " · ".join(x for x in (p.role or p.honorific,
                                                 p.organisation or p.country) if x)
                where = _where(release, p.mentions[0].node_id) if p.mentions else ""
                rows.append(((p.name, detail, where), p.mentions, p.display))
        elif kind == "quotes":
            for q in facts.quotes:
                speaker = q.speaker or q.person
                mention = analysis.Mention(q.start, q.end, release.text[q.start : q.end], q.node_id)
                rows.append(((_short(f"“{q.text}”"), speaker, _where(release, q.node_id)),
                             [mention], q.text))
        elif kind == "dates":
            for d in facts.dates:
                when = f"{d.text} ({d.iso})" if d.iso else d.text
                mention = analysis.Mention(d.start, d.end, d.text, d.node_id)
                rows.append(((when, d.event, _where(release, d.node_id)), [mention], d.event))
        else:
            for e in getattr(facts, kind):
                count = len(e.mentions)
                where = _where(release, e.mentions[0].node_id) if e.mentions else ""
                detail = (translate("KeyFacts", "{n} mention") if count == 1
                          else translate("KeyFacts", "{n} mentions")).format(n=count)
                rows.append(((e.name, detail, where), e.mentions, e.name))
        return rows

    # -- selection ------------------------------------------------------------------------

    def selected_refs(self) -> list[FactRef]:
        """The people and quotes selected (mention rows count for their fact)."""
        refs: list[FactRef] = []
        for item in self.tree.selectedItems():
            ref = item.data(0, FactRole)
            if ref is None and item.parent() is not None:
                ref = item.parent().data(0, FactRole)
            if isinstance(ref, FactRef) and ref.kind in ("people", "quotes") and ref not in refs:
                refs.append(ref)
        return refs

    def _selection_changed(self) -> None:
        self.add_button.setEnabled(bool(self.selected_refs()))

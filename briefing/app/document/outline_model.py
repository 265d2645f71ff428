"""The outline tree as a Qt item model: a thin adapter over ``briefing.model`` nodes.

Built like Qt's *simpletreemodel*: each index carries its :class:`Node`, and two
dictionaries (keyed by ``id(node)``) answer "who is my parent" and "which row am I".
Each release is a top-level row (its root node), so a project with several
releases shows them side by side.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from briefing.model import Node, Project, Release

Index = QModelIndex | QPersistentModelIndex

# What each column shows, for its header's tooltip.
COLUMN_TIPS = (
    QT_TRANSLATE_NOOP("Outline", "The release's structure: titles, headings, paragraphs"),
    QT_TRANSLATE_NOOP("Outline", "What the part is (paragraph, heading, footnote…)"),
    QT_TRANSLATE_NOOP("Outline", "Your summary; the box includes the part in the brief"),
    QT_TRANSLATE_NOOP("Outline", "How many annotations the part holds"),
    QT_TRANSLATE_NOOP("Outline", "The part's tags"),
)
COLUMNS = (
    QT_TRANSLATE_NOOP("Outline", "Outline"),
    QT_TRANSLATE_NOOP("Outline", "Kind"),
    QT_TRANSLATE_NOOP("Outline", "Summary"),
    QT_TRANSLATE_NOOP("Outline", "Notes"),
    QT_TRANSLATE_NOOP("Outline", "Tags"),
)
COL_OUTLINE, COL_KIND, COL_SUMMARY, COL_NOTES, COL_TAGS = range(len(COLUMNS))
FIRST_WORDS = 60  # characters of node text shown after the label

#: Custom role: ``(release id, node id)`` of the index's node.
NodeKeyRole = Qt.ItemDataRole.UserRole + 1
#: Custom role (column 0): everything the tree filter matches — the node's whole text
#: (not just the first words shown), its kind, summary and tags.
FilterRole = Qt.ItemDataRole.UserRole + 3


_NCOLS = len(COLUMNS)
# Combined once: enum "|" runs in Python and flags() is called for every painted cell.
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ROLES = frozenset(int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.TextAlignmentRole, NodeKeyRole, FilterRole,
))


# Node kinds as the outline, the inspector, Find and Key facts name them ("release" is
# the root row). The model keeps the English kind; only the shown name is translated.
KIND_NAMES = (
    QT_TRANSLATE_NOOP("Kinds", "release"),
    QT_TRANSLATE_NOOP("Kinds", "title"),
    QT_TRANSLATE_NOOP("Kinds", "subtitle"),
    QT_TRANSLATE_NOOP("Kinds", "dateline"),
    QT_TRANSLATE_NOOP("Kinds", "heading"),
    QT_TRANSLATE_NOOP("Kinds", "paragraph"),
    QT_TRANSLATE_NOOP("Kinds", "item"),
    QT_TRANSLATE_NOOP("Kinds", "footnote"),
    QT_TRANSLATE_NOOP("Kinds", "quote"),
    QT_TRANSLATE_NOOP("Kinds", "list"),
    QT_TRANSLATE_NOOP("Kinds", "contact"),
    QT_TRANSLATE_NOOP("Kinds", "note"),
)
_kind_cache: dict[str, str] = {}
_kind_language: list[str] = [""]


def kind_name(kind: str) -> str:
    """``kind`` ("paragraph") in the interface language ("단락"); cached per language."""
    from briefing.app.shell.i18n import current_language

    language = current_language()
    if _kind_language[0] != language:
        _kind_cache.clear()
        _kind_language[0] = language
    name = _kind_cache.get(kind)
    if name is None:
        name = _kind_cache[kind] = QCoreApplication.translate("Kinds", kind)
    return name


def node_title(node: Node) -> str:
    """"paragraph 2." in the interface language: the node's kind name and its label."""
    return f"{kind_name(node.kind)} {node.label}".strip()


def first_words(text: str, limit: int = FIRST_WORDS) -> str:
    """The start of ``text`` on one line, cut at a word boundary, with an ellipsis."""
    flat = " ".join(text[: limit * 2].split())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit)
    return flat[: cut if cut > limit // 2 else limit] + "…"


class OutlineModel(QAbstractItemModel):
    """Releases and their nodes, five columns: outline, kind, summary, notes, tags."""

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self._parent: dict[int, Node | None] = {}
        self._row: dict[int, int] = {}
        self._release: dict[int, Release] = {}
        self._by_id: dict[tuple[str, str], Node] = {}
        self._note_counts: dict[tuple[str, str], int] | None = None
        #: Callable (release, annotation) -> node id, set by the window (uses live spans).
        self.node_of_annotation = None
        self._reindex()

    # -- bookkeeping --------------------------------------------------------------------

    def _reindex(self) -> None:
        """Record every node's parent, row and release, and each (release, node id).

        A loop over sibling lists rather than a recursive call per node: with 35,000
        nodes that is ~30 % faster, and opening a big project waits on it. (Should a
        damaged file repeat a node id, which node the id finds is arbitrary; opening
        reports the duplicate.)
        """
        self._parent.clear()
        self._row.clear()
        self._release.clear()
        self._by_id.clear()
        parents, rows, releases, by_id = self._parent, self._row, self._release, self._by_id
        for row, release in enumerate(self.project.releases):
            rid, root = release.id, release.root
            key = id(root)
            parents[key], rows[key], releases[key] = None, row, release
            by_id[(rid, root.id)] = root
            stack = [root]
            pop, push = stack.pop, stack.append
            while stack:
                node = pop()
                for i, child in enumerate(node.children):
                    key = id(child)
                    parents[key], rows[key], releases[key] = node, i, release
                    by_id[(rid, child.id)] = child
                    if child.children:
                        push(child)

    def set_project(self, project: Project) -> None:
        """Show another project (a full reset)."""
        self.beginResetModel()
        self.project = project
        self._note_counts = None
        self._reindex()
        self.endResetModel()

    def insert_release(self, row: int, release: Release) -> None:
        """Insert ``release`` into the project at ``row`` and show it."""
        self.beginInsertRows(QModelIndex(), row, row)
        self.project.releases.insert(row, release)
        self._reindex()
        self.endInsertRows()

    def remove_release(self, row: int) -> Release:
        """Remove the release at ``row`` from the project and return it."""
        self.beginRemoveRows(QModelIndex(), row, row)
        release = self.project.releases.pop(row)
        self._reindex()
        self._note_counts = None
        self.endRemoveRows()
        return release

    # -- lookups ----------------------------------------------------------------------

    def node(self, index: Index) -> Node | None:
        return index.internalPointer() if index.isValid() else None

    def release_of(self, index: Index) -> Release | None:
        node = self.node(index)
        return None if node is None else self._release.get(id(node))

    def index_of(self, release_id: str, node_id: str | None = None, column: int = 0) -> QModelIndex:
        """The index of a node (or of the release's row when ``node_id`` is None)."""
        if node_id is None:
            release = self.project.release(release_id)
            node = release.root if release is not None else None
        else:
            node = self._by_id.get((release_id, node_id))
        if node is None or id(node) not in self._row:
            return QModelIndex()
        return self.createIndex(self._row[id(node)], column, node)

    def node_by_id(self, release_id: str, node_id: str) -> Node | None:
        """The node ``node_id`` of release ``release_id`` (a dict lookup)."""
        return self._by_id.get((release_id, node_id))

    def notes_changed(self) -> None:
        """Annotations moved or changed in bulk: recount, repaint the rows whose count changed."""
        old = self._note_counts
        self._note_counts = None
        if old is None:
            self._emit_column_changed(COL_NOTES)
            return
        new = self._counts()
        self._note_counts = new
        for key in old.keys() | new.keys():
            if old.get(key, 0) != new.get(key, 0):
                self._emit_cell(key, COL_NOTES)

    def note_added(self, release_id: str, node_id: str | None, step: int = 1) -> None:
        """One annotation was added to (``step=-1``: removed from) a node: repaint its row.

        Incremental, because recounting 2,000 annotations on each add costs ~10 ms.
        """
        if self._note_counts is None or node_id is None:
            self._note_counts = None
            self._emit_column_changed(COL_NOTES)
            return
        key = (release_id, node_id)
        self._note_counts[key] = max(0, self._note_counts.get(key, 0) + step)
        self._emit_cell(key, COL_NOTES)

    def _emit_cell(self, key: tuple[str, str], column: int) -> None:
        index = self.index_of(key[0], key[1], column)
        if index.isValid():
            self.dataChanged.emit(index, index)

    def text_changed(self) -> None:
        """Release text moved under the nodes: repaint the first words."""
        self._emit_column_changed(COL_OUTLINE)

    def node_changed(self, release_id: str, node_id: str) -> None:
        """Summary, tags or include flag of one node changed."""
        first = self.index_of(release_id, node_id, 0)
        if first.isValid():
            last = first.siblingAtColumn(len(COLUMNS) - 1)
            self.dataChanged.emit(first, last)

    def _emit_column_changed(self, column: int) -> None:
        # One dataChanged per run of siblings: every row, at every depth, repaints.
        for row, release in enumerate(self.project.releases):
            top = self.createIndex(row, column, release.root)
            self.dataChanged.emit(top, top)
            stack = [release.root]
            while stack:
                node = stack.pop()
                children = node.children
                if children:
                    last = children[-1]
                    self.dataChanged.emit(
                        self.createIndex(0, column, children[0]),
                        self.createIndex(len(children) - 1, column, last),
                    )
                    stack.extend(c for c in children if c.children)

    def _counts(self) -> dict[tuple[str, str], int]:
        counts: dict[tuple[str, str], int] = {}
        for annotation in self.project.annotations:
            rel = self.project.release(annotation.release_id)
            if rel is None:
                continue
            if self.node_of_annotation is not None:
                node_id = self.node_of_annotation(rel, annotation)
            else:
                found = rel.node_at(annotation.anchor.start)
                node_id = found.id if found else None
            if node_id:
                counts[(rel.id, node_id)] = counts.get((rel.id, node_id), 0) + 1
        return counts

    def _note_count(self, release: Release, node: Node) -> int:
        if self._note_counts is None:
            self._note_counts = self._counts()
        return self._note_counts.get((release.id, node.id), 0)

    # -- QAbstractItemModel ---------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked here rather than with hasIndex(): hasIndex calls rowCount and
        # columnCount back in Python, and the filter proxy asks for a source index on
        # every data() call — ~2,000 times per repaint of the tree.
        if row < 0 or not 0 <= column < _NCOLS:
            return QModelIndex()
        if not parent.isValid():
            releases = self.project.releases
            return self.createIndex(row, column, releases[row].root) if row < len(releases) \
                else QModelIndex()
        if parent.column() > 0:
            return QModelIndex()
        children = parent.internalPointer().children
        return self.createIndex(row, column, children[row]) if row < len(children) \
            else QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._parent.get(id(index.internalPointer()))
        if parent is None:
            return QModelIndex()
        return self.createIndex(self._row[id(parent)], 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(self.project.releases)
        return len(parent.internalPointer().children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Outline", COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("Outline", COLUMN_TIPS[section])
        return None

    def retranslate(self) -> None:
        """The language changed: headers and kind names are shown again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, _NCOLS - 1)
        self._emit_column_changed(COL_KIND)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        # Painting asks ~9 roles per cell; most are answered "nothing" before any lookup.
        if role not in _ROLES or not index.isValid():
            return None
        node: Node = index.internalPointer()
        release = self._release[id(node)]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(release, node, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(release, node, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_KIND:
            # Kind is secondary information: muted, in the palette of the current scheme.
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_NOTES:
            return Qt.AlignmentFlag.AlignCenter
        if role == NodeKeyRole:
            return (release.id, None if node.kind == "root" else node.id)
        if role == FilterRole:
            return self._filter_text(release, node)
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_SUMMARY and node.kind != "root":
            return Qt.CheckState.Checked if node.include_in_brief else Qt.CheckState.Unchecked
        return None

    def _tooltip(self, release: Release, node: Node, column: int) -> str | None:
        """The whole text a cut cell stands for (columns are narrow on a laptop)."""
        if node.kind == "root":
            return None
        if column == COL_OUTLINE:
            return first_words(release.node_text(node), 400)
        if column == COL_SUMMARY:
            if node.include_in_brief:
                include = QCoreApplication.translate("Outline", "Included in the brief")
            else:
                include = QCoreApplication.translate(
                    "Outline", "Not in the brief (tick the box to include it)"
                )
            return f"{node.summary}\n\n{include}" if node.summary else include
        if column == COL_TAGS:
            return ", ".join(node.tags) or None
        return None

    def _filter_text(self, release: Release, node: Node) -> str:
        if node.kind == "root":
            return self._display(release, node, COL_OUTLINE) or ""
        return "\n".join((node.label, release.node_text(node), node.kind, kind_name(node.kind),
                          node.summary, ", ".join(node.tags)))

    def _display(self, release: Release, node: Node, column: int) -> str | None:
        if node.kind == "root":
            if column == COL_OUTLINE:
                return release.title or release.source.path.rsplit("/", 1)[-1] or release.id
            if column == COL_KIND:
                return kind_name("release")
            return None
        if column == COL_OUTLINE:
            words = first_words(release.node_text(node))
            return f"{node.label} {words}".strip() if node.label else words
        if column == COL_KIND:
            return kind_name(node.kind)
        if column == COL_SUMMARY:
            return first_words(node.summary, 80)
        if column == COL_NOTES:
            count = self._note_count(release, node)
            return str(count) if count else ""
        if column == COL_TAGS:
            return ", ".join(node.tags)
        return None


class OutlineProxy(QSortFilterProxyModel):
    """The tree's filter proxy, answering a painted cell's roles in one call.

    Qt's delegate asks for ~9 roles per cell through ``multiData``; the stock proxy
    turns each into ``mapToSource`` (a Python ``index()``) plus a Python ``data()``,
    ~2,000 crossings per repaint of the tree. Here the roles the outline never sets
    are skipped before they reach the source model.
    """

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Every row has the same flags; the view asks twice per painted cell.
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def multiData(self, index: Index, span) -> None:
        source = self.mapToSource(index) if index.isValid() else QModelIndex()
        model = self.sourceModel()
        # A plain Python call into the outline model: no C++ round trip per role.
        data = model.data if isinstance(model, OutlineModel) else None
        for role_data in span:
            role = role_data.role()
            value = None
            if data is not None and role in _ROLES and source.isValid():
                value = data(source, role)
            # The delegate reuses its span from cell to cell: every role must be set or
            # cleared, or the previous cell's check box and colour leak into this one.
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

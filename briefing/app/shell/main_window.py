"""The main window's frame: outline tree | centre tabs (Source first) | docks, the tree and
the source editor following each other, the status line, drag and drop, closing.

The features (inspector, annotations, brief, find, project file, export…) are built
and wired by the composition root, :func:`briefing.app.shell.compose.build_window`;
the attributes they are reachable by are declared here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabWidget,
    QTreeView,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from briefing.app.document.controller import Controller
from briefing.app.document.outline_model import (
    COL_OUTLINE,
    FilterRole,
    NodeKeyRole,
    OutlineProxy,
    node_title,
)
from briefing.app.panels.source_editor import SourceEditor
from briefing.app.shell.actions import make_actions
from briefing.app.shell.colors import node_color
from briefing.app.shell.i18n import translate, undo_view_delegate
from briefing.app.shell.parts import NodeKey, Parts
from briefing.app.shell.settings import RecentFiles, reset_layout, save_layout
from briefing.model import Project, Release

if TYPE_CHECKING:
    from pathlib import Path

    from briefing.app.features.annotations_feature import AnnotationFeature
    from briefing.app.features.compare_feature import CompareFeature
    from briefing.app.features.drafting_feature import DraftingFeature
    from briefing.app.features.edit_mode_feature import EditMode
    from briefing.app.features.empty_state_feature import EmptyState
    from briefing.app.features.export_feature import ExportFeature
    from briefing.app.features.facts_feature import FactsFeature
    from briefing.app.features.files_feature import FilesFeature
    from briefing.app.features.find_feature import FindFeature
    from briefing.app.features.inspector_feature import NodeFeature
    from briefing.app.features.late_suggestions_feature import LateSuggestions
    from briefing.app.features.original_file_feature import OriginalFileSaver
    from briefing.app.features.print_feature import PrintFeature
    from briefing.app.features.project_feature import ProjectDocument
    from briefing.app.features.recovery_feature import Autosaver
    from briefing.app.features.sources_feature import SourcesFeature
    from briefing.app.features.suggestions_feature import SuggestionFeature
    from briefing.app.features.update_feature import ReleaseUpdater
    from briefing.app.features.welcome_feature import WelcomeFeature
    from briefing.app.panels.annotation_panel import AnnotationPanel
    from briefing.app.panels.brief_tab import BriefTab
    from briefing.app.panels.find_bar import FindBar
    from briefing.app.panels.inspector import Inspector
    from briefing.app.panels.preview_tab import PreviewTab
    from briefing.app.shell.help_feature import HelpFeature
    from briefing.app.shell.i18n import Retranslator, UndoTexts
    from briefing.app.shell.theme_feature import ThemeFeature


class MainWindow(QMainWindow):
    """Briefing's window. ``self.project`` is the state; every change is an undo command."""

    _after_paint: list | None = None  # until __init__ sets it (events come before)

    # The features, set once by the composition root (shell/compose.py), in its order.
    files: FilesFeature
    project_doc: ProjectDocument
    recovery: Autosaver
    node_feature: NodeFeature
    inspector: Inspector
    annotations: AnnotationFeature
    annotation_panel: AnnotationPanel
    brief_tab: BriefTab
    finder: FindFeature
    find_bar: FindBar
    suggestions: SuggestionFeature
    late_suggestions: LateSuggestions
    theme: ThemeFeature
    release_updater: ReleaseUpdater
    original_saver: OriginalFileSaver
    comparer: CompareFeature
    edit_mode: EditMode
    sources: SourcesFeature
    empty_state: EmptyState
    printer: PrintFeature
    exporter: ExportFeature
    preview: PreviewTab
    drafting: DraftingFeature
    facts: FactsFeature
    welcome: WelcomeFeature
    help: HelpFeature
    retranslator: Retranslator
    undo_texts: UndoTexts

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        # Work that can wait until the window has painted once (see after_first_paint).
        self._after_paint = []
        self.setObjectName("MainWindow")
        self.setWindowTitle("Briefing[*]")
        self.setAcceptDrops(True)
        self.settings = settings if settings is not None else QSettings("Briefing", "Briefing")
        self.recent = RecentFiles(self.settings)
        self.ctrl = Controller(self)
        self.undo_stack = self.ctrl.undo_stack
        self.actions = make_actions(self)
        self._make_undo_actions()
        self._syncing = False  # True while the window moves tree/editor itself
        self.current: NodeKey | None = None
        # Feature parts (inspector, annotations, find, brief) register here.
        self.node_listeners: list = []
        self.release_listeners: list = []

        self.editor = SourceEditor()
        self.tabs = QTabWidget(objectName="centralTabs")
        self.tabs.addTab(self.editor, translate("MainWindow", "&Source"))
        self.setCentralWidget(self.tabs)
        self._make_outline_dock()
        self._make_history_dock()
        self._make_status_bar()
        self.parts = Parts(
            window=self, ctrl=self.ctrl, editor=self.editor, tabs=self.tabs, tree=self.tree,
            actions=self.actions, settings=self.settings, recent=self.recent, nodes=self,
        )

    # -- construction --------------------------------------------------------------------

    def _make_undo_actions(self) -> None:
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setObjectName("actionUndo")
        undo.setShortcut("Ctrl+Z")
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setObjectName("actionRedo")
        redo.setShortcuts(["Ctrl+Shift+Z", "Ctrl+Y"])
        self.actions["actionUndo"], self.actions["actionRedo"] = undo, redo

    def _make_outline_dock(self) -> None:
        self.outline_filter = QLineEdit(objectName="outlineFilter")
        self.outline_filter.setPlaceholderText(
            translate("MainWindow", "Filter the outline (text, summary, tags)"))
        self.outline_filter.setClearButtonEnabled(True)
        self.proxy = OutlineProxy(self)  # a QSortFilterProxyModel, faster to paint
        self.proxy.setSourceModel(self.ctrl.outline)
        self.proxy.setRecursiveFilteringEnabled(True)
        # One role holding the whole text, summary and tags: the display columns show
        # only the first 60 characters, which is all a display-role filter would see.
        self.proxy.setFilterKeyColumn(COL_OUTLINE)
        self.proxy.setFilterRole(FilterRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tree = QTreeView(objectName="outlineView")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)  # fast with thousands of nodes
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(COL_OUTLINE, 300)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.outline_filter)
        layout.addWidget(self.tree)
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        self.outline_dock = self._dock(translate("MainWindow", "Outline"), "outlineDock", box,
                                       left)

    def _make_history_dock(self) -> None:
        view = QUndoView(self.undo_stack, objectName="undoHistory")
        view.setEmptyLabel(translate("MainWindow", "<opened>"))
        view.setItemDelegate(undo_view_delegate(view))  # command names, translated
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.history_dock = self._dock(translate("MainWindow", "Undo History"), "historyDock",
                                       view, right)
        self.history_dock.hide()
        action = self.history_dock.toggleViewAction()
        action.setObjectName("actionUndoHistory")
        self.actions["actionUndoHistory"] = action

    def _dock(self, title: str, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self, objectName=name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _make_status_bar(self) -> None:
        self.node_status = QLabel(objectName="nodeStatus")
        self.words_status = QLabel(objectName="wordsStatus")
        self.statusBar().addPermanentWidget(self.node_status)
        self.statusBar().addPermanentWidget(self.words_status)

    def connect_frame(self) -> None:
        """Connect the frame's own handlers (after the features: theirs run first)."""
        a = self.actions
        a["actionQuit"].triggered.connect(self.close)
        a["actionFocusOutline"].triggered.connect(self.tree.setFocus)
        a["actionFocusSource"].triggered.connect(self._focus_source)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        self.editor.cursorPositionChanged.connect(self._on_cursor_moved)
        self.editor.selectionChanged.connect(self.update_word_status)
        self.outline_filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.ctrl.releaseShown.connect(self._on_release_shown)
        self.ctrl.textCommitted.connect(self._on_text_committed)
        self.ctrl.releasesChanged.connect(self._drop_gone_selection)
        # A bound method, not a lambda: Qt drops the connection when the window goes.
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    # -- start-up: what waits for the first paint ----------------------------------------------

    def after_first_paint(self, callback) -> None:
        """Run ``callback`` once the window has painted for the first time (at once if it
        has): start-up work that nothing on the first screen needs."""
        if self._after_paint is None:
            callback()
        else:
            self._after_paint.append(callback)

    def finish_startup(self) -> None:
        """Run the work kept for after the first paint now (idempotent)."""
        pending, self._after_paint = self._after_paint, None
        for callback in pending or ():
            callback()

    def event(self, event) -> bool:
        handled = super().event(event)
        # The top-level widget's first UpdateRequest is its first paint (backing store
        # flushed); the deferred work starts on the next turn of the event loop.
        if self._after_paint is not None and event.type() == QEvent.Type.UpdateRequest:
            QTimer.singleShot(0, self.finish_startup)
        return handled

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    # -- the project as state ----------------------------------------------------------------

    @property
    def project(self) -> Project:
        return self.ctrl.project

    # -- File › Open and Import (the files feature does them) ----------------------------------

    def set_release(self, release: Release) -> None:
        """Start a fresh project on one release (File › Open)."""
        self.files.set_release(release)

    def open_path(self, path: str | Path) -> bool:
        """Open a project, or a release file as a new project, and wait for the read
        (scripts, tests; the menus do not wait); failures: one line, go on."""
        return self.files.open_and_wait(path)

    def import_path(self, path: str | Path) -> bool:
        """Add a release file to the current project (undoable), waiting for the read."""
        return self.files.import_and_wait(path)

    # -- tree <-> editor following -------------------------------------------------------------

    def select_node(self, rid: str, nid: str | None) -> None:
        """Select a node in the tree; the editor selects its text and scrolls to it."""
        source = self.ctrl.outline.index_of(rid, nid)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return
        flags = QItemSelectionModel.SelectionFlag
        self.tree.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.tree.scrollTo(index)

    def _on_tree_current(self, index: QModelIndex, _previous: QModelIndex) -> None:
        key = index.data(NodeKeyRole) if index.isValid() else None
        if key is None or self._syncing:
            self._set_current(key)
            return
        rid, nid = key
        self._set_current(key)
        self.ctrl.show_release(rid)
        session = self.ctrl.session(rid)
        span = session.node_span(nid) if session and nid else None
        if span is not None:
            self._syncing = True
            try:
                self.editor.select_span(*span)
            finally:
                self._syncing = False

    def _on_cursor_moved(self) -> None:
        if self._syncing or self.ctrl.current_rid is None:
            return
        session = self.ctrl.session()
        nid = session.node_at(self.editor.textCursor().position())
        key = (self.ctrl.current_rid, nid)
        if nid is None or key == self.current:
            return
        self._syncing = True
        try:
            self.select_node(*key)
        finally:
            self._syncing = False

    def _set_current(self, key: NodeKey | None) -> None:
        self.current = key
        session = self.ctrl.session(key[0]) if key else None
        span = session.node_span(key[1]) if session and key and key[1] else None
        self.editor.set_node_highlight(span, node_color())
        self.update_node_status()
        for listener in self.node_listeners:
            listener(key)

    def _drop_gone_selection(self) -> None:
        """A release went away (undo of an import, Update Release): the selection moves
        to the release shown now, never keeps pointing at one that is gone."""
        if self.current is None or self.ctrl.project.release(self.current[0]) is not None:
            return
        rid = self.ctrl.current_rid
        release = self.ctrl.project.release(rid) if rid else None
        if release is not None and release.root.children:
            self.select_node(release.id, release.root.children[0].id)
        if self.current is not None and self.ctrl.project.release(self.current[0]) is None:
            self._set_current(None)

    def _on_release_shown(self, rid: str) -> None:
        session = self.ctrl.session(rid)
        self._syncing = True
        try:
            self.editor.setDocument(session.document)
        finally:
            self._syncing = False
        for listener in self.release_listeners:
            listener(rid)
        self.update_word_status()

    def _focus_source(self) -> None:
        self.tabs.setCurrentWidget(self.editor)
        self.editor.setFocus()

    # -- status bar ----------------------------------------------------------------------------

    def update_node_status(self) -> None:
        """Show the current node's title (again: also after a language change)."""
        if not self.current or not self.current[1]:
            self.node_status.setText("")
            return
        node = self.ctrl.node(*self.current)
        self.node_status.setText(node_title(node))

    def _on_text_committed(self, _rid: str) -> None:
        self.update_word_status()

    def update_word_status(self) -> None:
        """Count the words of the release shown, or of the selection."""
        session = self.ctrl.session()
        if session is None:
            self.words_status.setText("")
            return
        selected = self.editor.textCursor().selectedText()
        if selected:
            self.words_status.setText(translate("MainWindow", "{n} words selected").format(
                n=len(selected.split())))
            return
        session.commit()
        count = self._release_words(session.release)
        self.words_status.setText(translate("MainWindow", "{n} words").format(n=f"{count:,}"))

    _words_cache: tuple[str, int] | None = None

    def _release_words(self, release: Release) -> int:
        cache = self._words_cache
        if cache and cache[0] is release.text:
            return cache[1]
        count = len(release.text.split())
        self._words_cache = (release.text, count)
        return count

    # -- window events -----------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                event.acceptProposedAction()
                self.files.open_path(url.toLocalFile())
                return

    def reset_layout(self) -> None:
        """View › Reset Layout: the panels and columns as on a first run."""
        reset_layout(self, self.tree, self.parts.tabs, self.settings)

    def closeEvent(self, event) -> None:
        if not self.project_doc.confirm_discard():
            event.ignore()  # Cancel keeps the window and everything in it
            return
        self.project_doc.shutdown()  # lock and autosave go with the window
        save_layout(self, self.tree, self.settings)
        super().closeEvent(event)

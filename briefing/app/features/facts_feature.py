"""The "Key facts" dock (``keyFactsPanel``): facts of the release shown, linked to the text.

Facts are recomputed for the release in the Source tab when it changes: when another
release is shown, and after typing has been committed (debounced, since a key-facts
pass costs ~10-30 ms and typing commits every pause). Results are cached per release
text, so switching back and forth between releases costs nothing.

Clicking a fact (or pressing Enter on it) selects its words in the source editor and
its node in the outline. Facts carry code-point offsets into ``Release.text``; the
editor counts UTF-16 units, so the session's ``OffsetMap`` converts them. People and
quotes can be added to the brief (Key people table, Quotes section), undoably.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMenu, QTreeWidgetItem

from briefing import analysis
from briefing.app.document import commands
from briefing.app.features.drafting_runner import DraftingRunner
from briefing.app.panels.facts_panel import FactRef, KeyFactsView, MentionRole
from briefing.app.shell.i18n import translate
from briefing.brief.key_people import quote_text, with_people, with_quotes

if TYPE_CHECKING:
    from briefing.analysis import KeyFacts, Mention
    from briefing.app.shell.parts import Parts

DEBOUNCE_MS = 400
STATUS_MS = 6000


def nearest(text: str, needle: str, near: int) -> int | None:
    """Offset of the occurrence of ``needle`` in ``text`` closest to ``near``."""
    best, at = None, text.find(needle)
    while at >= 0:
        if best is None or abs(at - near) < abs(best - near):
            best = at
        at = text.find(needle, at + 1)
    return best


def _count(n: int, one: str, many: str) -> str:
    """``one``/``many`` are "{n} person"/"{n} people" patterns (translated here)."""
    return translate("KeyFacts", one if n == 1 else many).format(n=n)


AUTO_LIMIT_CHARS = 300_000  # ~50,000 words; releases are a few thousand


class FactsFeature:
    """Owns the dock, the recompute timer, the per-release cache and the navigation."""

    def __init__(self, parts: Parts) -> None:
        self.parts, self.w, self.ctrl = parts, parts.window, parts.ctrl
        self.view = KeyFactsView()
        self.dock = QDockWidget(translate("KeyFacts", "Key Facts"), parts.window,
                                objectName="keyFactsPanel")
        self.dock.setWidget(self.view)
        parts.window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        outline_dock = parts.window.findChild(QDockWidget, "outlineDock")
        if outline_dock is not None:
            # Under the outline: the left column is wide enough for name, role and
            # place side by side, and the inspector keeps its height for the summary.
            parts.window.splitDockWidget(outline_dock, self.dock, Qt.Orientation.Vertical)
            parts.window.resizeDocks([outline_dock, self.dock], [3, 2], Qt.Orientation.Vertical)
        self.runner = DraftingRunner()
        self.cache: dict[str, tuple[str, KeyFacts]] = {}  # rid -> (text, facts)
        self.facts: KeyFacts | None = None
        self.rid: str | None = None
        self._pending_rid: str | None = None
        self.timer = QTimer(parts.window)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        # Debounced like typing: the window shows the release first, facts a moment later.
        self.ctrl.releaseShown.connect(self._release_shown)
        self.ctrl.releasesChanged.connect(self._releases_changed)
        self.ctrl.textCommitted.connect(self._text_committed)
        tree = self.view.tree
        tree.itemClicked.connect(self._activated)
        tree.itemActivated.connect(self._activated)  # Enter / Return, double-click
        tree.customContextMenuRequested.connect(self._context_menu)
        self.view.addRequested.connect(self.add_selected_to_brief)
        self.view.findRequested.connect(self._find_requested)


    def _release_shown(self, _rid: str) -> None:
        self.timer.start()

    def _find_requested(self) -> None:
        self.refresh(asked=True)

    def retranslate(self) -> None:
        """The language changed: headers, section titles and the status again."""
        self.view.set_header_labels()
        self.refresh()

    # -- computing ----------------------------------------------------------------------

    def _releases_changed(self) -> None:
        live = {r.id for r in self.ctrl.project.releases}
        self.cache = {rid: v for rid, v in self.cache.items() if rid in live}
        self.refresh()

    def _text_committed(self, rid: str) -> None:
        if rid == self.ctrl.current_rid:
            self.timer.start()  # restarts: one recompute after the typing stops

    def refresh(self, asked: bool = False) -> None:
        """Show the facts of the release in the Source tab, computing them if needed.

        Texts longer than AUTO_LIMIT_CHARS (far beyond any press release) are only
        searched when the user asks: the search would compete with typing for seconds.
        """
        self.timer.stop()
        self.view.find_button.hide()
        rid = self.ctrl.current_rid
        release = self.ctrl.project.release(rid) if rid else None
        if release is None:
            self.rid, self.facts = None, None
            self.view.show_facts(None, None)
            self.view.status.setText(translate("KeyFacts", "No release open"))
            return
        text = release.text
        cached = self.cache.get(rid)
        if cached is not None and cached[0] is text:
            self._show(rid, cached[1])
            return
        if len(text) > AUTO_LIMIT_CHARS and not asked:
            self.rid, self.facts = None, None
            self.view.show_facts(None, None)
            self.view.status.setText(translate(
                "KeyFacts", "A long text: key facts are found when you ask."))
            self.view.find_button.show()
            return
        self._pending_rid = rid
        self.view.status.setText(translate("KeyFacts", "Finding key facts…"))

        def done(facts: KeyFacts) -> None:
            # Dropped when the release changed or another one is shown meanwhile.
            if release.text is not text:
                return
            self.cache[rid] = (text, facts)
            if self.ctrl.current_rid == rid:
                self._show(rid, facts)

        def failed(error: Exception) -> None:
            self.view.status.setText(
                translate("KeyFacts", "Key facts unavailable: {error}").format(error=error))

        self.runner.run("facts", len(text), lambda: analysis.key_facts(release), done, failed)

    def _show(self, rid: str, facts: KeyFacts) -> None:
        release = self.ctrl.project.release(rid)
        self.rid, self.facts = rid, facts
        self.view.show_facts(facts, release)
        counts = ", ".join(
            _count(len(items), one, many) for items, one, many in (
                (facts.people, QT_TRANSLATE_NOOP("KeyFacts", "{n} person"),
                 QT_TRANSLATE_NOOP("KeyFacts", "{n} people")),
                (facts.quotes, QT_TRANSLATE_NOOP("KeyFacts", "{n} quote"),
                 QT_TRANSLATE_NOOP("KeyFacts", "{n} quotes")),
                (facts.dates, QT_TRANSLATE_NOOP("KeyFacts", "{n} date"),
                 QT_TRANSLATE_NOOP("KeyFacts", "{n} dates")))
        )
        title = release.title if release is not None else ""
        self.view.status.setText(f"{counts} — {title}" if title else counts)

    # -- going to a fact ------------------------------------------------------------------

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        mention = item.data(0, MentionRole)
        if isinstance(mention, analysis.Mention) and self.rid:
            self.go_to(self.rid, mention)

    def go_to(self, rid: str, mention: Mention) -> bool:
        """Select ``mention``'s words in the source and its node in the outline."""
        self.ctrl.settled(anchors=False)
        session = self.ctrl.session(rid)
        if session is None:
            return False
        start, end, nid = mention.start, mention.end, mention.node_id
        text = session.release.text
        if text[start:end] != mention.text:
            # Typed since the facts were found: look for the same words nearby.
            found = nearest(text, mention.text, start)
            if found is None:
                self.w.statusBar().showMessage(
                    translate("KeyFacts", "That passage is no longer in the text"), STATUS_MS)
                return False
            start, end, nid = found, found + len(mention.text), ""
        start16, end16 = self.ctrl.to_editor(rid, start), self.ctrl.to_editor(rid, end)
        if not nid or session.node_span(nid) is None:
            nid = session.node_at(start16) or ""
        self.ctrl.show_release(rid)
        self.parts.tabs.setCurrentWidget(self.parts.editor)
        if nid:
            self.parts.select_node(rid, nid)  # the tree follows; the editor shows the node
        self.parts.editor.select_span(start16, end16)  # then the fact's own words
        return True

    # -- adding to the brief --------------------------------------------------------------

    def _context_menu(self, pos: QPoint) -> None:
        item = self.view.tree.itemAt(pos)
        menu = QMenu(self.view.tree)
        menu.setObjectName("keyFactsMenu")
        if item is not None and isinstance(item.data(0, MentionRole), analysis.Mention):
            menu.addAction(translate("KeyFacts", "Show in &Source"), lambda: self._activated(item))
        add = menu.addAction(translate("KeyFacts", "&Add to Brief"), self.add_selected_to_brief)
        add.setEnabled(bool(self.view.selected_refs()))
        every = menu.addAction(translate("KeyFacts", "Add All &People to Brief"),
                               self.add_all_people)
        every.setEnabled(bool(self.facts and self.facts.people))
        menu.popup(self.view.tree.viewport().mapToGlobal(pos))
        self.menu = menu  # kept for tests and so it is not collected while shown

    def add_all_people(self) -> None:
        if self.facts is not None:
            self.add_to_brief([FactRef("people", i) for i in range(len(self.facts.people))])

    def add_selected_to_brief(self) -> None:
        self.add_to_brief(self.view.selected_refs())

    def add_to_brief(self, refs: list[FactRef]) -> int:
        """Add people (Key people table) and quotes (Quotes section): one undo step."""
        facts, rid = self.facts, self.rid
        if facts is None or rid is None or not refs:
            return 0
        self.ctrl.settled(anchors=False)  # pending brief typing first: not replayed over
        rows, quotes = [], []
        people_rows = analysis.key_people_rows(facts)  # (name, role, organisation or country)
        for ref in refs:
            if ref.kind == "people":
                rows.append(people_rows[ref.index])
            elif ref.kind == "quotes":
                q = facts.quotes[ref.index]
                person = facts.person(q.person) if q.person else None
                speaker = person.display if person is not None else q.speaker
                quotes.append((quote_text(q.text, speaker), (rid, q.node_id)))
        brief, people_added = with_people(self.ctrl.project.brief, rows)
        brief, quotes_added = with_quotes(brief, quotes)
        added = people_added + quotes_added
        if not added:
            self.w.statusBar().showMessage(translate("KeyFacts", "Already in the brief"), STATUS_MS)
            return 0
        what = []
        if people_added:
            what.append(_count(people_added, "{n} person", "{n} people"))
        if quotes_added:
            what.append(_count(quotes_added, "{n} quote", "{n} quotes"))
        label = "Add Key People to Brief" if not quotes_added else "Add to Brief"
        self.ctrl.undo_stack.push(commands.SetBrief(self.ctrl, brief, label))
        self.w.statusBar().showMessage(translate("KeyFacts", "Added {what} to the brief").format(
            what=translate("KeyFacts", " and ").join(what)), STATUS_MS)
        return added

"""Where footnotes and notes go in the outline: under the paragraph whose marker they explain.

A mixin of the tree builder (``tree._Builder``), kept apart from label nesting because it
answers another question: not how deep a block goes, but which already placed paragraph
a note belongs to. A note with a marker ("[1]", "*") goes to the latest paragraph holding
that marker unexplained, looked for among the section's last paragraphs, then further back
(notes gathered at the end); an unmarked run of short lines right after a paragraph with
an unexplained marker ("agenda*") is that marker's explanation.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from briefing.ingest import patterns as P
from briefing.model import Node

if TYPE_CHECKING:
    from briefing.ingest.tree import Placed


class NotePlacement:
    """The footnote and note handlers of the tree builder."""

    if TYPE_CHECKING:  # (the builder's state these handlers read and change)
        text: str
        stack: list[tuple[Node, str]]
        explained: set[int]
        last: Node | None
        explanation: Node | None
        recent: deque[Node]

        def container(self) -> Node: ...
        def add(self, parent: Node, node: Node) -> Node: ...
        def reset_nesting(self) -> None: ...

    def _place_footnote(self, placed: Placed, node: Node) -> None:
        marker = node.label or "*"
        target = self._marked_node(marker)
        if target is None:
            # A starred line that explains nothing ("* unofficial translation") is a note.
            node.kind = "note"
            last = self.last
            if (
                placed.block.blank_before <= 1
                and last is not None
                and last.kind
                in (
                    "paragraph",
                    "item",
                )
            ):
                # Printed right under a paragraph ("* figures are provisional"): it
                # qualifies that paragraph, and the numbering around it goes on.
                holder = self.stack[0][0] if self.stack else last
                self.add(holder, node)
                self.last = last
                return
            self.reset_nesting()
            self.add(self.container(), node)
            return
        node.attrs["marker"] = marker
        self.add(target, node)

    def _marked_node(self, marker: str) -> Node | None:
        """The paragraph holding the latest unexplained ``marker``, marking it explained."""
        tops = self._recent_tops()
        found = self._find_marker(tops, marker)
        if found is not None:
            return found
        # A "[1]" or "*" may be several paragraphs above, in an earlier section, when
        # notes are gathered at the end: look further back (a bounded number of nodes).
        near = {id(n) for n in tops}
        far = [n for n in self.recent if id(n) not in near]
        return self._find_marker(far, marker, own_text=True)

    def _find_marker(self, nodes: list[Node], marker: str, own_text: bool = False) -> Node | None:
        for top in reversed(nodes):
            for candidate in [top] if own_text else top.walk():
                for m in P.INLINE_MARKER.finditer(self.text, candidate.body_start, candidate.end):
                    if m.group(1) == marker and m.start() not in self.explained:
                        self.explained.add(m.start())
                        return top
                at = self._spaced_star_on_title(candidate, marker)
                if at is not None:
                    self.explained.add(at)
                    return top
        return None

    def _spaced_star_on_title(self, node: Node, marker: str) -> int | None:
        """Where the title ends on ``marker``, a star spaced off its last word ("... HELD
        ON 5 MAY 2005 *"): text from a PDF keeps the space a raised star's box leaves, and
        a title's star is the one the page's "* The highlights ..." note explains."""
        if node.kind != "title" or marker.strip("*") or not marker:
            return None
        title = self.text[node.body_start : node.end].rstrip()
        if title.endswith(" " + marker) and title[-len(marker) - 2 : -len(marker) - 1].isalnum():
            at = node.body_start + len(title) - len(marker)
            return None if at in self.explained else at
        return None

    def _recent_tops(self) -> list[Node]:
        container = self.container()
        return [n for n in container.children[-3:] if n.kind in ("paragraph", "quote", "item")]

    def _place_note(self, placed: Placed, node: Node) -> None:
        role = node.attrs.get("role", "")
        if role in ("short", "trailing"):
            if self.explanation is not None:
                self._explanation_item(node)
                return
            tops = self._recent_tops()
            if tops and self._dangling_marker(tops[-1]):
                self.explanation = Node("", "footnote", start=node.start, end=node.end)
                self.explanation.body_start = node.start
                self.explanation.attrs["marker"] = self._dangling_marker(tops[-1]) or ""
                self._mark_explained(tops[-1])
                self.add(tops[-1], self.explanation)
                self._explanation_item(node)
                return
            if self.last is not None and self.last.kind == "quote" and role == "short":
                node.attrs["role"] = "attribution"
                self.last.attrs.setdefault("speaker", self.text[node.start : node.end].strip())
                self.add(self.last, node)
                return
        self.reset_nesting()
        self.add(self.container(), node)

    def _explanation_item(self, node: Node) -> None:
        assert self.explanation is not None
        node.kind = "item"
        node.attrs.pop("role", None)
        self.explanation.children.append(node)
        self.explanation.end = node.end

    def _dangling_marker(self, top: Node) -> str | None:
        for candidate in top.walk():
            for m in P.INLINE_MARKER.finditer(self.text, candidate.body_start, candidate.end):
                if m.start() not in self.explained:
                    return m.group(1)
        return None

    def _mark_explained(self, top: Node) -> None:
        for candidate in top.walk():
            for m in P.INLINE_MARKER.finditer(self.text, candidate.body_start, candidate.end):
                self.explained.add(m.start())
                return

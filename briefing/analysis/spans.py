"""Which node a text offset belongs to, and which nodes to read for facts."""

from __future__ import annotations

from bisect import bisect_right

from briefing.model import Node, Release


class NodeIndex:
    """Deepest-node lookup for offsets of one release (nodes sorted by span)."""

    def __init__(self, release: Release) -> None:
        self._nodes = [n for n in release.nodes() if n.end > n.start]
        self._nodes.sort(key=lambda n: (n.start, -n.end))
        self._starts = [n.start for n in self._nodes]

    def node_at(self, offset: int) -> Node | None:
        """The innermost (shortest) node whose span holds ``offset``."""
        best: Node | None = None
        for i in range(bisect_right(self._starts, offset) - 1, -1, -1):
            node = self._nodes[i]
            if node.start <= offset < node.end and (
                best is None or node.end - node.start < best.end - best.start
            ):
                best = node
            if offset - node.start > 20000:
                break  # no node is that long in a release; stop scanning back
        return best

    def node_id(self, offset: int) -> str:
        node = self.node_at(offset)
        return node.id if node else ""


def text_regions(release: Release) -> list[tuple[int, int, Node]]:
    """(start, end, node) for each node's own text, without the text of its children
    that lie inside it (those are read on their own), in text order."""
    regions: list[tuple[int, int, Node]] = []
    for node in release.nodes():
        pos = node.body_start if node.kind not in ("title", "subtitle") else node.start
        inner = sorted(
            (c.start, c.end) for c in node.children
            if c.start >= pos and c.end <= node.end and c.kind != "quote"
        )
        for start, end in [*inner, (node.end, node.end)]:
            if start > pos:
                regions.append((pos, start, node))
            pos = max(pos, end)
    regions.sort(key=lambda r: r[0])
    return regions

"""Which parts of the text to read for facts, node by node.

The node at an offset is :class:`briefing.model.release.NodeIndex` (the one look-up).
"""

from __future__ import annotations

from briefing.model import Node, Release


def text_regions(release: Release) -> list[tuple[int, int, Node]]:
    """(start, end, node) for each node's own text, without the text of its children
    that lie inside it (those are read on their own), in text order."""
    regions: list[tuple[int, int, Node]] = []
    for node in release.nodes():
        pos = node.body_start if node.kind not in ("title", "subtitle") else node.start
        inner = sorted(
            (c.start, c.end)
            for c in node.children
            if c.start >= pos and c.end <= node.end and c.kind != "quote"
        )
        for start, end in [*inner, (node.end, node.end)]:
            if start > pos:
                regions.append((pos, start, node))
            pos = max(pos, end)
    regions.sort(key=lambda r: r[0])
    return regions

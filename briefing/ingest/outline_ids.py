"""Outline node ids: "p3" for a release's third paragraph, "p3.1" for its first child.

Separate from the tree builder because ids are given once the whole outline stands (after
lists are wrapped and quotations added), and readers of a saved outline, tests and the
app rely on their shape alone, not on how nodes were placed.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.model import Node

_PREFIX = {
    "title": "title",
    "subtitle": "subtitle",
    "dateline": "d",
    "heading": "h",
    "paragraph": "p",
    "item": "i",
    "footnote": "f",
    "quote": "q",
    "list": "l",
    "contact": "c",
    "note": "n",
}


def assign_ids(root: Node) -> None:
    """Stable, readable ids: "p3" for the third paragraph, "p3.1" for its first child."""
    counters: dict[str, int] = {}

    def top_id(kind: str) -> str:
        counters[kind] = counters.get(kind, 0) + 1
        prefix = _PREFIX.get(kind, kind[:1])
        if kind in ("title", "subtitle") and counters[kind] == 1:
            return prefix
        return f"{prefix}{counters[kind]}"

    for index, child in enumerate(root.children, start=1):
        _visit_ids(child, root, index, root, top_id)


def _visit_ids(
    node: Node, parent: Node, position: int, root: Node, top_id: Callable[[str], str]
) -> None:
    """Give ``node`` and its descendants their ids. (A module function, not a closure:
    a recursive closure refers to itself through its cell, a cycle that kept ``root``,
    and so the whole outline, alive until a full collection.)"""
    if parent is root or parent.kind == "heading":
        node.id = top_id(node.kind)
    else:
        node.id = f"{parent.id}.{position}"
    if node.children:
        for index, child in enumerate(node.children, start=1):
            _visit_ids(child, node, index, root, top_id)

"""A node of a release's outline: one structural unit with its span in the text."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

NODE_KINDS = (
    "root",
    "title",
    "subtitle",
    "dateline",
    "heading",
    "paragraph",
    "item",
    "footnote",
    "quote",
    "list",
    "contact",
    "note",
)


@dataclass(slots=True)
class Node:
    """One unit of structure.

    ``start``/``end`` are code-point offsets into ``Release.text`` covering the
    whole printed unit, label included; ``body_start`` is where the text after
    the label begins. Children lie inside the parent's reading order but not
    necessarily inside its span (a footnote printed later still belongs to the
    paragraph whose marker it explains).
    """

    id: str
    kind: str
    label: str = ""
    start: int = 0
    end: int = 0
    body_start: int = 0
    children: list[Node] = field(default_factory=list)
    # Per-node work done by staff.
    summary: str = ""
    tags: list[str] = field(default_factory=list)
    include_in_brief: bool = False
    # Extra facts a detector found (e.g. {"speaker": "Minister Chung"} on a quote).
    attrs: dict[str, str] = field(default_factory=dict)

    def walk(self) -> Iterator[Node]:
        """This node and all its descendants, depth first, in order.

        Iterative: an outline may nest deeper than Python's recursion limit (a damaged or
        crafted file), and nested generators would each take a frame."""
        stack = [self]
        pop, extend = stack.pop, stack.extend
        while stack:
            node = pop()
            yield node
            if node.children:  # (most nodes are leaves: no reversed() to build for them)
                extend(reversed(node.children))

    def __deepcopy__(self, memo: dict) -> Node:
        """A copy of this subtree made without recursion (copy.deepcopy would take several
        frames a level and fail on an outline nested a hundred levels deep)."""
        if id(self) in memo:
            return memo[id(self)]
        pairs: list[tuple[Node, Node]] = []
        stack = [self]
        while stack:
            node = stack.pop()
            twin = Node(
                id=node.id, kind=node.kind, label=node.label, start=node.start, end=node.end,
                body_start=node.body_start, summary=node.summary, tags=list(node.tags),
                include_in_brief=node.include_in_brief, attrs=dict(node.attrs),
            )
            memo[id(node)] = twin
            pairs.append((node, twin))
            stack.extend(node.children)
        for node, twin in pairs:
            twin.children = [memo[id(child)] for child in node.children]
        return memo[id(self)]

    def find(self, node_id: str) -> Node | None:
        for node in self.walk():
            if node.id == node_id:
                return node
        return None

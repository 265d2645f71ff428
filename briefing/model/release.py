"""A release: the canonical text of one imported document and its outline."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from briefing.model.node import Node


@dataclass
class SourceInfo:
    """Where a release came from."""

    path: str = ""
    format: str = ""
    sha256: str = ""
    url: str = ""
    encoding: str = ""
    # The original file's bytes, when the project keeps them (saved as base64); optional.
    original: bytes | None = field(default=None, repr=False)


@dataclass
class Removed:
    """Input text that is not part of the release's content (menus, credits, page footers)."""

    kind: str
    text: str


@dataclass
class Suggestion:
    """A proposed cleanup of ``Release.text[start:end]``; never applied silently."""

    kind: str  # "glued-words" | "hard-wrap"
    start: int
    end: int
    before: str
    after: str


@dataclass
class Release:
    id: str
    text: str
    root: Node
    source: SourceInfo = field(default_factory=SourceInfo)
    title: str = ""
    subtitle: str = ""
    issuer: str = ""
    date: str = ""  # ISO 8601 (YYYY-MM-DD) when it could be read, else ""
    place: str = ""
    symbol: str = ""  # document symbol such as "SG/SM/22174"
    category: str = ""  # site section such as "Press Releases"
    language: str = ""
    removed: list[Removed] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)

    def nodes(self) -> Iterator[Node]:
        """Every node below the root, depth first."""
        for child in self.root.children:
            yield from child.walk()

    def node(self, node_id: str) -> Node | None:
        return self.root.find(node_id)

    def node_text(self, node: Node) -> str:
        """The node's own text, without its label."""
        return self.text[node.body_start : node.end]

    def node_at(self, offset: int) -> Node | None:
        """The deepest node whose span holds ``offset``."""
        best: Node | None = None
        for node in self.nodes():
            inside = node.start <= offset < node.end or node.start == offset == node.end
            if inside and (best is None or node.end - node.start <= best.end - best.start):
                best = node
        return best

"""A release: the canonical text of one imported document and its outline."""

from __future__ import annotations

import binascii
from collections.abc import Iterator
from dataclasses import dataclass, field

from briefing.model.node import Node

_BASE64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def is_base64(encoded: str) -> bool:
    """True when ``encoded`` is well-formed padded base64 (what strict decoding accepts).

    Checks the alphabet with one ``bytes.translate`` call: three times faster than
    decoding, which lets a project file's original bytes be decoded only when needed.
    """
    if not encoded.isascii() or len(encoded) % 4:
        return False
    # What is not in the alphabet must be "=" or "==", and only at the very end.
    rest = encoded.encode("ascii").translate(None, _BASE64_ALPHABET)
    return rest in (b"", b"=", b"==") and encoded.find("=") in (-1, len(encoded) - len(rest))


@dataclass(init=False, eq=False)
class SourceInfo:
    """Where a release came from.

    ``original`` (the original file's bytes, optional) may be given in its saved base64
    form with :meth:`set_original_base64`: a 5 MB original is then decoded on first use
    rather than every time a project opens, and saved again without re-encoding.
    """

    path: str = ""
    format: str = ""
    sha256: str = ""
    url: str = ""
    encoding: str = ""

    def __init__(
        self,
        path: str = "",
        format: str = "",
        sha256: str = "",
        url: str = "",
        encoding: str = "",
        original: bytes | None = None,
    ) -> None:
        self.path = path
        self.format = format
        self.sha256 = sha256
        self.url = url
        self.encoding = encoding
        self._original = original
        self._original_base64: str | None = None

    @property
    def original(self) -> bytes | None:
        if self._original is None and self._original_base64 is not None:
            self._original = binascii.a2b_base64(self._original_base64)
        return self._original

    @original.setter
    def original(self, value: bytes | None) -> None:
        self._original = value
        self._original_base64 = None

    @property
    def has_original(self) -> bool:
        return self._original is not None or self._original_base64 is not None

    def set_original_base64(self, encoded: str) -> None:
        """Keep the original as saved; ValueError unless ``encoded`` is valid base64."""
        if not is_base64(encoded):
            raise ValueError("not valid base64")
        self._original = None
        self._original_base64 = encoded

    def original_base64(self) -> str | None:
        """The original's bytes in base64 (computed once, then kept), or None."""
        if self._original_base64 is None and self._original is not None:
            self._original_base64 = binascii.b2a_base64(self._original, newline=False).decode(
                "ascii"
            )
        return self._original_base64

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SourceInfo):
            return NotImplemented
        return (
            self.path == other.path
            and self.format == other.format
            and self.sha256 == other.sha256
            and self.url == other.url
            and self.encoding == other.encoding
            and self.has_original == other.has_original
            and (not self.has_original or self.original == other.original)
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, like the other model classes


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

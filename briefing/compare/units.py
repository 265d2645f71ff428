"""The units two versions are compared by: the release's paragraphs, each with its
sub-points and footnotes (a sub-point or a note belongs to the paragraph it qualifies: a
change in "(b)" is a change of that paragraph).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.model import Node, Release

# Kinds compared with everything under them (a paragraph with its sub-points and notes).
UNIT_KINDS = frozenset({"paragraph", "item", "quote", "contact", "note"})
# Kinds compared by their own line only: what they hold (a heading's section, a title's
# release) is compared unit by unit.
LINE_KINDS = frozenset({"title", "subtitle", "heading"})
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Unit:
    """One comparable unit: a top-level paragraph (or heading, title...) and what it holds."""

    index: int  # reading order in its release
    node_id: str
    kind: str
    label: str
    text: str  # its own text, then its sub-points' and notes' (labels kept), one line each
    key: str  # normalised for comparison: casefolded words only

    @property
    def short(self) -> str:
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"


def units_of(release: Release) -> list[Unit]:
    """The release's comparable units in reading order (datelines are not compared: a new
    date is the point of a new version, not a change of its content)."""
    units: list[Unit] = []
    for node in release.root.children:
        _collect(release, node, units)
    return units


def _collect(release: Release, node: Node, units: list[Unit]) -> None:
    if node.kind not in UNIT_KINDS:
        own = _own_text(release, node) if node.kind in LINE_KINDS else ""
        if own:
            units.append(Unit(len(units), node.id, node.kind, node.label, own, normalise(own)))
        for child in node.children:
            _collect(release, child, units)
        return
    parts = [_own_text(release, node)]
    for inner in node.children:
        for part in inner.walk():
            label = f"{part.label} " if part.label else ""
            parts.append(label + _own_text(release, part))
    text = "\n".join(p for p in parts if p)
    units.append(Unit(len(units), node.id, node.kind, node.label, text, normalise(text)))


def _own_text(release: Release, node: Node) -> str:
    """The node's text without its label, and without its children's text when they are
    printed inside it."""
    end = node.end
    for child in node.children:
        if node.body_start <= child.start < end:
            end = child.start
    return _SPACE.sub(" ", release.text[node.body_start : end]).strip()


def normalise(text: str) -> str:
    """Words only, casefolded: punctuation, quotes and spacing changes are not changes."""
    return " ".join(_WORD.findall(text.casefold()))

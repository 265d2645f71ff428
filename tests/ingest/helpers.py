"""Helpers for structure tests."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from briefing.ingest.symbol_fonts import DROPPED_KIND as SYMBOL_FONT
from briefing.ingest.symbol_fonts import SYMBOL_BULLETS
from briefing.model import Node, Release


def covered_words(release: Release) -> Counter[str]:
    """Words inside some node's span, plus words of the removed text."""
    covered = bytearray(len(release.text))
    for node in release.nodes():
        covered[node.start : node.end] = b"\x01" * (node.end - node.start)
    kept = "".join(ch if covered[i] else " " for i, ch in enumerate(release.text))
    found = Counter(word_list(kept))
    for removed in release.removed:
        found.update(word_list(removed.text))
    return found


def word_list(text: str) -> list[str]:
    """Words, split at hyphens too: joining a PDF's "euro-" + "area" loses nothing."""
    return re.findall(r"[^\s-]+", text)


def lost_words(source: str, release: Release) -> Counter[str]:
    """Words of ``source`` that appear in no node and not in ``removed`` (should be empty).
    A footnote number cut out of the word it was glued to ("SDGs12" -> "SDGs" and the
    removed marker "12") loses nothing; nor does a symbol-font bullet the release lists as
    shown as the character its font draws, nor text decoded twice and repaired."""
    if any(r.kind == SYMBOL_FONT for r in release.removed):
        source = source.translate(str.maketrans(SYMBOL_BULLETS))
    if any(r.kind == "mojibake" for r in release.removed):
        from briefing.ingest.mojibake import as_written

        source = "\n".join(as_written(line) for line in source.split("\n"))
    lost = Counter(word_list(source)) - covered_words(release)
    markers = {r.text for r in release.removed if r.kind == "footnote-marker"}
    if markers:
        for word in list(lost):
            m = _GLUED_MARKER.match(word)
            if m and m.group(1) in markers:
                del lost[word]
    return lost


_GLUED_MARKER = re.compile(r"^\S*[^\W\d_](\d{1,3})\W*$")


def top(release: Release, kind: str) -> list:
    return [n for n in release.root.children if n.kind == kind]


def read_release(tmp_path: Path, text: str, name: str = "release.txt") -> Release:
    """``text`` written to a file in ``tmp_path`` and read as a release would be."""
    from briefing.ingest import load_release

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_release(path, suggest=False)


def removed_texts(release: Release) -> list[str]:
    return [r.text for r in release.removed]


def label_depths(release: Release) -> list[tuple[str, int]]:
    """Each labelled node's label and how many labelled nodes it stands under, in order."""
    found: list[tuple[str, int]] = []

    def walk(node: Node, depth: int) -> None:
        for child in node.children:
            if child.label:
                found.append((child.label, depth))
            walk(child, depth + (1 if child.label else 0))

    walk(release.root, 0)
    return found


def heading_texts(release: Release) -> list[str]:
    """The text of each heading node, spaces collapsed, in order."""
    out: list[str] = []

    def visit(nodes: list[Node]) -> None:
        for node in nodes:
            if node.kind == "heading":
                out.append(" ".join(release.text[node.start : node.end].split()))
            visit(node.children)

    visit(release.root.children)
    return out

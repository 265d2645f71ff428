"""The outline of a release as the stable JSON shape documented in docs/outline-json.md."""

from __future__ import annotations

from typing import Any

from briefing.model import Node, Release

SCHEMA_VERSION = 1


def node_to_dict(release: Release, node: Node) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": node.id,
        "kind": node.kind,
        "label": node.label,
        "text": release.node_text(node),
        "start": node.start,
        "end": node.end,
    }
    if node.attrs:
        entry["attrs"] = dict(sorted(node.attrs.items()))
    entry["children"] = [node_to_dict(release, child) for child in node.children]
    return entry


def outline_dict(release: Release) -> dict[str, Any]:
    """Everything `briefing outline --json` prints."""
    return {
        "schema": SCHEMA_VERSION,
        "title": release.title or None,
        "subtitle": release.subtitle or None,
        "date": release.date or None,
        "issuer": release.issuer or None,
        "symbol": release.symbol or None,
        "category": release.category or None,
        "language": release.language or None,
        "source": {
            "path": release.source.path,
            "format": release.source.format,
            "sha256": release.source.sha256,
            "encoding": release.source.encoding or None,
            "url": release.source.url or None,
        },
        "nodes": [node_to_dict(release, node) for node in release.root.children],
        "removed": [{"kind": r.kind, "text": r.text} for r in release.removed],
        "suggestions": [
            {"kind": s.kind, "start": s.start, "end": s.end, "before": s.before, "after": s.after}
            for s in release.suggestions
        ],
    }


def outline_tree_lines(release: Release, width: int = 100) -> list[str]:
    """The outline as an indented tree for people, one node a line."""
    lines: list[str] = []
    head = [f"Title: {release.title or '(none)'}"]
    for name, value in (
        ("Subtitle", release.subtitle),
        ("Date", release.date),
        ("Symbol", release.symbol),
        ("Category", release.category),
        ("Language", release.language),
    ):
        if value:
            head.append(f"{name}: {value}")
    lines.extend(head)
    lines.append("")

    def visit(node: Node, depth: int) -> None:
        text = " ".join(release.node_text(node).split())
        label = f"{node.label} " if node.label else ""
        extra = f" — {node.attrs['speaker']}" if node.attrs.get("speaker") else ""
        prefix = f"{'  ' * depth}[{node.kind}] {label}"
        room = max(20, width - len(prefix) - len(extra))
        if len(text) > room:
            text = text[: room - 1] + "…"
        lines.append(f"{prefix}{text}{extra}")
        for child in node.children:
            visit(child, depth + 1)

    for node in release.root.children:
        visit(node, 0)
    if release.removed:
        lines.append("")
        lines.append(
            f"Removed ({len(release.removed)}): "
            + "; ".join(" ".join(r.text.split())[:40] for r in release.removed[:8])
            + (" …" if len(release.removed) > 8 else "")
        )
    if release.suggestions:
        lines.append(
            f"Suggestions ({len(release.suggestions)}): "
            + "; ".join(f"{s.before!r} → {s.after!r}" for s in release.suggestions[:8])
        )
    return lines

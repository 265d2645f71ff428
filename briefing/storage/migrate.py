"""Bring documents written by older versions of Briefing up to the current format.

Each step takes a document of version N and returns one of version N + 1; they run in
order until the current version. Steps work on plain dicts (before decoding), so the
strict decoder only ever has to know the current shape.

Version 0 (Briefing 0.0.x, the prototype) kept each release's outline as a list of
top-level nodes (``outline``, no root node, no ``body_start``), the release text as one
string, and the annotations *inside* their release with a flat ``start``/``end``/
``quote`` and a ``comment``; it had no ``view_state`` and no ``tag_names``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefing.model.annotation import CONTEXT_CHARS
from briefing.model.project import FORMAT_VERSION


class MigrationError(Exception):
    """An old document is damaged in a way the migration cannot repair."""


def migrate(doc: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """Upgrade ``doc`` to :data:`FORMAT_VERSION`; returns it and the version it had."""
    original = doc["version"]
    version = original
    while version < FORMAT_VERSION:
        doc = _STEPS[version](doc)
        version += 1
        doc["version"] = version
    return doc, original


def _v0_to_v1(doc: dict[str, Any]) -> dict[str, Any]:
    releases = doc.get("releases")
    if not isinstance(releases, list):
        raise MigrationError("releases: expected a list")
    annotations: list[dict[str, Any]] = []
    new_releases = []
    for i, release in enumerate(releases):
        if not isinstance(release, dict):
            raise MigrationError(f"releases[{i}]: expected an object")
        release = dict(release)
        text = release.get("text", "")
        if not isinstance(text, str):
            raise MigrationError(f"releases[{i}].text: expected a string")
        outline = release.pop("outline", [])
        if not isinstance(outline, list):
            raise MigrationError(f"releases[{i}].outline: expected a list")
        release["root"] = {
            "id": "root",
            "kind": "root",
            "start": 0,
            "end": len(text),
            "body_start": 0,
            "children": [_node(n, f"releases[{i}].outline[{j}]") for j, n in enumerate(outline)],
        }
        release_id = release.get("id", "")
        for j, old in enumerate(release.pop("annotations", []) or []):
            annotations.append(
                _annotation(old, release_id, text, f"releases[{i}].annotations[{j}]")
            )
        new_releases.append(release)
    out = {key: value for key, value in doc.items() if key != "releases"}
    out["releases"] = new_releases
    out["annotations"] = annotations
    out.setdefault("view_state", {})
    return out


def _node(node: Any, where: str) -> dict[str, Any]:
    if not isinstance(node, dict):
        raise MigrationError(f"{where}: expected an object")
    node = dict(node)
    node.setdefault("body_start", node.get("start", 0))
    node["children"] = [
        _node(child, f"{where}.children[{k}]") for k, child in enumerate(node.get("children", []))
    ]
    return node


def _annotation(old: Any, release_id: Any, text: str, where: str) -> dict[str, Any]:
    if not isinstance(old, dict):
        raise MigrationError(f"{where}: expected an object")
    start, end = old.get("start"), old.get("end")
    if type(start) is not int or type(end) is not int:
        raise MigrationError(f"{where}: start and end must be integers")
    quote = old.get("quote", text[start:end])
    return {
        "id": old.get("id", ""),
        "release_id": release_id,
        # Version 0 stored no context; take it from the text when the quote still fits,
        # so the anchor can be re-found if the text changes later.
        "anchor": {
            "start": start,
            "end": end,
            "quote": quote,
            "prefix": text[max(0, start - CONTEXT_CHARS) : start]
            if text[start:end] == quote
            else "",
            "suffix": text[end : end + CONTEXT_CHARS] if text[start:end] == quote else "",
        },
        "body": old.get("comment", ""),
        "tags": old.get("tags", []),
        "author": old.get("author", ""),
        "created": old.get("created", ""),
        "modified": old.get("created", ""),
        "orphaned": False,
    }


_STEPS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _v0_to_v1}

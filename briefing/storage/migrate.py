"""Bring documents written by older versions of Briefing up to the current format.

Each step takes a document of version N and returns one of version N + 1; they run in
order until the current version. Steps work on plain dicts (before decoding), so the
strict decoder only ever has to know the current shape.

Version 0 (Briefing 0.0.x, the prototype) kept each release's outline as a list of
top-level nodes (``outline``, no root node, no ``body_start``), the release text as one
string, and the annotations *inside* their release with a flat ``start``/``end``/
``quote`` and a ``comment``; it had no ``view_state`` and no ``tag_names``.

Version 1 (Briefing 0.1.0) wrote every outline node and annotation as a JSON object;
version 2 writes them as rows (arrays) whose columns the file names, which read about
twice as fast. The step keeps values of the wrong type where they are, so the decoder
still reports them with their usual path (``...children[3].start``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefing.model.annotation import CONTEXT_CHARS
from briefing.model.project import FORMAT_VERSION
from briefing.storage import schema


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


# Version 2's rows, by the schema as it stood at version 2 (a later field is added by
# its own step); the defaults fill what version-1 objects left out.
_V2_NODE_HEAD = schema.names(schema.at_version(schema.NODE_HEAD, 2))
_V2_ANNOTATION = schema.names(schema.at_version(schema.ANNOTATION, 2))
_V2_DEFAULTS: dict[str, Any] = {
    **schema.defaults(schema.at_version(schema.NODE_HEAD, 2)),
    **schema.defaults(schema.at_version(schema.ANNOTATION, 2)),
}
_WORK_DEFAULTS = schema.defaults(schema.at_version(schema.WORK, 2))


def _v1_to_v2(doc: dict[str, Any]) -> dict[str, Any]:
    releases = doc.get("releases")
    if isinstance(releases, list):
        for i, release in enumerate(releases):
            if isinstance(release, dict) and "root" in release:
                release["root"] = _node_row(release["root"], f"releases[{i}].root")
    annotations = doc.get("annotations")
    if isinstance(annotations, list):
        doc["annotations"] = [
            _annotation_row(a, f"annotations[{i}]") for i, a in enumerate(annotations)
        ]
    return doc


def _required(d: dict[str, Any], key: str, where: str) -> Any:
    if key not in d:
        raise MigrationError(f"{where}.{key}: missing")
    return d[key]


def _node_row(node: Any, where: str) -> list[Any]:
    if not isinstance(node, dict):
        raise MigrationError(f"{where}: expected an object")
    node = dict(node)
    node.setdefault("body_start", _required(node, "start", where))
    row = [node.pop(key) if key in node else _v1_default(key, where) for key in _V2_NODE_HEAD]
    children = node.pop("children", [])
    if not isinstance(children, list):
        raise MigrationError(f"{where}.children: expected a list")
    rows = [_node_row(child, f"{where}.children[{k}]") for k, child in enumerate(children)]
    # What is left is the staff's work (summary, tags, ...) and any unknown field,
    # which the decoder then reports as ignored.
    work = {key: value for key, value in node.items() if not _is_default_work(key, value)}
    if rows or work:
        row.append(rows)
    if work:
        row.append(work)
    return row


def _is_default_work(key: str, value: Any) -> bool:
    default = _WORK_DEFAULTS.get(key, _NONE)
    return type(value) is type(default) and value == default


_NONE = object()


def _annotation_row(old: Any, where: str) -> list[Any]:
    if not isinstance(old, dict):
        raise MigrationError(f"{where}: expected an object")
    anchor = _required(old, "anchor", where)
    if not isinstance(anchor, dict):
        raise MigrationError(f"{where}.anchor: expected an object")
    # Version 1 kept the anchor's columns in an object of their own.
    row = []
    for key in _V2_ANNOTATION:
        if key in schema.ANCHOR:
            row.append(anchor[key] if key in anchor else _v1_default(key, f"{where}.anchor"))
        else:
            row.append(old[key] if key in old else _v1_default(key, where))
    return row


def _v1_default(key: str, where: str) -> Any:
    if key not in _V2_DEFAULTS:
        raise MigrationError(f"{where}.{key}: missing")
    default = _V2_DEFAULTS[key]
    return list(default) if isinstance(default, list) else default


_STEPS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _v0_to_v1, 1: _v1_to_v2}

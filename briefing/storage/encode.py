"""Project -> plain JSON-ready dict, every field in a fixed order.

The fields and their order are those of :mod:`briefing.storage.schema` (and of
docs/project-format.md), so two saves of the same project are
byte-identical and two versions of a project diff readably.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from briefing.model import Annotation, Brief, Node, Project, Release
from briefing.model.project import FORMAT_NAME, FORMAT_VERSION
from briefing.storage import schema

# The field lists and their order come from the schema (briefing.storage.schema).
TOP_KEYS = schema.names(schema.PROJECT)
ANNOTATION_FIELDS = schema.names(schema.ANNOTATION)
NODE_FIELDS = schema.names(schema.NODE)
WORK_FIELDS = schema.names(schema.WORK)
EXTRA_TOP_KEYS = schema.EXTRA_TOP_KEYS


def _row_builder() -> Callable[[Annotation], list[Any]]:
    """``annotation -> row`` in column order, compiled once from the schema.

    Why compiled: 10,000 annotations are encoded on every save, and a plain list display
    is twice as fast as a getter per column; the columns still come from the one table.
    The anchor's columns are read from ``Annotation.anchor``; ``tags`` is copied so the
    file's list is never the model's.
    """
    values = []
    for name in ANNOTATION_FIELDS:
        if name in schema.ANCHOR:
            values.append(f"an.{name}")
        elif name == "tags":
            values.append("list(a.tags)")
        else:
            values.append(f"a.{name}")
    source = f"def row(a):\n    an = a.anchor\n    return [{', '.join(values)}]\n"
    namespace: dict[str, Any] = {}
    exec(
        compile(source, "<annotation row>", "exec"), namespace
    )  # our own text, built from the table above
    return namespace["row"]


_SOURCE_FIELDS = tuple(f.name for f in schema.SOURCE if f.name != "original_base64")
# The model spells "from" from_ (a Python keyword).
_HEADER_ATTRS = tuple((f.name, "from_" if f.name == "from" else f.name) for f in schema.HEADER)


def project_to_dict(
    project: Project, *, include_original: bool = True, written_by: str = "", lines: bool = True
) -> dict[str, Any]:
    """The version-2 document for ``project`` (plain dicts/lists/str/int/bool).

    ``lines=False`` leaves each release's text as one string: ``layout.to_bytes`` writes
    it as the same list of lines, faster than splitting it first (saving does this).
    """
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "written_by": written_by,
        "created": project.created,
        "modified": project.modified,
        "tag_names": list(project.tag_names),
        "view_state": _sorted_json(project.view_state),
        "brief": _brief_to_dict(project.brief),
        "annotation_fields": list(ANNOTATION_FIELDS),
        "annotations": [annotation_to_row(a) for a in project.annotations],
        "node_fields": list(NODE_FIELDS),
        "releases": [_release_to_dict(r, include_original, lines) for r in project.releases],
    }


def _sorted_json(value: Any) -> Any:
    # View state comes from the app in whatever order; sort it so saves are stable.
    if isinstance(value, dict):
        return {str(k): _sorted_json(value[k]) for k in sorted(value, key=str)}
    if isinstance(value, list | tuple):
        return [_sorted_json(v) for v in value]
    return value


def _brief_to_dict(brief: Brief) -> dict[str, Any]:
    h = brief.header
    # "reviewed" is left out while false (its default), so files of notes nobody has
    # marked reviewed are byte-identical to those written before the flag existed.
    reviewed = {"reviewed": True} if brief.reviewed else {}
    return {
        **reviewed,
        "header": {key: getattr(h, attr) for key, attr in _HEADER_ATTRS},
        "sections": [
            {
                "key": s.key,
                "paragraphs": [
                    {"text": p.text, "cites": [[r, n] for r, n in p.cites], "drafted": p.drafted}
                    for p in s.paragraphs
                ],
            }
            for s in brief.sections
        ],
    }


annotation_to_row = _row_builder()
annotation_to_row.__doc__ = "The annotation's values in the order of :data:`ANNOTATION_FIELDS`."


def _release_to_dict(r: Release, include_original: bool, lines: bool) -> dict[str, Any]:
    s = r.source
    source: dict[str, Any] = {name: getattr(s, name) for name in _SOURCE_FIELDS}
    if not s.sha256 and s.original:
        source["sha256"] = hashlib.sha256(s.original).hexdigest()
    if include_original and s.has_original:
        # Kept from the file it was read from (or encoded once): no 5 MB re-encode per save.
        source["original_base64"] = s.original_base64()
    return {
        "id": r.id,
        **{f.name: getattr(r, f.name) for f in schema.RELEASE_METADATA},
        "source": source,
        "removed": [{"kind": x.kind, "text": x.text} for x in r.removed],
        "suggestions": [
            {"kind": x.kind, "start": x.start, "end": x.end, "before": x.before, "after": x.after}
            for x in r.suggestions
        ],
        "text": split_text(r.text) if lines else r.text,
        "root": node_to_row(r.root),
    }


# Where str.splitlines breaks lines besides "\n".
_OTHER_LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def split_text(text: str) -> list[str]:
    """The text as a list of lines, each keeping its "\\n", so a small edit diffs small."""
    if not any(c in text for c in _OTHER_LINE_BREAKS):
        # Twice as fast; only "\n" breaks lines here, as below.
        return text.splitlines(keepends=True)
    parts = text.split("\n")
    lines = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def node_to_row(n: Node) -> list[Any]:
    """A node as a row (see :data:`NODE_FIELDS`); trailing empty values left out.

    Why leave them out: a 5 MB release has tens of thousands of nodes and most carry no
    children, summary, tags or attrs; six-value rows keep the outline small and fast to
    read, and make the staff's own work (the ``work`` object) stand out in a diff.
    """
    row: list[Any] = [n.id, n.kind, n.label, n.start, n.end, n.body_start]
    work: dict[str, Any] = {}
    if n.summary:
        work["summary"] = n.summary
    if n.tags:
        work["tags"] = list(n.tags)
    if n.include_in_brief:
        work["include_in_brief"] = True
    if n.attrs:
        work["attrs"] = {k: n.attrs[k] for k in sorted(n.attrs)}
    if n.children or work:
        row.append([node_to_row(c) for c in n.children])
    if work:
        row.append(work)
    return row

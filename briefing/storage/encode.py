"""Project -> plain JSON-ready dict, every field in a fixed order.

The order is the order of docs/project-format.md, so two saves of the same project are
byte-identical and two versions of a project diff readably.
"""

from __future__ import annotations

import hashlib
from typing import Any

from briefing.model import Annotation, Brief, Node, Project, Release
from briefing.model.project import FORMAT_NAME, FORMAT_VERSION

# Top-level keys every version-2 file has, in the order they are written.
TOP_KEYS = (
    "format",
    "version",
    "written_by",
    "created",
    "modified",
    "tag_names",
    "view_state",
    "brief",
    "annotation_fields",
    "annotations",
    "node_fields",
    "releases",
)
# Annotations and outline nodes are written as rows (JSON arrays) rather than objects:
# a 5 MB release has tens of thousands of nodes, and rows parse in a third of the time
# and decode in half. Each file names its columns, so it still reads on its own.
ANNOTATION_FIELDS = (
    "id",
    "release_id",
    "start",
    "end",
    "quote",
    "prefix",
    "suffix",
    "body",
    "tags",
    "author",
    "created",
    "modified",
    "orphaned",
)
# A node row is its first six values, then its children (rows), then its work (an
# object of summary, tags, include_in_brief, attrs, each left out at its default).
# Trailing values are left out when empty: most nodes are six values long.
NODE_FIELDS = ("id", "kind", "label", "start", "end", "body_start", "children", "work")
WORK_FIELDS = ("summary", "tags", "include_in_brief", "attrs")
# Optional top-level keys that the codec knows about but does not turn into model data.
EXTRA_TOP_KEYS = frozenset({"recovery"})


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
        "header": {
            "to": h.to,
            "from": h.from_,
            "date": h.date,
            "subject": h.subject,
            "classification": h.classification,
            "file_number": h.file_number,
            "purpose": h.purpose,
        },
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


def annotation_to_row(a: Annotation) -> list[Any]:
    """The annotation's values in the order of :data:`ANNOTATION_FIELDS`."""
    an = a.anchor
    return [
        a.id,
        a.release_id,
        an.start,
        an.end,
        an.quote,
        an.prefix,
        an.suffix,
        a.body,
        list(a.tags),
        a.author,
        a.created,
        a.modified,
        a.orphaned,
    ]


def _release_to_dict(r: Release, include_original: bool, lines: bool) -> dict[str, Any]:
    s = r.source
    source: dict[str, Any] = {
        "path": s.path,
        "format": s.format,
        "sha256": s.sha256 or (hashlib.sha256(s.original).hexdigest() if s.original else ""),
        "url": s.url,
        "encoding": s.encoding,
    }
    if include_original and s.has_original:
        # Kept from the file it was read from (or encoded once): no 5 MB re-encode per save.
        source["original_base64"] = s.original_base64()
    return {
        "id": r.id,
        "title": r.title,
        "subtitle": r.subtitle,
        "issuer": r.issuer,
        "date": r.date,
        "place": r.place,
        "symbol": r.symbol,
        "category": r.category,
        "language": r.language,
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

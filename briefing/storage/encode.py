"""Project -> plain JSON-ready dict, every field in a fixed order.

The order is the order of docs/project-format.md, so two saves of the same project are
byte-identical and two versions of a project diff readably.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from briefing.model import Annotation, Brief, Node, Project, Release
from briefing.model.project import FORMAT_NAME, FORMAT_VERSION

# Top-level keys every version-1 file has, in the order they are written.
TOP_KEYS = (
    "format",
    "version",
    "written_by",
    "created",
    "modified",
    "tag_names",
    "view_state",
    "brief",
    "annotations",
    "releases",
)
# Optional top-level keys that the codec knows about but does not turn into model data.
EXTRA_TOP_KEYS = frozenset({"recovery"})


def project_to_dict(
    project: Project, *, include_original: bool = True, written_by: str = ""
) -> dict[str, Any]:
    """The version-1 document for ``project`` (plain dicts/lists/str/int/bool)."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "written_by": written_by,
        "created": project.created,
        "modified": project.modified,
        "tag_names": list(project.tag_names),
        "view_state": _sorted_json(project.view_state),
        "brief": _brief_to_dict(project.brief),
        "annotations": [_annotation_to_dict(a) for a in project.annotations],
        "releases": [_release_to_dict(r, include_original) for r in project.releases],
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
    return {
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


def _annotation_to_dict(a: Annotation) -> dict[str, Any]:
    an = a.anchor
    return {
        "id": a.id,
        "release_id": a.release_id,
        "anchor": {
            "start": an.start,
            "end": an.end,
            "quote": an.quote,
            "prefix": an.prefix,
            "suffix": an.suffix,
        },
        "body": a.body,
        "tags": list(a.tags),
        "author": a.author,
        "created": a.created,
        "modified": a.modified,
        "orphaned": a.orphaned,
    }


def _release_to_dict(r: Release, include_original: bool) -> dict[str, Any]:
    s = r.source
    source: dict[str, Any] = {
        "path": s.path,
        "format": s.format,
        "sha256": s.sha256 or (hashlib.sha256(s.original).hexdigest() if s.original else ""),
        "url": s.url,
        "encoding": s.encoding,
    }
    if include_original and s.original is not None:
        source["original_base64"] = base64.b64encode(s.original).decode("ascii")
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
        "text": split_text(r.text),
        "root": node_to_dict(r.root),
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


def node_to_dict(n: Node) -> dict[str, Any]:
    """A node with its fields in order; fields at their default are left out.

    Why: a 5 MB release has tens of thousands of nodes and most carry no summary, tags
    or attrs; leaving those out halves the file's node section and its parse time, and
    makes the staff's own work stand out when reading or diffing the file.
    """
    out: dict[str, Any] = {"id": n.id, "kind": n.kind}
    if n.label:
        out["label"] = n.label
    out["start"] = n.start
    out["end"] = n.end
    if n.body_start != n.start:
        out["body_start"] = n.body_start
    if n.summary:
        out["summary"] = n.summary
    if n.tags:
        out["tags"] = list(n.tags)
    if n.include_in_brief:
        out["include_in_brief"] = True
    if n.attrs:
        out["attrs"] = {k: n.attrs[k] for k in sorted(n.attrs)}
    if n.children:
        out["children"] = [node_to_dict(c) for c in n.children]
    return out

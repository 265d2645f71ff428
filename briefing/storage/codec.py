"""Plain JSON-ready dict -> Project, with strict validation and precise messages.

(The other direction is :mod:`briefing.storage.encode`.) Decoding checks every
value's type and reports *all* problems with a path such as
``releases[0].root.children[3].start: expected an integer, got a string``.

Paths are built lazily (only when a problem is reported) because a large project has
tens of thousands of records and formatting a path for each would dominate open time;
well-formed node and annotation rows take the fast path in :mod:`briefing.storage.rows`.
"""

from __future__ import annotations

from typing import Any

from briefing.model import (
    Anchor,
    Annotation,
    Brief,
    BriefHeader,
    BriefParagraph,
    BriefSection,
    Node,
    Project,
    Release,
    Removed,
    SourceInfo,
    Suggestion,
)
from briefing.storage import schema
from briefing.storage.rows import WORK_KEYS, Irregular, annotation_fast, node_fast


class CodecError(Exception):
    """The document does not describe a valid project; ``problems`` lists every reason."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(problems[0] + more)


_MISSING = schema.REQUIRED  # absent from the document; as a default: required
_TYPE_NAMES = {
    str: "a string",
    int: "an integer",
    bool: "true or false",
    list: "a list",
    dict: "an object",
    float: "a number",
    type(None): "null",
}


def _kind(value: Any) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


class _Decoder:
    """Collects problems (fatal) and warnings (unknown fields) while decoding."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.warnings: list[str] = []
        # False once an outline may have a duplicate id or a span outside its text
        # (then :mod:`~briefing.storage.consistency` must look at every node).
        self.outlines_checked = True

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}" if where else message)

    def obj(self, value: Any, where: str, known: frozenset[str]) -> dict[str, Any] | None:
        if type(value) is not dict:
            self.problem(where, f"expected an object, got {_kind(value)}")
            return None
        if value.keys() - known:
            for key in sorted(value.keys() - known):
                self.warnings.append(f"{_join(where, key)}: unknown field, ignored")
        return value

    def field(self, d: dict[str, Any], key: str, where: str, typ: type, default: Any) -> Any:
        """``d[key]`` checked to be exactly ``typ``; ``default=_MISSING`` makes it required."""
        value = d.get(key, _MISSING)
        if value is _MISSING:
            if default is _MISSING:
                self.problem(_join(where, key), "missing")
                return _zero(typ)
            return default() if callable(default) else default
        if type(value) is not typ:
            self.problem(_join(where, key), f"expected {_TYPE_NAMES[typ]}, got {_kind(value)}")
            return _zero(typ)
        return value

    def strings(self, d: dict[str, Any], key: str, where: str) -> list[str]:
        value = d.get(key, _MISSING)
        if value is _MISSING:
            return []
        if type(value) is not list:
            self.problem(_join(where, key), f"expected a list of strings, got {_kind(value)}")
            return []
        for i, item in enumerate(value):
            if type(item) is not str:
                self.problem(f"{_join(where, key)}[{i}]", f"expected a string, got {_kind(item)}")
                return []
        return list(value)

    def items(self, d: dict[str, Any], key: str, where: str, required: bool = False) -> list[Any]:
        value = d.get(key, _MISSING)
        if value is _MISSING:
            if required:
                self.problem(_join(where, key), "missing")
            return []
        if type(value) is not list:
            self.problem(_join(where, key), f"expected a list, got {_kind(value)}")
            return []
        return value


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _zero(typ: type) -> Any:
    return {str: "", int: 0, bool: False, list: [], dict: {}}[typ]


_PROJECT_KEYS = schema.keys(schema.PROJECT) | schema.EXTRA_TOP_KEYS
_RELEASE_KEYS = schema.keys(schema.RELEASE)
_SOURCE_KEYS = schema.keys(schema.SOURCE)
_BRIEF_KEYS = schema.keys(schema.BRIEF)
_HEADER_KEYS = schema.keys(schema.HEADER)
_SECTION_KEYS = schema.keys(schema.SECTION)
_PARAGRAPH_KEYS = schema.keys(schema.PARAGRAPH)
_REMOVED_KEYS = schema.keys(schema.REMOVED)
_SUGGESTION_KEYS = schema.keys(schema.SUGGESTION)
ANNOTATION_FIELDS = schema.names(schema.ANNOTATION)
NODE_FIELDS = schema.names(schema.NODE)


def _scalars(
    d: _Decoder, x: dict[str, Any], where: str, fields: tuple[schema.Field, ...]
) -> dict[str, Any]:
    """The ``fields`` of record ``x``, each checked by its schema type, or its default."""
    return {f.name: _value(d, x, where, f) for f in fields}


_DEFAULT_TAGS = Project().tag_names


def project_from_dict(doc: Any) -> tuple[Project, list[str]]:
    """Decode a version-2 document; returns the project and warnings (ignored fields).

    Raises :class:`CodecError` listing every problem when anything has the wrong type or a
    required field is missing. The caller has already checked ``format`` and ``version``.
    """
    project, warnings, _ = decode_project(doc)
    return project, warnings


def decode_project(doc: Any) -> tuple[Project, list[str], bool]:
    """:func:`project_from_dict`, and whether every outline is known to be consistent.

    The third value is True when decoding already found every node span inside its
    release's text and no node id used twice in a release, so
    ``consistency_problems(..., nodes=False)`` may skip walking 35,000 nodes again.
    """
    d = _Decoder()
    top = d.obj(doc, "", _PROJECT_KEYS)
    if top is None:
        raise CodecError(["expected a JSON object at the top level"])
    project = Project(
        created=d.field(top, "created", "", str, ""),
        modified=d.field(top, "modified", "", str, ""),
        tag_names=d.strings(top, "tag_names", "") if "tag_names" in top else list(_DEFAULT_TAGS),
        view_state=d.field(top, "view_state", "", dict, dict),
    )
    brief = top.get("brief", _MISSING)
    if brief is not _MISSING:
        project.brief = _brief(d, brief, "brief")
    project.releases = [
        _release(d, r, f"releases[{i}]")
        for i, r in enumerate(d.items(top, "releases", "", required=True))
    ]
    _check_columns(d, top, "annotation_fields", ANNOTATION_FIELDS)
    _check_columns(d, top, "node_fields", NODE_FIELDS)
    project.annotations = []
    for i, a in enumerate(d.items(top, "annotations", "")):
        try:
            project.annotations.append(annotation_fast(a))
        except Irregular:
            project.annotations.append(_annotation(d, a, f"annotations[{i}]"))
    if d.problems:
        raise CodecError(d.problems)
    return project, d.warnings, d.outlines_checked


def _check_columns(d: _Decoder, top: dict[str, Any], key: str, expected: tuple[str, ...]) -> None:
    """Rows must have the columns this version writes (optional in hand-made files)."""
    value = top.get(key, _MISSING)
    if value is not _MISSING and value != list(expected):
        d.problem(key, f"expected {list(expected)} (the columns this version reads)")


def _release(d: _Decoder, value: Any, where: str) -> Release:
    r = d.obj(value, where, _RELEASE_KEYS)
    if r is None:
        return Release(id="", text="", root=Node("root", "root"))
    f = d.field
    text = _text(d, r, where)
    root_value = r.get("root", _MISSING)
    if root_value is _MISSING:
        d.problem(_join(where, "root"), "missing")
        root = Node("root", "root")
    else:
        ids: list[str] = []
        try:
            root = node_fast(root_value, len(text), ids)
        except Irregular:
            d.outlines_checked = False
            root = _node(d, root_value, _join(where, "root"))
        else:
            if len(set(ids)) != len(ids):
                d.outlines_checked = False
    return Release(
        id=f(r, "id", where, str, _MISSING),
        text=text,
        root=root,
        source=_source(d, r.get("source", {}), _join(where, "source")),
        **_scalars(d, r, where, schema.RELEASE_METADATA),
        removed=[
            _removed(d, x, f"{where}.removed[{i}]")
            for i, x in enumerate(d.items(r, "removed", where))
        ],
        suggestions=[
            _suggestion(d, x, f"{where}.suggestions[{i}]")
            for i, x in enumerate(d.items(r, "suggestions", where))
        ],
    )


def _text(d: _Decoder, r: dict[str, Any], where: str) -> str:
    # Written as a list of lines; a single string is accepted too (hand-made files).
    value = r.get("text", _MISSING)
    if value is _MISSING:
        d.problem(_join(where, "text"), "missing")
        return ""
    if type(value) is str:
        return value
    if type(value) is not list:
        d.problem(_join(where, "text"), f"expected a list of strings, got {_kind(value)}")
        return ""
    try:
        return "".join(value)
    except TypeError:
        for i, line in enumerate(value):
            if type(line) is not str:
                d.problem(f"{where}.text[{i}]", f"expected a string, got {_kind(line)}")
                break
        return ""


def _source(d: _Decoder, value: Any, where: str) -> SourceInfo:
    s = d.obj(value, where, _SOURCE_KEYS)
    if s is None:
        return SourceInfo()
    *plain, original = schema.SOURCE
    info = SourceInfo(**_scalars(d, s, where, tuple(plain)))
    encoded = d.field(s, original.name, where, str, None)
    if encoded is not None:
        # Checked now, decoded when first used (see SourceInfo); `briefing check`
        # also compares the bytes with source.sha256.
        try:
            info.set_original_base64(encoded)
        except ValueError:
            d.problem(_join(where, "original_base64"), "not valid base64")
    return info


# What each column of a row must hold, for the slow path's messages.
_NODE_TYPES = {f.name: f.type for f in schema.NODE_HEAD}
_ANNOTATION_TYPES = {f.name: f.type for f in schema.ANNOTATION}


def _row(d: _Decoder, value: Any, where: str, columns: dict[str, type], what: str) -> list[Any]:
    """The typed first ``len(columns)`` values of a row (zero values where wrong)."""
    out = []
    for i, (name, typ) in enumerate(columns.items()):
        item = value[i] if i < len(value) else _MISSING
        if item is _MISSING:
            d.problem(_join(where, name), f"missing ({what} row has {len(columns)} values)")
            item = _zero(typ)
        elif type(item) is not typ:
            wanted = "a list of strings" if typ is list else _TYPE_NAMES[typ]
            d.problem(_join(where, name), f"expected {wanted}, got {_kind(item)}")
            item = _zero(typ)
        out.append(item)
    return out


def _node(d: _Decoder, value: Any, where: str) -> Node:
    try:
        # Only types matter here: spans and ids are checked by consistency_problems.
        return node_fast(value, _ANY_LENGTH, [])
    except Irregular:
        pass
    if type(value) is not list:
        d.problem(where, f"expected a node row (a list), got {_kind(value)}")
        return Node("", "")
    if len(value) > len(NODE_FIELDS):
        d.problem(where, f"a node row has at most {len(NODE_FIELDS)} values, got {len(value)}")
    node_id, kind, label, start, end, body_start = _row(d, value, where, _NODE_TYPES, "a node")
    node = Node(node_id, kind, label, start, end, body_start)
    rows = value[6] if len(value) > 6 else []
    if type(rows) is list:
        node.children = [_node(d, c, f"{where}.children[{i}]") for i, c in enumerate(rows)]
    else:
        d.problem(_join(where, "children"), f"expected a list of node rows, got {_kind(rows)}")
    if len(value) > 7:
        _work(d, value[7], _join(where, "work"), node)
    return node


def _work(d: _Decoder, value: Any, where: str, node: Node) -> None:
    """Set the staff's work on ``node`` from its row's work object (schema.WORK)."""
    w = d.obj(value, where, WORK_KEYS)
    if w is None:
        return
    for f in schema.WORK:
        setattr(node, f.name, _value(d, w, where, f))


def _value(d: _Decoder, x: dict[str, Any], where: str, f: schema.Field) -> Any:
    """Field ``f`` of record ``x``, checked by its schema type (a fresh default if absent)."""
    if f.type is list:
        return d.strings(x, f.name, where)
    if f.type is dict:
        # An object of strings (a node's attrs).
        mapping = d.field(x, f.name, where, dict, dict)
        for key, v in mapping.items():
            if type(v) is not str:
                d.problem(f"{_join(where, f.name)}.{key}", f"expected a string, got {_kind(v)}")
        return dict(mapping)
    return d.field(x, f.name, where, f.type, f.default)


_ANY_LENGTH = 1 << 62  # no span is outside a text this long


def _annotation(d: _Decoder, value: Any, where: str) -> Annotation:
    try:
        return annotation_fast(value)
    except Irregular:
        pass
    if type(value) is not list:
        d.problem(where, f"expected an annotation row (a list), got {_kind(value)}")
        return Annotation("", "", Anchor(0, 0, ""))
    if len(value) > len(ANNOTATION_FIELDS):
        d.problem(where, f"an annotation row has {len(ANNOTATION_FIELDS)} values, got {len(value)}")
    (
        a_id,
        release_id,
        start,
        end,
        quote,
        prefix,
        suffix,
        body,
        tags,
        author,
        created,
        modified,
        orphaned,
    ) = _row(d, value, where, _ANNOTATION_TYPES, "an annotation")
    for i, tag in enumerate(tags):
        if type(tag) is not str:
            d.problem(f"{where}.tags[{i}]", f"expected a string, got {_kind(tag)}")
            tags = []
            break
    return Annotation(
        a_id,
        release_id,
        Anchor(start, end, quote, prefix, suffix),
        body,
        list(tags),
        author,
        created,
        modified,
        orphaned,
    )


_HEADER_ATTR = {"from": "from_"}  # the model's spelling of a Python keyword


def _brief(d: _Decoder, value: Any, where: str) -> Brief:
    b = d.obj(value, where, _BRIEF_KEYS)
    if b is None:
        return Brief()
    brief = Brief()
    # Absent in files written before the flag: those notes count as not reviewed.
    brief.reviewed = d.field(b, "reviewed", where, bool, False)
    header = b.get("header", _MISSING)
    if header is not _MISSING:
        hw = _join(where, "header")
        h = d.obj(header, hw, _HEADER_KEYS)
        if h is not None:
            model = BriefHeader()  # classification and purpose default to the model's
            brief.header = BriefHeader(
                **{
                    _HEADER_ATTR.get(f.name, f.name): d.field(
                        h,
                        f.name,
                        hw,
                        f.type,
                        getattr(model, f.name) if f.default is schema.NESTED else f.default,
                    )
                    for f in schema.HEADER
                }
            )
    if "sections" in b:
        brief.sections = [
            _section(d, s, f"{where}.sections[{i}]")
            for i, s in enumerate(d.items(b, "sections", where))
        ]
    return brief


def _section(d: _Decoder, value: Any, where: str) -> BriefSection:
    s = d.obj(value, where, _SECTION_KEYS)
    if s is None:
        return BriefSection("")
    return BriefSection(
        key=d.field(s, "key", where, str, _MISSING),
        paragraphs=[
            _paragraph(d, p, f"{where}.paragraphs[{i}]")
            for i, p in enumerate(d.items(s, "paragraphs", where))
        ],
    )


def _paragraph(d: _Decoder, value: Any, where: str) -> BriefParagraph:
    p = d.obj(value, where, _PARAGRAPH_KEYS)
    if p is None:
        return BriefParagraph("")
    cites: list[tuple[str, str]] = []
    for i, c in enumerate(d.items(p, "cites", where)):
        if type(c) is list and len(c) == 2 and type(c[0]) is str and type(c[1]) is str:
            cites.append((c[0], c[1]))
        else:
            d.problem(f"{where}.cites[{i}]", "expected a [release id, node id] pair of strings")
    return BriefParagraph(
        text=d.field(p, "text", where, str, _MISSING),
        cites=cites,
        drafted=d.field(p, "drafted", where, bool, True),
    )


def _removed(d: _Decoder, value: Any, where: str) -> Removed:
    x = d.obj(value, where, _REMOVED_KEYS)
    if x is None:
        return Removed("", "")
    return Removed(**_scalars(d, x, where, schema.REMOVED))


def _suggestion(d: _Decoder, value: Any, where: str) -> Suggestion:
    x = d.obj(value, where, _SUGGESTION_KEYS)
    if x is None:
        return Suggestion("", 0, 0, "", "")
    return Suggestion(**_scalars(d, x, where, schema.SUGGESTION))

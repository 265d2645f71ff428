"""Fast decoding of well-formed node and annotation rows (the usual case on open).

Why a fast path at all: the precise decoder in :mod:`briefing.storage.codec` formats a
path for every record and calls a checker per field; for 35,000 nodes that would be
most of the open time. Here each row is unpacked and type-checked in one expression;
anything unusual raises :class:`Irregular`, and the codec decodes that part again
slowly, for its messages.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from briefing.model import Anchor, Annotation, Node
from briefing.storage import schema

WORK_KEYS = schema.keys(schema.WORK)
# The node checks below are unrolled for speed (a loop over the schema's columns would
# cost a third of the open time); tests/storage/test_schema.py holds them to the
# schema's columns and to the precise decoder's results.


class Irregular(Exception):
    """Raised by the fast paths; the slow path then finds and words the problem."""


def node_fast(value: Any, length: int, ids: list[str]) -> Node:
    """Decode a well-formed node row and its subtree quickly, or raise :class:`Irregular`.

    Also checks each span lies in a text of ``length`` (a span outside it is irregular
    too) and appends every id to ``ids``, so opening need not walk the tree again.
    """
    return _nodes_fast([value], length, ids)[0]


_NO_ROWS: tuple[()] = ()  # a six-value row: no children given


def _nodes_fast(rows: list[Any], length: int, ids: list[str]) -> list[Node]:
    """The nodes of sibling ``rows`` (see :func:`_node_fast`).

    Siblings are decoded in one loop and only rows with children recurse: most rows of
    a big outline are six-value leaves, and a call per leaf cost ~10 % of decoding.
    A node takes over the ``tags`` list and ``attrs`` dict of its work object (not
    copied: the parsed document is not used after decoding).
    """
    nodes = []
    add = nodes.append
    add_id = ids.append
    for row in rows:
        if type(row) is not list:
            raise Irregular
        size = len(row)
        kids: Any = _NO_ROWS
        work = None
        if size == 6:
            node_id, kind, label, start, end, body_start = row
        elif size == 7:
            node_id, kind, label, start, end, body_start, kids = row
        elif size == 8:
            node_id, kind, label, start, end, body_start, kids, work = row
            if type(work) is not dict or not work.keys() <= WORK_KEYS:
                raise Irregular
        else:
            raise Irregular
        if not (
            type(node_id) is str
            and type(kind) is str
            and type(label) is str
            and type(start) is int
            and type(end) is int
            and type(body_start) is int
            and 0 <= start <= end <= length
            and (kids is _NO_ROWS or type(kids) is list)
        ):
            raise Irregular
        add_id(node_id)
        children = _nodes_fast(kids, length, ids) if kids else []
        if work is None:
            add(Node(node_id, kind, label, start, end, body_start, children, "", [], False, {}))
            continue
        get = work.get
        summary = get("summary", "")
        include = get("include_in_brief", False)
        tags = get("tags", [])
        attrs = get("attrs", {})
        if not (
            type(summary) is str
            and type(include) is bool
            and type(tags) is list
            and all(type(t) is str for t in tags)
            and type(attrs) is dict
            and all(type(v) is str for v in attrs.values())
        ):
            raise Irregular
        add(
            Node(
                node_id,
                kind,
                label,
                start,
                end,
                body_start,
                children,
                summary,
                tags,
                include,
                attrs,
            )
        )
    return nodes


_TYPE_NAMES = {str: "str", int: "int", bool: "bool", list: "list"}


def _annotation_decoder() -> Callable[[Any], Annotation]:
    """The fast annotation decoder, compiled once from :data:`schema.ANNOTATION`.

    Why compiled: the row is unpacked and type-checked in one expression (as fast as
    writing it out by hand) while the columns, their types and the model's mapping (the
    anchor's columns go to ``Anchor``) come from the one table. A ``list`` column is a
    list of strings; the annotation takes over the row's list.
    """
    columns = schema.ANNOTATION
    names = [f"v_{f.name}" for f in columns]
    checks = [f"type(v_{f.name}) is {_TYPE_NAMES[f.type]}" for f in columns]
    checks += [
        f"(not v_{f.name} or all(type(t) is str for t in v_{f.name}))"
        for f in columns
        if f.type is list
    ]
    # Positional arguments in the model's field order: keywords cost a third more.
    anchor = f"Anchor({', '.join(f'v_{f.name}' for f in dataclasses.fields(Anchor))})"
    fields = [
        anchor if f.name == "anchor" else f"v_{f.name}" for f in dataclasses.fields(Annotation)
    ]
    source = (
        "def annotation_fast(value):\n"
        f"    if type(value) is not list or len(value) != {len(columns)}:\n"
        "        raise Irregular\n"
        f"    {', '.join(names)}, = value\n"
        f"    if not ({' and '.join(checks)}):\n"
        "        raise Irregular\n"
        f"    return Annotation({', '.join(fields)})\n"
    )
    namespace = {"Irregular": Irregular, "Annotation": Annotation, "Anchor": Anchor}
    exec(compile(source, "<annotation row decoder>", "exec"), namespace)  # our own text
    return namespace["annotation_fast"]


annotation_fast = _annotation_decoder()
annotation_fast.__doc__ = """A well-formed annotation row decoded quickly, or :class:`Irregular`.

The annotation takes over the row's ``tags`` list."""

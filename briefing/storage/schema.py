"""The project file's schema, stated once: every record's fields, their types and defaults.

``encode`` (writing), ``codec`` (the precise decoder), ``rows`` (the fast decoder) and
``migrate`` (older versions) all read these tables, so adding a field is one line here,
its model attribute, and docs/project-format.md. A field's ``since`` is the first format
version whose files may carry it; a migration step fills it in for older files.

Types: ``str``, ``int``, ``bool``; ``list`` is a list of strings and ``dict`` an object of
strings (tags, attrs); :data:`NESTED` marks a record or list of records decoded by its
own table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

REQUIRED: Any = type("Required", (), {"__repr__": lambda self: "REQUIRED"})()
NESTED: Any = type("Nested", (), {"__repr__": lambda self: "NESTED"})()


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    type: Any  # str, int, bool, list, dict, or NESTED
    default: Any = REQUIRED  # REQUIRED: a file without it is damaged
    since: int = 1


def texts(*names: str, since: int = 1) -> tuple[Field, ...]:
    """Optional text fields (most metadata): a string, empty when absent."""
    return tuple(Field(name, str, "", since) for name in names)


def names(fields: tuple[Field, ...]) -> tuple[str, ...]:
    return tuple(f.name for f in fields)


def at_version(fields: tuple[Field, ...], version: int) -> tuple[Field, ...]:
    """The fields a file of ``version`` has (what a migration step must produce)."""
    return tuple(f for f in fields if f.since <= version)


# Top-level keys, in the order they are written.
PROJECT = (
    Field("format", str),
    Field("version", int, since=0),
    Field("written_by", str, ""),
    Field("created", str, ""),
    Field("modified", str, ""),
    Field("tag_names", list, NESTED),  # absent: the default tag set of a new project
    Field("view_state", dict, {}),
    Field("brief", NESTED, NESTED),
    Field("annotation_fields", list, NESTED, since=2),
    Field("annotations", NESTED, []),
    Field("node_fields", list, NESTED, since=2),
    Field("releases", NESTED),
)
# Optional top-level keys that the codec knows about but does not turn into model data.
EXTRA_TOP_KEYS = frozenset({"recovery"})

# Annotations and outline nodes are written as rows (JSON arrays) rather than objects:
# a 5 MB release has tens of thousands of nodes, and rows parse in a third of the time
# and decode in half. Each file names its columns, so it still reads on its own.
ANNOTATION = (
    Field("id", str),
    Field("release_id", str),
    Field("start", int),
    Field("end", int),
    Field("quote", str),
    *texts("prefix", "suffix", "body"),
    Field("tags", list, []),
    *texts("author", "created", "modified"),
    Field("orphaned", bool, False),
)
# The anchor's columns within an annotation row (Annotation.anchor in the model).
ANCHOR = ("start", "end", "quote", "prefix", "suffix")

# A node row is its head (six values), then its children (rows), then its work (an
# object of WORK fields, each left out at its default). Trailing values are left out
# when empty: most nodes are six values long.
NODE_HEAD = (
    Field("id", str),
    Field("kind", str),
    Field("label", str, ""),
    Field("start", int),
    Field("end", int),
    Field("body_start", int),  # version 0 files had none: it was the node's start
)
NODE = (*NODE_HEAD, Field("children", NESTED, []), Field("work", NESTED, {}))
WORK = (
    Field("summary", str, ""),
    Field("tags", list, []),
    Field("include_in_brief", bool, False),
    Field("attrs", dict, {}),
)

RELEASE_METADATA = texts(
    "title", "subtitle", "issuer", "date", "place", "symbol", "category", "language"
)
RELEASE = (
    Field("id", str),
    *RELEASE_METADATA,
    Field("source", NESTED, {}),
    Field("removed", NESTED, []),
    Field("suggestions", NESTED, []),
    Field("text", NESTED),  # a list of lines (a single string is read too)
    Field("root", NESTED),
)
SOURCE = (
    *texts("path", "format", "sha256", "url", "encoding"),
    Field("original_base64", str, None),  # absent when the original is not kept
)
REMOVED = (Field("kind", str), Field("text", str, ""))
SUGGESTION = (
    Field("kind", str),
    Field("start", int),
    Field("end", int),
    Field("before", str, ""),
    Field("after", str, ""),
)

# "reviewed" is left out while false, so notes nobody marked read as before the flag.
BRIEF = (
    Field("reviewed", bool, False, since=2),
    Field("header", NESTED, {}),
    Field("sections", NESTED, []),
)
# The defaults of classification and purpose are BriefHeader's (the model's own).
HEADER = (
    *texts("to", "from", "date", "subject"),
    Field("classification", str, NESTED),
    Field("file_number", str, ""),
    Field("purpose", str, NESTED),
)
SECTION = (Field("key", str), Field("paragraphs", NESTED, []))
PARAGRAPH = (Field("text", str), Field("cites", NESTED, []), Field("drafted", bool, True))


def keys(fields: tuple[Field, ...]) -> frozenset[str]:
    """The field names a record may have (any other is reported and ignored)."""
    return frozenset(names(fields))


def defaults(fields: tuple[Field, ...]) -> dict[str, Any]:
    """name -> default of the optional fields (for migrations filling them in)."""
    return {f.name: f.default for f in fields if f.default is not REQUIRED}

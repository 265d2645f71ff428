"""Where a dotted paragraph number goes in the open list: it says so itself.

"4.1.6" is the sixth paragraph under "4.1", whatever came just before it: after
"4.1.5.2 ...; and" it closes 4.1.5's sub-list and goes on 4.1's. Outline numbering
("1.1", "1.1.1", "A.2.1") is written this way in statutes, policies, standards and
reports alike, so the number's own prefix, not the order of the lines or a colon, places
it: under the open item whose number is its prefix, beside the one that shares its
prefix and its depth.
"""

from __future__ import annotations

DOTTED_FAMILIES = frozenset(("decimal-sub", "prefixed-decimal"))


def _parts(label: str) -> list[str]:
    return [part for part in label.strip().rstrip(".").split(".") if part]


def dotted_depth(label: str, open_labels: list[str]) -> int | None:
    """The depth (index into the open items, outermost first) at which a dotted
    ``label`` goes: one under the deepest open item whose number is its prefix, or the
    depth of an open item with the same prefix and as many parts (its sibling). None
    when no open item is related to it (the usual placing decides)."""
    parts = _parts(label)
    if len(parts) < 2:
        return None
    for depth in range(len(open_labels) - 1, -1, -1):
        other = _parts(open_labels[depth])
        if len(other) < len(parts) and parts[: len(other)] == other:
            return depth + 1
        if len(other) == len(parts) and other[:-1] == parts[:-1] and other != parts:
            return depth
    return None

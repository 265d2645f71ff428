"""Carry what the user wrote on nodes (summary, tags, include-in-brief) to the nodes of a
newer version of the release that hold the same passages (File › Update Release…).

Node ids follow the importer's reading order, so they name other text after an
insertion: fields move by passage, through :class:`briefing.anchoring.versions.NodeMatcher`
(*certain or nothing*). A summary or tag list whose passage is gone is returned to the
caller, which keeps it visible (the app makes it an orphaned annotation).
"""

from __future__ import annotations

from briefing.model import Anchor, Node, Release


def has_user_fields(node: Node) -> bool:
    """True when the user gave ``node`` a summary, tags or the include-in-brief flag."""
    return bool(node.summary or node.tags or node.include_in_brief)


def carry_node_fields(old: Release, new: Release) -> list[tuple[Node, Anchor]]:
    """Copy summaries, tags and include flags of ``old``'s nodes to the matching nodes of
    ``new`` (kept fields win: a summary already there is not replaced; tags are merged).

    Returns ``(node, anchor)`` for each old node with a summary or tags whose passage the
    new version does not hold; ``anchor`` is that passage in the old text.
    """
    from briefing.anchoring.versions import NodeMatcher

    matcher = NodeMatcher(old, new)
    lost: list[tuple[Node, Anchor]] = []
    for node in old.nodes():
        if not has_user_fields(node):
            continue
        target = matcher.match(node)
        if target is None:
            if node.summary or node.tags:
                lost.append((node, Anchor.from_text(old.text, node.body_start, node.end)))
            continue
        target.summary = target.summary or node.summary
        target.tags = list(dict.fromkeys([*target.tags, *node.tags]))
        target.include_in_brief = target.include_in_brief or node.include_in_brief
    return lost

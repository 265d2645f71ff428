"""Carry work across versions of a release: which new node holds an old node's passage.

Used when File › Update Release… replaces a release with a newer version of its file.
Node ids come from the importer's reading order ("p3" is the third paragraph), so after
the ministry inserts a paragraph, "p3" names other text: anything that points at nodes
by id (summaries, brief citations) must be moved by passage, never kept by id.

The rule, like annotations' (``briefing.anchoring.reanchor``), is *certain or nothing*:

1. the old node's text occurs exactly once in the new text (or its anchor is re-found
   with the old text known) -> the deepest node there, walked up to the same kind;
2. else a node of the same kind and label whose text is at least
   :data:`REWORDED_RATIO` alike (a paragraph reworded in place);
3. else None: the caller keeps the work visible (an orphaned annotation, a report).
"""

from __future__ import annotations

from difflib import SequenceMatcher

from briefing.model import Anchor, Brief, Node, Release

# How alike a reworded paragraph must be (difflib ratio) to count as the same passage.
REWORDED_RATIO = 0.8
# A passage this long that occurs once in the new text is placed without its context.
UNIQUE_PASSAGE_CHARS = 12


class NodeMatcher:
    """Finds, for nodes of ``old``, the node of ``new`` that holds the same passage.

    One per pair of versions: the new outline's parent links are collected once, not
    for every node matched.
    """

    def __init__(self, old: Release, new: Release) -> None:
        self.old, self.new = old, new
        self._parents: dict[int, Node] | None = None

    def match(self, node: Node) -> Node | None:
        """The node of ``new`` holding the passage of ``node`` (a node of ``old``)."""
        old, new = self.old, self.new
        anchor = Anchor.from_text(old.text, node.body_start, node.end)
        position = _place_passage(anchor, old, new)
        if position is not None:
            target = new.node_at(position)
            # The deepest node there may be a child item; prefer one of the same kind.
            while target is not None and target.kind != node.kind:
                target = self.parents().get(id(target))
            if target is not None:
                return target
        return _reworded(new, node, old.text[node.body_start : node.end])

    def parents(self) -> dict[int, Node]:
        if self._parents is None:
            self._parents = {
                id(child): node for node in self.new.root.walk() for child in node.children
            }
        return self._parents


def _place_passage(anchor: Anchor, old: Release, new: Release) -> int | None:
    """Where a node's whole text now starts, or None.

    A paragraph's own text occurring exactly once is certain enough on its own: its
    context (the label, the neighbours) is what renumbering changes, so the context
    scoring of annotations would wrongly reject it.
    """
    quote = anchor.quote.strip()
    if len(quote) >= UNIQUE_PASSAGE_CHARS and new.text.count(quote) == 1:
        return new.text.index(quote)
    from briefing.anchoring.reanchor import find_anchor

    placement = find_anchor(anchor, new.text, old_text=old.text)
    return None if placement.status == "orphaned" else placement.anchor.start


def _reworded(new: Release, node: Node, passage: str) -> Node | None:
    """The one same-kind, same-label node whose text is nearly the old passage."""
    if not node.label or len(passage.strip()) < UNIQUE_PASSAGE_CHARS:
        return None
    found = []
    for candidate in new.nodes():
        if candidate.kind != node.kind or candidate.label != node.label:
            continue
        matcher = SequenceMatcher(None, passage, new.text[candidate.body_start : candidate.end])
        if matcher.real_quick_ratio() >= REWORDED_RATIO and matcher.ratio() >= REWORDED_RATIO:
            found.append(candidate)
    return found[0] if len(found) == 1 else None


def remap_citations(brief: Brief, old: Release, new: Release) -> int:
    """Point the brief's citations of ``old`` at the matching nodes of ``new``, in place.

    Returns how many citations had no certain match; those are removed from their
    paragraph (the paragraph's text is kept) rather than left naming a node id that
    now means other text.
    """
    matcher = NodeMatcher(old, new)
    mapping: dict[str, str | None] = {}
    lost = 0
    for section in brief.sections:
        for paragraph in section.paragraphs:
            cites: list[tuple[str, str]] = []
            for release_id, node_id in paragraph.cites:
                if release_id != old.id:
                    cites.append((release_id, node_id))
                    continue
                if node_id not in mapping:
                    node = old.node(node_id)
                    target = matcher.match(node) if node is not None else None
                    mapping[node_id] = target.id if target is not None else None
                if mapping[node_id] is None:
                    lost += 1
                else:
                    cites.append((new.id, mapping[node_id]))
            paragraph.cites = list(dict.fromkeys(cites))
    return lost

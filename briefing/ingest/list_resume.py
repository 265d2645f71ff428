"""A sub-list that goes on after blocks the outline could not hang on its items.

An act's sub-points ("а)", "б)", "(a)", "(b)") may hold blocks the reader cannot attach
to the item above them: a roster set out as a table, a quoted passage, a ConsultantPlus
note. Those blocks close the open list, and the next sub-point, "б)", then opened a list
of its own at the top of the outline. But a label is the next of a sequence: "б)" after
an "а)" whose list was closed by unlabelled blocks alone goes on in that list, at its
level, and the blocks between belong to "а)" (they come after it in reading order).
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.ingest import patterns as P
from briefing.model import Node

# How many unlabelled blocks a sub-point may hold between its label and the next one's
# for the next to go on in its list (a roster of some thirty names is held).
RESUME_REACH = 40
_HELD_KINDS = frozenset(("paragraph", "note", "quote"))


@dataclass
class Broken:
    """The labelled items open when a block closed them, and where they were."""

    stack: list[tuple[Node, str]]  # (node, label family), outermost first
    families: list[str]
    container: Node


def resume_depth(broken: Broken, family: str, label: str, container: Node) -> int | None:
    """The depth at which ``label`` goes on the closed list, having moved the blocks
    placed since into the item it follows; None when it does not continue that list."""
    number = P.label_number(label)
    if number is None or number < 2 or broken.container is not container:
        return None
    for depth in range(len(broken.stack) - 1, 0, -1):  # sub-points only: depth 0 is as is
        previous, previous_family = broken.stack[depth]
        if previous_family != family:
            continue
        if P.label_number(previous.label) != number - 1:
            return None
        top = broken.stack[0][0]
        at = next((k for k, n in enumerate(container.children) if n is top), None)
        if at is None:
            return None
        between = container.children[at + 1 :]
        if len(between) > RESUME_REACH or any(
            n.label or n.kind not in _HELD_KINDS for n in between
        ):
            return None
        del container.children[at + 1 :]
        previous.children.extend(between)
        return depth
    return None

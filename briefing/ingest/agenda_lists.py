"""Agenda lists: runs of short, tightly printed numbered lines become one list node.

A pass over the finished outline, separate from placing blocks: whether numbered lines
are an agenda (short phrases, no blank line between them) or numbered paragraphs shows
only once their run is complete, and the decision changes node kinds, not nesting.
"""

from __future__ import annotations

from briefing.ingest.roles import words
from briefing.model import Node


def wrap_agenda_lists(parent: Node, text: str, tight_ids: dict[int, bool]) -> None:
    """Runs of short, tightly printed numbered lines are a list (an agenda), not paragraphs."""
    if not any(node.kind == "paragraph" and node.label for node in parent.children):
        # Nothing to wrap here (most paragraphs' sub-points): only look deeper.
        for child in parent.children:
            if child.children and child.kind in ("heading", "list", "paragraph"):
                wrap_agenda_lists(child, text, tight_ids)
        return
    children: list[Node] = []
    run: list[Node] = []

    def flush() -> None:
        if len(run) >= 2:
            wrapper = Node("", "list", start=run[0].start, end=run[-1].end)
            wrapper.body_start = wrapper.start
            for node in run:
                node.kind = "item"
            wrapper.children = list(run)
            for node in run:
                _extend(wrapper, node)
            children.append(wrapper)
        else:
            children.extend(run)
        run.clear()

    # (flush() does nothing while the run is empty: it is only called on a run.)
    for node in parent.children:
        if node.kind != "paragraph" or not node.label:
            if run:
                flush()
            children.append(node)
            continue
        stop = min(node.end, node.body_start + 400, len(text))
        # Short and not a sentence (a question is a sentence too). (The body's last
        # character read in the release text, its trailing spaces skipped: most numbered
        # paragraphs end a sentence, and their text is never copied out.)
        last = stop - 1
        while last >= node.body_start and text[last].isspace():
            last -= 1
        if (last < node.body_start or text[last] not in ".?!") and words(
            text[node.body_start : stop], 16
        ) <= 15:
            tight = tight_ids.get(id(node), False)
            if tight or not run:
                if run and not tight:
                    flush()
                run.append(node)
                continue
        if run:
            flush()
        children.append(node)
    flush()
    parent.children = children
    for child in parent.children:
        if child.children and child.kind in ("heading", "list", "paragraph"):
            wrap_agenda_lists(child, text, tight_ids)


def _extend(wrapper: Node, node: Node) -> None:
    for sub in node.walk():
        wrapper.end = max(wrapper.end, sub.end)

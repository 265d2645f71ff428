"""The title node ends where the printed title ends.

A line the head's rules read on as the title's wrap (a byline "von ...", the issuer's
name, a report's part, "Exposé des motifs") may be left out of the title the release
shows, when the title is cleaned of letterheads, datelines, offices and site names.
Such a line is still text of the release: it stays in ``Release.text`` but no longer
inside the title's node (whose words are the title alone), as a node of its own right
after the title, so it is a unit of the outline like any other line of the head.
"""

from __future__ import annotations

from briefing.model import Node

SEPARATOR = "\n\n"  # (pipeline.SEPARATOR: blocks are laid out one blank line apart)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def split_title_tail(root: Node, text: str, title: Node, shown: str) -> bool:
    """Cut off the title node's last blocks whose words the shown title leaves out,
    as one "note" node placed right after it. True when the tree changed (the caller
    renumbers the ids)."""
    if not shown or title.children:
        return False
    span = text[title.start : title.end]
    parts = span.split(SEPARATOR)
    if len(parts) < 2:
        return False
    shown_norm = _norm(shown)
    keep = len(parts)
    while keep > 1 and _norm(parts[keep - 1]) not in shown_norm:
        keep -= 1
    if keep == len(parts):
        return False
    end = title.start + len(SEPARATOR.join(parts[:keep]))
    cut = Node("", "note", start=end + len(SEPARATOR), end=title.end)
    cut.body_start = cut.start
    title.end = end
    at = next(i for i, child in enumerate(root.children) if child is title)
    root.children.insert(at + 1, cut)
    return True

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
    shown_norm = _norm(shown)
    keep = len(parts)
    while keep > 1 and _norm(parts[keep - 1]) not in shown_norm:
        keep -= 1
    if keep == len(parts):
        return _split_last_lines(root, span, title, shown_norm)
    end = title.start + len(SEPARATOR.join(parts[:keep]))
    cut = Node("", "note", start=end + len(SEPARATOR), end=title.end)
    cut.body_start = cut.start
    title.end = end
    at = next(i for i, child in enumerate(root.children) if child is title)
    root.children.insert(at + 1, cut)
    return True


def _split_last_lines(root: Node, span: str, title: Node, shown_norm: str) -> bool:
    """The same within the title's last block: a date printed right under the title
    with no blank line between ("<title>" / "mercredi 11 septembre 2019"), read as one
    block with it, is the release's dateline, cut off as its own node when the shown
    title leaves it out."""
    from briefing.ingest.roles import is_date_line

    lines = span.split("\n")
    keep = len(lines)
    while (
        keep > 1
        and lines[keep - 1].strip()
        and _norm(lines[keep - 1]) not in shown_norm
        and is_date_line(lines[keep - 1])
    ):
        keep -= 1
    if keep == len(lines) or not lines[keep - 1].strip():
        return False
    end = title.start + len("\n".join(lines[:keep]))
    cut = Node("", "note", start=end + 1, end=title.end)
    cut.body_start = cut.start
    title.end = end
    at = next(i for i, child in enumerate(root.children) if child is title)
    root.children.insert(at + 1, cut)
    return True

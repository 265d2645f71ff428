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
        if keep == len(parts) and _norm(parts[-1].split("\n", 1)[0]) in shown_norm:
            break  # the title's last block opens with its words: cut it line by line
        keep -= 1
    end = title.start + len(SEPARATOR.join(parts[:keep]))
    gap = len(SEPARATOR)
    if keep == len(parts):
        # Nothing set apart to cut: the title's last block may still end on lines the
        # shown title leaves out (a dateline read on as the title's wrap, no blank line
        # between): the same rule, line by line.
        lines = parts[-1].split("\n")
        kept = len(lines)
        while kept > 1 and _left_out(lines[kept - 1], lines[kept - 2], shown_norm):
            kept -= 1
        if kept == len(lines):
            return False
        end = title.end - len(parts[-1]) + len("\n".join(lines[:kept]))
        gap = 1
    cut = Node("", "note", start=end + gap, end=title.end)
    cut.body_start = cut.start
    title.end = end
    at = next(i for i, child in enumerate(root.children) if child is title)
    root.children.insert(at + 1, cut)
    return True


def _left_out(line: str, above: str, shown_norm: str) -> bool:
    """A line of the title's block whose words the shown title leaves out. (Not the end
    of a word broken over the line with a hyphen: the shown title joins it.)"""
    return bool(line.strip()) and not above.rstrip().endswith("-") and _norm(line) not in shown_norm

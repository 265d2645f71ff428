"""A numbered title over a list of sentences numbered another way heads that list.

Statements, agreements and minutes number their sections "1. Secure Networks", "2.
Open Standards" and set each section's points right under the title as a list of its
own: bullets ("- Networks that are built on ..."), "(1)", "(a)". The title is a phrase
(no sentence's end, no colon); a numbered paragraph that leads into its own points ends
on a colon, and the points of an entry that holds them are set in deeper than it (a
Hansard's "1. The Minister of Finance" over its indented "(a) Report of ..."). So a
short numbered phrase whose next block opens a list of sentences in another family, at
no deeper indent, is the heading of a section whose points are the list: read as a
numbered paragraph, it pushes every point under it a level too deep (session 41).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

# A section's points numbered apart from the sections: bullets of any mark ("-", "•",
# "▪", "○"), "(1)", "(a)", "a)", "(i)".
SUB_LISTS = frozenset(("(decimal)", "(alpha)", "alpha)", "(roman)"))


def _sub_list(family: str) -> bool:
    return family.startswith("bullet:") or family in SUB_LISTS


def marked_point(block: Block) -> bool:
    """A list item the format marked (Markdown, HTML, Word) that is a section's point."""
    label = block.label
    return block.style == "list-item" and label is not None and _sub_list(label.family)


def heads_points(title: Block, after: Block) -> bool:
    """Whether ``title``, a short numbered phrase already read as heading-shaped, heads
    the list of sentences ``after`` opens (another family, set no deeper than it)."""
    from briefing.ingest.roles import is_prose  # (roles imports this module)

    label = after.label
    return (
        label is not None
        and _sub_list(label.family)
        and (title.label is None or label.family != title.label.family)
        and after.style in ("", "list-item")
        and is_prose(after)
        and after.level <= title.level
        # A point opening in lower case goes on the numbered line's sentence ("1. The
        # Council decided to" / "- extend the hours ..."): a lead-in, no title.
        and not after.text[label.body_offset :].lstrip()[:1].islower()
    )

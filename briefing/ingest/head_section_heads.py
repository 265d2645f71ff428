"""A heading the format styles, set in the head over the body's first paragraph.

Acts, accords and minutes open straight on their first part under the title: "Preamble"
over "The Government of ... and ...", "Members Attending" over the list of members, an
article's "Article 1 (Purpose)" over its sentence. The body is found to begin further
down (after a paragraph the head may hold, a summary or a recital), so the line falls in
the head, where an unclaimed line is left a note, and ``_heading_before_body`` only asks
the line right over where the body begins. A line the format sets in heading type
(Markdown's hashes, Word's heading style, a PDF's larger or bold type), short and
heading-shaped, under the title and right over a paragraph of prose, heads that
paragraph: the title's own parts (its deck, its subject, a report's country) stand over
more title lines, a date or the text's fields, not over prose, and the last line of a
title wrapped over several lines in one type follows a line in that type left a title
line or a note ("... CRITICAL MINERALS" / "SUPPLY CHAINS AND ..." over the preamble).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.ingest.segment import heading_rank
from briefing.ingest.title_deck import is_title_deck

# A paragraph's length (as ``roles.is_prose`` asks): a recital closed by a comma, a list of
# members or an article's sentence with its amendment stamp ends on no stop.
PROSE_WORDS = 8
# What a line above may be left as when it is one of the title's own lines.
_TITLE_KINDS = frozenset(("title", "subtitle", "note"))

if TYPE_CHECKING:
    from briefing.ingest.roles import Role
    from briefing.ingest.segment import Block


def head_section_heads(
    blocks: list[Block], roles: list[Role | None], title_at: int, body_start: int
) -> None:
    """Give the heading role to each styled line of the head, under the title, that is
    left a note and stands right over a paragraph of prose."""
    from briefing.ingest.roles import Role, is_short_line, never_heading

    for i in range(title_at + 1, min(body_start, len(blocks) - 1)):
        block, role = blocks[i], roles[i]
        rank = heading_rank(block)
        if rank is None or role is None or role.kind != "note" or role.attrs:
            continue
        text = block.text.strip()
        if not is_short_line(text) or never_heading(text) or text.startswith(("(", "[", "{", "<")):
            continue
        under = roles[i + 1]
        if under is None or under.kind != "paragraph" or blocks[i + 1].word_count < PROSE_WORDS:
            continue
        above = roles[i - 1]
        if heading_rank(blocks[i - 1]) == rank and above is not None and above.kind in _TITLE_KINDS:
            continue  # the last of the title's lines, wrapped in the same type as the one above
        if is_title_deck(blocks, i, title_at):
            continue  # the title's deck, alone in its type in the whole text
        roles[i] = Role("heading", attrs={"level": str(rank)})

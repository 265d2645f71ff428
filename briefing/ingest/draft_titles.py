"""The title of a UN draft under the line naming what it is.

A draft resolution or decision of the General Assembly or its committees prints, under
its symbol, session and agenda item, the line that says what the document is ("Draft
resolution", "Draft decision submitted by the Chair of the Committee", "Revised draft
resolution submitted by the Vice-Chair ... on the basis of informal consultations") and
then its own title, then the body ("The General Assembly, ..."). The title is that
line's next block however short it is ("Diplomatic protection": two words that elsewhere
would read as a site's category), and the agenda item's name above (printed first, and
often longer) is the session's business, not the draft's title.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

_DRAFT_KIND = re.compile(
    r"^\s*(?:revised\s+)?draft\s+(?:resolution|decision)(?:\s+[IVX]{1,4})?"
    r"(?:\s+submitted\s+by\b.*)?\s*$",
    re.I | re.S,
)
DRAFT_TITLE_MAX_WORDS = 60


def title_after_draft_line(blocks: list[Block], body_start: int) -> int | None:
    """The block under the head's "Draft resolution ..." line, when it is title-shaped
    (a few words, not ending on a stop or a comma); else None."""
    for i in range(1, min(body_start, len(blocks))):
        if not _DRAFT_KIND.match(blocks[i - 1].text):
            continue
        text = blocks[i].text.strip()
        words = len(text.split())
        if blocks[i].label is not None or not 2 <= words <= DRAFT_TITLE_MAX_WORDS:
            return None
        if re.search(r"[.;,:]$", text):
            return None  # a sentence or a lead-in, not a title
        return i
    return None

"""The title of a UN draft under the line naming what it is, and of a UN report over it.

A draft resolution or decision of the General Assembly or its committees prints, under
its symbol, session and agenda item, the line that says what the document is ("Draft
resolution", "Draft decision submitted by the Chair of the Committee", "Revised draft
resolution submitted by the Vice-Chair ... on the basis of informal consultations") and
then its own title, then the body ("The General Assembly, ..."). The title is that
line's next block however short it is ("Diplomatic protection": two words that elsewhere
would read as a site's category), and the agenda item's name above (printed first, and
often longer) is the session's business, not the draft's title.

A report or note prints its title the other way round: the agenda item and its name,
then the title, then the line naming who reports ("Report of the Secretary-General",
"Report of the Advisory Committee on Administrative and Budgetary Questions", "Note by
the Secretariat"). The title is the block right over that line, set apart by a blank
line from the agenda item's name, which follows "Agenda item 154" with none between.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

_DRAFT_KIND = lazy(
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


def is_draft_line(text: str) -> bool:
    """``text`` is the line naming a draft ("Draft resolution submitted by the Chair of
    the Committee following informal consultations"): the title starts under it."""
    return bool(_DRAFT_KIND.match(text))


_REPORT_KIND = lazy(
    r"^\s*(?:Report|Note|Letter|Memorandum)\s+(?:of|by|from)\s+the\s+[A-Z][^.;:]*$"
)
_AGENDA_ITEM = lazy(r"^\s*(?:Provisional\s+)?agenda\s+items?\b", re.I)
REPORT_KIND_MAX_WORDS = 16
# "Draft resolution", "Paraguay:* draft resolution", "Revised draft decision": a draft,
# whose title may itself be a report's name.
_DRAFT_NAMED = lazy(r"\bdraft\s+(?:resolution|decision)s?\b", re.I)


def title_above_report_line(blocks: list[Block], body_start: int) -> int | None:
    """The block right over the head's "Report of the ..." line, when it is title-shaped
    and is not the agenda item's name (the block printed under "Agenda item N" with no
    blank line between); else None."""
    for i in range(2, min(body_start, len(blocks))):
        text = blocks[i].text
        if not _REPORT_KIND.match(text) or len(text.split()) > REPORT_KIND_MAX_WORDS:
            continue
        if any(_DRAFT_NAMED.search(b.text) for b in blocks[:i]):
            return None  # a draft's title ("Report of the ... Commission") under its kind line
        j = i - 1
        k = j  # the title's first block: up to a blank line (a title may be cut in two)
        while k > 0 and not blocks[k].blank_before:
            k -= 1
        if (
            k == 0
            or _AGENDA_ITEM.match(blocks[k - 1].text)
            or _AGENDA_ITEM.match(blocks[j - 1].text)
        ):
            return None  # the agenda item's name: the report's title is "Report of ..."
        title = blocks[j].text.strip()
        if blocks[j].label is not None or not 2 <= len(title.split()) <= DRAFT_TITLE_MAX_WORDS:
            return None
        if re.search(r"[.;,:]$", title):
            return None
        return j
    return None

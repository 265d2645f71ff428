"""A release's own list of short entries under a lead-in, told apart from a site's menu.

An act or a letter often closes on a list set one short line at a time ("... appoint:" /
"judge of the Northern Court" / "Jane Example" / ...): its lines look like a menu's
entries (short, no full stop), but they carry on the sentence the lead-in opened with its
colon, and the last entry closes that sentence with a full stop. A site's menu neither
follows a colon of the release's text nor ends on a full stop: its entries name pages.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.ingest import patterns as P
from briefing.ingest.segment import Block

LEAD_IN_REACH = 12  # entries between the lead-in and a menu-like run of its list
LEAD_IN_MIN_WORDS = 3  # a clause, not a label such as "Links:" or "Follow us:"
CLOSING_ENTRY_MAX_WORDS = 12  # an entry, not a paragraph after the list


def lead_in_lists(
    blocks: list[Block], runs: set[int], body_end: int, boilerplate: Callable[[str], bool]
) -> set[int]:
    """The indices of ``runs`` (menu-like lines after ``body_end``) that are entries of a
    list the release's own lead-in opened: walking back from a run over single entry
    lines (no sentence ends on them) reaches a paragraph of the body ending on a colon,
    and the line right after the run is one more entry ending on a full stop."""
    found: set[int] = set()
    n = len(blocks)
    i = body_end
    while i < n:
        if i not in runs:
            i += 1
            continue
        end = i
        while end + 1 < n and end + 1 in runs:
            end += 1
        if _led(blocks, i, body_end, boilerplate) and _closed(blocks, end + 1, boilerplate):
            found.update(range(i, end + 1))
        i = end + 1
    return found


def _led(
    blocks: list[Block], start: int, body_end: int, boilerplate: Callable[[str], bool]
) -> bool:
    j = start - 1
    while j >= 0 and start - j <= LEAD_IN_REACH:
        block = blocks[j]
        if block.line_count > 1 or P.ends_sentence(block.text):
            break
        j -= 1
    if j < 0 or j >= body_end or start - j > LEAD_IN_REACH:
        return False
    text = blocks[j].text.rstrip()
    return text.endswith(":") and len(text.split()) >= LEAD_IN_MIN_WORDS and not boilerplate(text)


def _closed(blocks: list[Block], at: int, boilerplate: Callable[[str], bool]) -> bool:
    if at >= len(blocks):
        return False
    block = blocks[at]
    text = block.text.rstrip()
    return (
        block.line_count == 1
        and text.endswith(".")
        and len(text.split()) <= CLOSING_ENTRY_MAX_WORDS
        and not boilerplate(text)
    )

"""Headings over lists of people, as minutes print who attended.

Minutes of central banks and committees open with their attendance, a short heading
over each group of names: "Policy Board Members Present", "Reporting Staff",
"Members of the Monetary Committee:" over "Mr. H. Example, Chairman, Governor" lines.
Under such a line comes no prose, so the rule that a heading stands over a paragraph
misses it; but a line of a few capitalised words over two or more named people, each
with an honorific, heads that group: a sentence would end, a name would carry the
honorific itself, and a speaker in a transcript is followed by a colon and their words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.ingest.attendance_captions import is_attendance_caption
from briefing.ingest.patterns import COURTESY_TITLES, ends_sentence
from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

# "Mr. H. Example, Chairman", "Prof. Amir Example, Governor", "Ms. M. Example".
_PERSON = lazy(rf"^(?:{COURTESY_TITLES})\.?\s+[A-Z]")
ROSTER_HEAD_MAX_WORDS = 8
ROSTER_MIN_PEOPLE = 2
ROSTER_LOOKAHEAD = 3  # blocks under the heading where the people are counted
NAMES_MIN_COMMAS = 2  # "A (Chairman), B, C." is a list of names, whatever its stop
_SPEAKER = lazy(r"^[^:]{1,60}:\s*\S")  # "Mr. Example: Thank you" opens a turn


def _person(block: Block) -> bool:
    text = block.text.strip()
    return bool(_PERSON.match(text)) and not _SPEAKER.match(text) and len(text) <= 200


def _head_shaped(text: str, colon: bool = False) -> bool:
    words = text.rstrip(":").split()
    if not words or len(words) > ROSTER_HEAD_MAX_WORDS or not text[:1].isupper():
        return False
    if "\n" in text or (ends_sentence(text) and not (colon and text.endswith(":"))):
        return False
    return not _PERSON.match(text) and "," not in text


def roster_heading(blocks: list[Block], i: int, tail: bool = False) -> bool:
    """Block ``i`` heads a group of attending people (see the module's docstring). A
    second such line may stand between ("Participants in the discussion:" over
    "Members of the Committee:" over the names). Inside the text a line ending with a
    colon leads into its list ("Votes for this proposal:", "Permanent members:"), part
    of the record's sentence; after the body (``tail``), where minutes list who took
    part as a section of its own, the colon is only the heading's."""
    text = blocks[i].text.strip()
    if blocks[i].label is not None:
        return False
    if is_attendance_caption(text):
        # "Present" over the names, however they are printed (attendance_captions).
        return i + 1 < len(blocks) and _names_under(blocks[i + 1])
    if not _head_shaped(text, tail):
        return False
    start = i + 1
    if (
        start < len(blocks)
        and not _person(blocks[start])
        and _head_shaped(blocks[start].text, tail)
    ):
        start += 1  # a sub-group's heading under this one
    people = 0
    for block in blocks[start : start + ROSTER_LOOKAHEAD]:
        if block.footnote_label is not None or block.note_of is not None:
            continue  # a note on a member ("Mr. X was absent, ...") printed among them
        if not _person(block):
            break
        people += 1
    return people >= ROSTER_MIN_PEOPLE


def _names_under(block: Block) -> bool:
    """The block under an attendance caption lists people: a line of names, not a
    sentence of the record ("GR Stevens (Chairman), R Battellino, ...", "Mr. X")."""
    text = block.text.strip()
    if not text or block.style.startswith("heading"):
        return False
    return not ends_sentence(text) or text.count(",") >= NAMES_MIN_COMMAS or _person(block)


def entry_ends(prev: str, line: str) -> bool:
    """In text whose lines are whole paragraphs (a page copied as text), ``prev`` is an
    attendance entry ("Mr. Y. Example, representative of the Ministry of Finance") and
    ``line`` the next entry or the next group's heading: each is a line of its own,
    however long the entry and whatever it ends on (an office, no full stop)."""
    if not _PERSON.match(prev) or _SPEAKER.match(prev):
        return False
    return bool(_PERSON.match(line)) or _head_shaped(line)

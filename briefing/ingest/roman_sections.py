"""Roman-numbered sections of resolutions and long reports in plain text.

Omnibus resolutions (a budget's "special subjects", the law of the sea, a programme of
action) are cut into sections numbered "I", "II", ... "XXVI", each with a title under its
numeral and its own preamble and numbered paragraphs. The PDF centres the numeral on a
line of its own, without a point; text taken out without layout (``pdftotext``, a copy
from a viewer) keeps that line and runs the section's title, its first clause and its
paragraphs on with no blank line between them. Two things follow, and hold for every
text printed so:

- a line holding nothing but a Roman numeral designates a section (no sentence, no
  figure, no name is a Roman numeral alone), so the line under it is the section's title;
- a section's title ends where its first clause begins: a numbered paragraph, a
  preambular participle ("Recalling ...", "Having considered ..."), an operative verb
  ("Approves ...", "Takes note ..."). A title is a noun phrase: it never goes on with a
  clause opening, and it never ends on "of", "the" or a comma (its wrap goes on).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.ingest.patterns import ends_sentence, match_label
from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

# "I" to "XXXIX": sections of one resolution or report never run further.
_ROMAN_ALONE = lazy(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")

# The third-person verbs that open a resolution's operative paragraphs, printed with a
# capital at the start of a paragraph ("Approves ...", "Also requests ..."); inside a
# title they never stand first on a line with a capital.
_OPERATIVE_OPENING = lazy(
    r"^(?:(?:Also|Further|Again|Once\s+again|Strongly|Firmly)\s+)?"
    r"(?:Accepts|Acknowledges|Adopts|Affirms|Agrees|Appeals|Appropriates|Approves|Appoints|"
    r"Authorizes|Calls|Commends|Concurs|Condemns|Confirms|Considers|Declares|Decides|"
    r"Deplores|Designates|Emphasizes|Encourages|Endorses|Establishes|Expresses|Extends|"
    r"Highlights|Invites|Notes|Proclaims|Reaffirms|Recalls|Recognizes|Regrets|Reiterates|"
    r"Renews|Requests|Resolves|Stresses|Supports|Takes|Underlines|Underscores|Urges|"
    r"Welcomes)\b"
)

# Section titles are short: a heading over four lines at most (a budget resolution's
# "Revised estimates ... under section 29A, ..., section 29B, ...").
SECTION_TITLE_MAX_WORDS = 48
SECTION_TITLE_MAX_LINES = 4
# A wrapped title's line never ends on these (its wrap carries it on).
_OPEN_END = lazy(
    r"(?:\b(?:of|the|and|or|for|to|in|on|at|by|with|from|a|an|its|their)|[,:;\-–—/(])$",
    re.I,
)


def is_roman_alone(text: str) -> bool:
    """ "II", "XIV" alone on a line (spaces aside): a section's numeral."""
    if len(text) > 6 and not text[0].isspace() and not text[6].isspace():
        return False  # (asked of every block: a paragraph's 7 characters, no copy of it)
    stripped = text.strip()
    return 0 < len(stripped) <= 6 and bool(_ROMAN_ALONE.fullmatch(stripped))


def opens_clause(line: str) -> bool:
    """A line opening a resolution's clause: preambular or operative, or numbered."""
    from briefing.ingest.segment import PREAMBLE_OPENING, is_lone_label

    stripped = line.strip()
    if not stripped[:1].isupper() and not stripped[:1].isdigit():
        return False
    if PREAMBLE_OPENING.match(stripped) or _OPERATIVE_OPENING.match(stripped):
        return True
    if is_lone_label(stripped):
        return stripped[:1].isdigit()
    label = match_label(stripped)
    return label is not None and label.family in ("decimal.", "decimal-sub")


def numeral_after_clause(prev: str, line: str) -> bool:
    """A section's numeral alone under a clause that ended (";", ".", ":"): the next
    section begins. A wrap never leaves a Roman numeral alone after a clause's end."""
    return is_roman_alone(line) and prev.rstrip()[-1:] in (";", ".", ":")


def _line_above(texts: list[str], index: int) -> str:
    for j in range(index - 1, max(-1, index - 4), -1):
        if texts[j].strip():
            return texts[j].strip()
    return ""


def section_title_ends(texts: list[str], first: int, current: list[str], line: str) -> bool:
    """Whether the unit in ``current`` (opened at line ``first``) is a section's title
    that ends before ``line``: the title under a Roman numeral printed alone, or a
    Roman-numbered heading ("I. Sustainable development"), with the section's first
    clause on the next line."""
    if not current or len(current) > SECTION_TITLE_MAX_LINES:
        return False
    under_numeral = is_roman_alone(_line_above(texts, first))
    if not under_numeral:
        label = match_label(current[0])
        if label is None or label.family != "ROMAN." or len(current) > 1:
            return False
    if _OPEN_END.search(current[-1].rstrip()) or current[-1].rstrip().endswith((".", ";")):
        return False
    return opens_clause(line)


def _section_title(block: Block) -> bool:
    """A section's title: unlabelled, unstyled, no sentence, four lines at most."""
    text = block.text.strip()
    return (
        bool(text)
        and block.label is None
        and not block.style
        and not is_roman_alone(text)
        and len(text.split(None, SECTION_TITLE_MAX_WORDS)) <= SECTION_TITLE_MAX_WORDS
        and not ends_sentence(text)
    )


def roman_section_part(blocks: list[Block], i: int) -> str | None:
    """ "numeral" for a Roman numeral alone over a section's title, "title" for that
    title, else None. The section must go on with a clause or a paragraph: a form's or
    a table's numbered parts ("I" / "APPLICANT" / "1" / "Name") are cells, not a text's
    sections."""
    if is_roman_alone(blocks[i].text):
        numeral = i
    elif i > 0 and blocks[i].label is None and is_roman_alone(blocks[i - 1].text):
        numeral = i - 1  # (the title under it is unlabelled: see _section_title)
    else:
        return None
    if numeral + 2 >= len(blocks) or not _section_title(blocks[numeral + 1]):
        return None
    body = blocks[numeral + 2]
    if not (opens_clause(body.text) or (body.word_count >= 8 and ends_sentence(body.text))):
        return None
    return "numeral" if numeral == i else "title"

"""A release received by e-mail and printed or saved as text: the mail's header.

Offices send releases to the press gallery and to the parliamentary library by e-mail,
and archives keep the printout: the mailbox owner's name the mail program prints over
the message ("Ible, Caitlin (LNG - AUS)"), the header fields ("From: ... Sent: ...",
"To:", "Subject:", "Attachments:", "Categories:") and the government's protective marking
on every page ("UNCLASSIFIED"). None of it is the release's text: the fields describe
the message that carried it, the marking the handling rules. The "Sent:" date is when it
was mailed (often the eve of an embargo), not the release's date.
"""

from __future__ import annotations

import re

from briefing.ingest.extracted import Extracted
from briefing.lazyre import lazy

# A mail header field at a line's start; several may run into one line ("From: A Sent: B").
_FIELD = lazy(
    r"^(?:from|sent|date|to|cc|bcc|subject|attachments?|importance|categories|reply-to)\s*:",
    re.I,
)
_FIELDS_IN_LINE = lazy(
    r"(?:^|\s)(?:From|Sent|Date|To|Cc|Subject|Attachments?|Importance|Categories)\s*:"
)
_FROM = lazy(r"^from\s*:\s*\S", re.I)
MIN_FIELDS = 2  # "From:" and one more (Sent, To, Subject): a mail's header
BLOCK_GAP = 2  # blank lines between a header's fields
FIELD_MAX_CHARS = 300
MARKING_MAX_RAW = 60  # a marking's line, indented or not
_MARKING_HINT = lazy("IED|IAL|TED|NCE|NLY")  # each marking's letters
# The mailbox owner the mail program prints over the message: "Surname, Given (UNIT)".
_OWNER = lazy(r"^[A-Z][\w'’-]+,\s+[A-Z][\w'’. -]{1,40}(?:\s*\([^()]{1,40}\))?$")
# A protective marking alone on its line (printed at each page's top and foot).
_MARKING = lazy(
    r"^\[?(?:SEC=)?(?:UNCLASSIFIED|OFFICIAL(?::\s*SENSITIVE)?|PROTECTED|IN-CONFIDENCE"
    r"|FOR OFFICIAL USE ONLY|SENSITIVE BUT UNCLASSIFIED)\]?$"
)


def _header_block(lines: list, start: int) -> list[int]:
    """The lines of the mail header opening on line ``start`` (a "From:" line)."""
    block: list[int] = []
    i, gap = start, 0
    while i < len(lines) and gap <= BLOCK_GAP:
        text = lines[i].text.strip()
        if not text:
            gap += 1
        elif len(text) <= FIELD_MAX_CHARS and _FIELD.match(text) and not lines[i].style:
            block.append(i)
            gap = 0
        else:
            break
        i += 1
    return block


def take_email_headers(extracted: Extracted) -> None:
    """Blank a mail's header fields, the mailbox owner's name over them and protective
    markings (indices stay valid); list them in ``removed``."""
    lines = extracted.lines
    i = 0
    while i < len(lines):
        raw = lines[i].text
        if "rom" not in raw[:16] and "ROM" not in raw[:16]:
            i += 1
            continue  # (most lines: one short C scan)
        if not _FROM.match(raw.strip()) or lines[i].style or lines[i].label:
            i += 1
            continue
        block = _header_block(lines, i)
        fields = sum(len(_FIELDS_IN_LINE.findall(lines[k].text.strip())) for k in block)
        if fields < MIN_FIELDS:
            i += 1
            continue
        above = i - 1
        while above >= 0 and not lines[above].text.strip():
            above -= 1
        if above >= 0 and _OWNER.match(lines[above].text.strip()) and not lines[above].style:
            extracted.take_line(above)
        for k in block:
            extracted.take_line(k)
        i = block[-1] + 1
    for k, line in enumerate(lines):
        if len(line.text) > MARKING_MAX_RAW or not _MARKING_HINT.search(line.text):
            continue  # (UNCLASSIFIED, OFFICIAL, PROTECTED ...: one C scan a line)
        text = line.text.strip()
        if text and not line.style and _MARKING.match(text):
            extracted.take_line(k)

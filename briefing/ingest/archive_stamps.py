"""Stamps an archive puts on the releases it keeps, read back with their text.

A library receiving a release stamps it ("COMMONWEALTH PARLIAMENTARY LIBRARY  MICAH",
"PARLIAMENTARY LIBRARY", letter-spaced as a scan reads it back: "P A R L IA M E N T A R Y
LIBRARY  M IC A H") and may note what it knew ("No publication date: received by Parl
Library 24/05/2017"). The stamp says who filed the paper, never what the release says, and
its date is the day it was received: page furniture, never the title nor the date.

An archive that keys the text in signs its record at the foot: the operator's initials,
the day and the time it was entered ("rw  1999-07-29  14:10"). That date is the record's,
days after the release's own: furniture too.
"""

from __future__ import annotations

import re

from briefing.ingest.extracted import Extracted
from briefing.lazyre import lazy

# The stamp with its spaces and points taken out, in lower case: a library's name, then
# perhaps its system's code ("micah", "c.i.s."), and specks a scan adds after it.
_STAMP = lazy(
    r"^(?:commonwealth|national|parliamentary|state|public|departmentofthe|unitednations|un)*"
    r"library(?:of(?:australia|congress|parliament))?"
    r"(?:m[i1l]cah|cis|informationstorageandretrievalsystem(?:page\d{1,3})?)?[^a-z0-9]{0,12}$"
)
_ARCHIVE_NOTE = lazy(r"^\s*no publication date\s*:?\s*received by\b", re.I)
STAMP_MAX_CHARS = 90


def is_archive_stamp(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > STAMP_MAX_CHARS:
        return False
    if _ARCHIVE_NOTE.match(text):
        return True
    return bool(_STAMP.match(re.sub(r"[\s.]+", "", text).lower()))


# "rw  1999-07-29  14:10": initials in lower case, an ISO date and a 24-hour time, alone
# on the text's last line. A release prints its own date in words or as "29/07/99", with
# no operator's initials before it.
_RECORD_STAMP = lazy(r"^\s*[a-z]{1,4}\s+(?:19|20)\d\d-[01]\d-[0-3]\d\s+[0-2]?\d:[0-5]\d\s*$")


def take_record_stamp(extracted: Extracted) -> None:
    """Blank the archive's record stamp on the text's last non-blank line (listed in
    ``removed``)."""
    lines = extracted.lines
    for i in range(len(lines) - 1, -1, -1):
        raw = lines[i].text
        if not raw.strip():
            continue
        if not lines[i].style and not lines[i].label and _RECORD_STAMP.match(raw):
            extracted.take_line(i)
        return


def take_archive_stamps(extracted: Extracted) -> None:
    """Blank the archive's stamps (indices stay valid) and list them in ``removed``."""
    lines = extracted.lines
    for i, line in enumerate(lines):
        raw = line.text
        # (Cheap first look, in C: the stamp names a library, perhaps letter-spaced.)
        if "IBRAR" not in raw and "ibrar" not in raw and "I B R" not in raw:
            continue
        if line.style or line.label or not is_archive_stamp(raw):
            continue
        extracted.take_line(i)
        _take_stamp_first_line(extracted, i)
        _take_stamp_code_line(extracted, i)


STAMP_GAP = 3  # blank lines a scan may read between a stamp's two lines


def _take_stamp_first_line(extracted: Extracted, i: int) -> None:
    """ "C O M M O N W E A L T H" over "PARLIAMENTARY LIBRARY": the stamp's first line,
    read apart from the rest."""
    lines = extracted.lines
    for j in range(i - 1, max(-1, i - 1 - STAMP_GAP), -1):
        text = lines[j].text
        if not text.strip():
            continue
        if re.sub(r"[\s.]+", "", text).lower() == "commonwealth" and not lines[j].style:
            extracted.take_line(j)
        return


# The library's system code printed under its name ("C. I. S.", "MICAH"), read on a
# line of its own.
_STAMP_CODE = lazy(r"^(?:m[i1l]cah|cis)$")


def _take_stamp_code_line(extracted: Extracted, i: int) -> None:
    """ "PARLIAMENTARY LIBRARY" over "C. I. S.": the stamp's last line, read apart."""
    lines = extracted.lines
    for j in range(i + 1, min(len(lines), i + 2 + STAMP_GAP)):
        text = lines[j].text
        if not text.strip():
            continue
        if _STAMP_CODE.match(re.sub(r"[\s.]+", "", text).lower()) and not lines[j].style:
            extracted.take_line(j)
        return


# The declassification stamp a US archive prints at the head and foot of every page it
# releases: "Approved For Release 2001/08/07 : CIA-RDP80B01554R003000050001-7",
# "Sanitized Copy Approved for Release 2010/07/26 : CIA-RDP91G01170R0035...", read back
# from the scan with its letters damaged ("Approved ForSease", "Approved For ease"). Its
# date is the release from the archive's secrecy, decades after the paper's own date, and
# the record number is the archive's: furniture, never the title nor the date. The date
# and the record number's prefix ("CIA-RDP") survive the scan best, so they are the mark.
_DECLASSIFIED = lazy(r"(?:19|20)\d\d/\d\d/\d\d\s*:?\s*CIA-?\s?RDP\w", re.I)
DECLASSIFIED_MAX_CHARS = 120


def take_declassification_stamps(extracted: Extracted) -> None:
    """Blank a US archive's declassification stamps (indices stay valid), listed in
    ``removed``."""
    lines = extracted.lines
    for i, line in enumerate(lines):
        raw = line.text
        if "RDP" not in raw or line.style or line.label or len(raw) > DECLASSIFIED_MAX_CHARS:
            continue  # (cheap first look, in C)
        if not _DECLASSIFIED.search(raw):
            continue
        extracted.take_line(i)

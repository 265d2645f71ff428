"""A controlled form's foot left in text taken from a paged document.

Offices that issue their releases on a controlled form (central banks' monetary board
highlights, ministries' templates) print the form's control fields at every page's
foot beside the page count: "MPSS Form No. 03-005 * Version 1 * Updated 06 March 2015",
"File/Ref. No. MPRG-081715-01", "Page 1 of 5". ``pdftotext`` puts them on lines of their
own over the page count, or (``-raw``) runs them into one line ending on it. The fields
describe the form, not the release: the form's "Updated" date is never the release's
date, and the fields are never its title. Text names a form's number or version in a
sentence; only a foot sets them as a line of their own next to "Page N of M".
"""

from __future__ import annotations

import re

from briefing.ingest.extracted import Extracted
from briefing.lazyre import lazy

# A form's control field: its number ("Form No. 03-005", "File/Ref. No. MPRG-1", "Doc.
# No.: QF-12"), version or revision ("Version 1", "Rev. 2") or when the form was last
# changed ("Updated 06 March 2015", "Effective date: 1 July 2020").
_FIELD = lazy(
    r"\b(?:form|file|ref|reference|doc|document|control)\.?(?:\s*/\s*ref\.?)?\s*"
    r"(?:no|nr|number)\.?\s*[:#]?\s*[A-Z0-9][\w./-]*\d"
    r"|\bversion\s+\d|\brev(?:ision)?\.?\s+\d+\b"
    r"|\b(?:updated|effective(?:\s+date)?|revised)\s*:?\s+\d",
    re.I,
)
_PAGE_COUNT = lazy(r"(?:^|\s)page\s+(\d{1,3})\s+of\s+(\d{1,3})\s*$", re.I)
FIELD_MAX_CHARS = 120  # a foot's cell; a sentence naming a form runs on
FOOT_MAX_CHARS = 220  # the whole foot run into one line (-raw)
REACH = 3  # non-blank lines between a field and the page count it stands by


def _page_count(text: str) -> re.Match[str] | None:
    m = _PAGE_COUNT.search(text)
    return m if m and 1 <= int(m.group(1)) <= int(m.group(2)) else None


def _field_line(text: str) -> bool:
    """A line holding a form's control field and no sentence."""
    return (
        0 < len(text) <= FIELD_MAX_CHARS
        and text[-1:] not in ".;:!?,"
        and _FIELD.search(text) is not None
    )


def take_form_feet(extracted: Extracted) -> None:
    """Blank a form's control fields printed by its page count (indices stay valid) and
    list them in ``removed``; the page count itself is left to the page-number rules,
    unless the fields run into its line."""
    lines = extracted.lines
    for i, line in enumerate(lines):
        raw = line.text
        if len(raw) > FOOT_MAX_CHARS + 40 or line.style or line.label:
            continue
        if "age " not in raw and "AGE " not in raw:
            continue  # (most lines: one C scan)
        text = " ".join(raw.split())
        m = _page_count(text)
        if m is None:
            continue
        before = text[: m.start()].strip()
        if before:
            # "MPSS Form No. 03-005 * Version 1 ... Page 1 of 5": the foot as one line.
            if len(text) <= FOOT_MAX_CHARS and _field_line(before):
                extracted.removed.append(text)
                lines[i] = type(line)("\f" if raw.startswith("\f") else "")
            continue
        fields: list[int] = []
        for step in (-1, 1):
            j, seen = i + step, 0
            while 0 <= j < len(lines) and seen < REACH:
                other = lines[j]
                if other.text.strip():
                    near = " ".join(other.text.split())
                    if other.style or other.label or not _field_line(near):
                        break
                    fields.append(j)
                    seen += 1
                j += step
        for j in sorted(fields):  # (listed in reading order)
            other = lines[j]
            extracted.removed.append(" ".join(other.text.split()))
            lines[j] = type(other)("\f" if other.text.startswith("\f") else "")

"""A Word file's page headers and footers: their text, the issue date and the document's
name they print (UN and ministry templates print both there, not in the body).
"""

from __future__ import annotations

import re

from briefing.ingest.readers.docx_package import (
    part_xml,
    related_parts,
)
from briefing.ingest.readers.docx_xml import W


def printed_date(headers: list[str]) -> str:
    """The date a document prints in its page header ("Distr.: General 16 May 2025"), as
    UN and ministry templates do: the issue date. Core properties hold only the date a
    file was created or saved, which is often weeks off."""
    from briefing.ingest.dates import find_date

    for text in headers:
        found = find_date(text)
        if found and found.year:
            return found.iso()
    return ""


_PAGE_COUNTER = re.compile(
    r"\b(?:Page|Página|Seite|페이지)\s+\d+(?:\s+(?:of|de|von|sur)\s+\d+)?\b"
    r"|\b\d+\s*/\s*\d+\b",
    re.I,
)


def running_title(headers: list[str]) -> str:
    """The document's name as its page header repeats it ("UPR of Slovenia (2nd Cycle)
    Thematic list of recommendations  Page 15 of 27"), page counter left out: the title
    of a document whose body prints none (a matrix that is one table). A header with a
    date or fewer than three words is a distribution line or a symbol, not a name."""
    for text in headers:
        name = " ".join(_PAGE_COUNTER.sub(" ", text).split()).strip(" -–—|")
        if len(name.split()) >= 3 and not printed_date([name]):
            return name
    return ""


def headers_footers(doc_part, kinds: tuple[str, ...] = ("header", "footer")) -> list[str]:
    seen: dict[str, None] = {}
    for kind in kinds:
        for part in related_parts(doc_part, kind):
            for p in part_xml(part).iter(W + "p"):
                # Tabs and breaks separate a running head's parts ("Section 29", tab,
                # "Management and support services"): keep them apart.
                pieces = (
                    (el.text or "") if el.tag == W + "t" else " "
                    for el in p.iter(W + "t", W + "tab", W + "br", W + "cr")
                )
                text = " ".join("".join(pieces).split())
                if text:
                    seen.setdefault(text)
    return list(seen)

"""A Word file's page headers and footers: their text, the issue date and the document's
name they print (UN and ministry templates print both there, not in the body). A date
field's result (DATE, PRINTDATE, SAVEDATE ...) is left out of their text: Word shows there
the day the file was opened, printed or saved.
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


# Fields whose result is a clock's reading (the day the file was opened, printed or
# saved), not a line the paper prints: left out of the header and footer texts.
_CLOCK_FIELD = re.compile(r"^\s*(?:DATE|TIME|PRINTDATE|SAVEDATE|CREATEDATE|EDITTIME)\b")


def _clock_field_texts(paragraph) -> set[int]:
    """The ids of the ``w:t`` elements of ``paragraph`` that show a clock field's result,
    in a simple field or between a complex field's separator and its end."""
    skipped: set[int] = set()
    for simple in paragraph.iter(W + "fldSimple"):
        if _CLOCK_FIELD.match(simple.get(W + "instr") or ""):
            skipped.update(id(t) for t in simple.iter(W + "t"))
    # Complex fields: begin, instruction text, separate, result, end (nested fields keep
    # their own state on the stack).
    stack: list[list] = []  # [instruction, in_result]
    for el in paragraph.iter(W + "fldChar", W + "instrText", W + "t"):
        if el.tag == W + "fldChar":
            kind = el.get(W + "fldCharType")
            if kind == "begin":
                stack.append(["", False])
            elif kind == "separate" and stack:
                stack[-1][1] = True
            elif kind == "end" and stack:
                stack.pop()
        elif el.tag == W + "instrText":
            if stack and not stack[-1][1]:
                stack[-1][0] += el.text or ""
        elif any(in_result and _CLOCK_FIELD.match(instr) for instr, in_result in stack):
            skipped.add(id(el))
    return skipped


def _paragraph_text(paragraph) -> str:
    # Tabs and breaks separate a running head's parts ("Section 29", tab, "Management and
    # support services"): keep them apart.
    skipped = _clock_field_texts(paragraph)
    pieces = (
        (el.text or "") if el.tag == W + "t" and id(el) not in skipped else " "
        for el in paragraph.iter(W + "t", W + "tab", W + "br", W + "cr")
    )
    return " ".join("".join(pieces).split())


def headers_footers(doc_part, kinds: tuple[str, ...] = ("header", "footer")) -> list[str]:
    """The distinct texts of the paragraphs of the file's page headers and/or footers
    (``kinds``), in order, clock fields' results left out."""
    seen: dict[str, None] = {}
    for kind in kinds:
        for part in related_parts(doc_part, kind):
            for p in part_xml(part).iter(W + "p"):
                text = _paragraph_text(p)
                if text:
                    seen.setdefault(text)
    return list(seen)

"""The date a Word file prints in its page footers: the issue date of a paper dated
nowhere else ("IBFM 02, 09 July 2018   Page 3 of 18").

A footer part is printed at the foot of every page of its section: it is a running foot,
which Word stores once (so running_head_dates, which asks for a date seen on two pages,
never sees it repeated). Forms, checklists, standards and guidance notes print their
version's date there and nowhere else. Asked only when the text states no date of its own
(pipeline), and only when every footer prints the same one: footers with different dates
say nothing about the document. A date field's result (DATE, PRINTDATE, SAVEDATE...) is
left out: Word fills it in with the day the file was opened, printed or saved, never the
day the paper was issued. So is a footer line that says its date is the copy's or the
template's, typed rather than a field ("Printed on 5 May 2019", "Template v2, revised
12 January 2016", "Gedruckt am ..."): the day of a printout or of the form the paper was
written on, never the paper's.
"""

from __future__ import annotations

import re

from briefing.ingest.readers.docx_package import part_xml, related_parts
from briefing.ingest.readers.docx_xml import W
from briefing.lazyre import lazy

# Fields whose result is a clock's reading, not the paper's date.
_CLOCK_FIELD = lazy(r"^\s*(?:DATE|TIME|PRINTDATE|SAVEDATE|CREATEDATE|EDITTIME)\b")
_FOUR_FIGURES = lazy(r"\d{4}")  # (no year in a foot without four figures in a row)
# A typed stamp of the copy or of the template: printed, saved, generated, downloaded.
_COPY_STAMP = lazy(
    r"\b(?:printed|print date|saved|generated|downloaded|template|gedruckt|druckdatum|"
    r"vorlage|imprimé|impreso|impresión|modèle|plantilla)\b",
    flags=re.I,
)


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
    skipped = _clock_field_texts(paragraph)
    pieces = (
        (el.text or "") if el.tag == W + "t" and id(el) not in skipped else " "
        for el in paragraph.iter(W + "t", W + "tab", W + "br", W + "cr")
    )
    return " ".join("".join(pieces).split())


def printed_texts(doc_part, kind: str) -> list[str]:
    """The text of each paragraph of the file's page headers or footers (``kind``), clock
    fields' results left out."""
    return [
        text
        for part in related_parts(doc_part, kind)
        for paragraph in part_xml(part).iter(W + "p")
        if (text := _paragraph_text(paragraph))
    ]


def footer_date(doc_part) -> str:
    """The one full date (ISO) the file's page footers print, or ""."""
    from briefing.ingest.dates import find_date

    dates: set[str] = set()
    for text in printed_texts(doc_part, "footer"):
        if _FOUR_FIGURES.search(text) and not _COPY_STAMP.search(text):
            found = find_date(text)
            if found is not None and found.year:
                dates.add(found.iso())
    return next(iter(dates)) if len(dates) == 1 else ""

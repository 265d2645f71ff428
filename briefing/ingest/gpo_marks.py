"""The marks the US Government Publishing Office prints in its text renditions.

govinfo (formerly FDsys) serves every Federal Register document, Congressional Record page,
bill and report also as plain text, and that text carries the GPO's own apparatus:

- a head of bracketed lines naming the publication, issue and pages ("[Congressional Record
  Volume 151, Number 68 (Friday, May 20, 2005)]", "[Senate]", "[Pages S5578-S5579]",
  "[FR Doc No: 96-18351]"), with the source line "From the Congressional Record Online
  through the Government Publishing Office [www.gpo.gov]" and, in copies saved from the web
  page, the page title over them ("Federal Register, Volume 61 Issue 138 (Wednesday, ...)");
- a page mark on a line of its own wherever a printed page begins ("[[Page S5579]]"), often
  in the middle of a sentence;
- in the Federal Register, the running head of the printed page ("Federal Register / Vol.
  61, No. 138 / Wednesday, July 17, 1996 / Presidential Documents") and the filing trailer
  after the document ("[FR Doc. 96-18351 Filed 7-16-96; 11:24 am]", "Billing code
  3195-01-P").

None of it is the document's text: it says where the text was printed. The head is taken
only when the GPO source line is in it (evidence of the rendition, not a bracketed line a
release happens to open with); the page mark's double brackets are the GPO's alone.

The Federal Register's own site (federalregister.gov) renders the same documents from the
GPO's XML: a printed page's start becomes "Start Printed Page 73992", run into the text
where the page turned ("... Security Center.Start Printed Page 73992"), and the filing
trailer may come apart over two lines in either order ("Filed 4-22-08; 8:34 am]" /
"[FR Doc. 08-1182"). No prose prints "Start Printed Page" and a number; the trailer's
pieces are taken where the text also has the trailer's "[FR Doc." and a billing code.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.ingest.dates import find_date
from briefing.ingest.extracted import Extracted
from briefing.ingest.gpo_part_covers import take_part_cover
from briefing.ingest.text_scan import holds
from briefing.lazyre import lazy

# "[[Page 37348]]", "[[Page S5579]]", "[[Page H1234]]", "[[Page E1036]]", "[[Page D521]]".
_PAGE_MARK = lazy(r"^\s*\[\[Page [A-Z]?\d{1,6}\]\]\s*$")
# "From the Federal Register Online via the Government Publishing Office [www.gpo.gov]",
# "From the Congressional Record Online through the Government Printing Office [...]".
_SOURCE = lazy(
    r"^\s*From the .{3,80} Online (?:via|through) the Government (?:Publishing|Printing) Office\b"
)
_BRACKETED = lazy(r"^\s*\[[^\[\]]{1,120}\]\s*$")
# The saved web page's title over the head: the publication's name, volume, issue, date.
_PAGE_TITLE = lazy(
    r"^\s*[A-Z][\w ]{2,40}, Volume \d{1,4},? (?:Issue|Number) \d{1,4} \([^)]{6,40}\)\s*$"
)
# The register's running head, perhaps after the page's number (a left-hand page:
# "7260 Federal Register / Vol. 67, ...").
# (govinfo's newer text sets a space before the comma: "Vol. 91 , No. 162 /".)
_RUNNING_HEAD = lazy(r"^\s*(?:\d{1,6}\s+)?Federal Register / Vol\. \d{1,3}\s?, No\. \d{1,3} / ")
_HEAD_WORDS = "Federal Register / Vol"
_PAGE_NUMBER = lazy(r"^\s*\d{1,6}\s*$")  # the printed page's number, beside its head
_FR_TRAILER = lazy(r"^\s*\[FR Doc\. ")
_BILLING = lazy(r"^\s*Billing code [\w-]{4,20}\s*$", re.I)
HEAD_LINES = 16  # non-blank lines the head may span before the source line


HEAD_CHARS = 2000  # the head opens the rendition


def may_hold_gpo_marks(whole: str) -> bool:
    """A cheap look (C finds over the text and its opening) whether the text can hold
    any GPO mark."""
    return (
        "Government P" in whole[:HEAD_CHARS]
        # (A one-character find first, ~10 times quicker than a longer one: most texts
        # hold no "[" and no "/" at all.)
        or ("[" in whole and (holds(whole, "[[Page ") or holds(whole, "[FR Doc.")))
        or holds(whole, "Start Printed Page ")
        or ("/" in whole and holds(whole, _HEAD_WORDS))
    )


# federalregister.gov's page mark, wherever the printed page turned (mid-line even).
_PRINTED_PAGE = lazy(r"Start Printed Page \d{1,6}")
# The filing trailer's pieces on lines of their own: "[FR Doc. 08-1182", "Filed 4-22-08;
# 8:34 am]" (the register's filing stamp: a date and a time).
_FR_DOC_PIECE = lazy(r"^\s*\[FR Doc\. [\w-]{4,20}\s*\]?\s*$")
_FILED_PIECE = lazy(
    r"^\s*Filed \d{1,2}-\d{1,2}-\d{2}; \d{1,2}:\d{2} [ap]\.?m\.?\]?\s*$", re.I
)


def _take_register_site_marks(extracted: Extracted) -> None:
    """federalregister.gov's rendition: its "Start Printed Page N" marks cut out of the
    lines they run into, and a trailer come apart ("Filed ...]" / "[FR Doc. ..." /
    "Billing code ...") taken piece by piece when all of it is there."""
    lines = extracted.lines
    pieces: list[int] = []
    billing = doc = False
    for i, line in enumerate(lines):
        raw = line.text
        if not raw or line.style or line.label:
            continue
        if "Start Printed Page " in raw:
            parts = _PRINTED_PAGE.split(raw)
            extracted.removed.extend(_PRINTED_PAGE.findall(raw))
            # (The pieces around a mark join with one space: "source" + "information".)
            cut = parts[0].rstrip() + "".join(" " + part.strip() for part in parts[1:])
            lines[i] = type(line)(cut if cut.strip() else ("\f" if raw.startswith("\f") else ""))
            continue
        if len(raw) > 80:
            continue
        if _FR_DOC_PIECE.match(raw):
            pieces.append(i)
            doc = True
        elif _FILED_PIECE.match(raw):
            pieces.append(i)
        elif _BILLING.match(raw):
            pieces.append(i)
            billing = True
    if doc and billing:
        for i in pieces:
            extracted.take_line(i)


def take_gpo_marks(extracted: Extracted) -> None:
    """Blank the GPO rendition's head, page marks, running heads and filing trailer
    (listed in ``removed``; indices stay valid)."""
    lines = extracted.lines
    take = extracted.take_line
    _take_register_site_marks(extracted)
    head = _head_end(lines)
    sections: set[str] = set()  # the head's "[Presidential Documents]", "[Notices]"
    if head is not None:
        # (First, while the head says where the document's pages are and the page marks
        # are there: a mark for a page before the document's opens the part's cover.)
        take_part_cover(extracted, head)
        for i in range(head + 1):
            raw = lines[i].text
            if raw.strip() and (
                _BRACKETED.match(raw) or _SOURCE.match(raw) or _PAGE_TITLE.match(raw)
            ):
                inner = raw.strip()[1:-1] if _BRACKETED.match(raw) else ""
                if inner and not any(ch.isdigit() for ch in inner):
                    sections.add(inner.strip())
                if "issue_date" not in extracted.metadata and _BRACKETED.match(raw):
                    # "[Congressional Record Volume 151, Number 68 (Friday, May 20, 2005)]":
                    # the date, the text's date when it prints no other.
                    found = find_date(raw)
                    if found is not None and found.iso():
                        extracted.metadata["issue_date"] = found.iso()
                take(i)
    for i, line in enumerate(lines):
        raw = line.text
        if not raw or line.style or line.label:
            continue
        # The running head and the filing trailer are taken without the rendition's head
        # too (a PDF of the printed register, a copy of its pages): no prose prints
        # "Federal Register / Vol. 67, No. 33 / ..." or "[FR Doc. 02-4071 Filed ...".
        if raw.lstrip()[:2] == "[[" and _PAGE_MARK.match(raw):
            take(i)
        elif head is not None and i > head and raw.strip() in sections:
            # The section the head names, printed again as the printed part's label
            # ("Presidential Documents" over an executive order): where, not what.
            take(i)
        elif _HEAD_WORDS in raw and _RUNNING_HEAD.match(raw):
            _take_page_number_beside(lines, i, take)
            take(i)
            # The head wraps when the text is hard-wrapped: "... / \nPresidential Documents".
            if raw.rstrip().endswith("/") and i + 1 < len(lines) and len(lines[i + 1].text) < 60:
                take(i + 1)
        elif raw.lstrip()[:4] == "[FR " and _FR_TRAILER.match(raw):
            take(i)
            j = i
            while "]" not in lines[j].text and j + 1 < len(lines) and j - i < 2:
                j += 1
                take(j)
            if j + 1 < len(lines) and _BILLING.match(lines[j + 1].text):
                take(j + 1)


def _take_page_number_beside(lines: list, at: int, take: Callable[[int], None]) -> None:
    """The page's number on the line right above the running head (the PDF reader sets
    it apart), taken with the head: a bare number there is no line of the text."""
    j = at - 1
    while j >= 0 and not lines[j].text.strip():
        j -= 1
    if j >= 0 and _PAGE_NUMBER.match(lines[j].text) and not lines[j].label:
        take(j)


def _head_end(lines: list) -> int | None:
    """Index of the last line of the rendition's head (its run of bracketed lines around the
    GPO source line), or None when the text opens with no GPO source line."""
    seen = 0
    source = None
    for i, line in enumerate(lines):
        raw = line.text
        if not raw.strip():
            continue
        seen += 1
        if seen > HEAD_LINES:
            break
        if _SOURCE.match(raw):
            source = i
            break
        if not (_BRACKETED.match(raw) or _PAGE_TITLE.match(raw)):
            return None  # (the head is bracketed lines only, up to the source line)
    if source is None:
        return None
    end = source
    for j in range(source + 1, len(lines)):  # "[FR Doc No: 96-18351]" after the source line
        raw = lines[j].text
        if not raw.strip():
            continue
        if not _BRACKETED.match(raw) or raw.lstrip().startswith("[["):
            break
        end = j
    return end

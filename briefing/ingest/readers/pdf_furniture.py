"""Page furniture of a laid-out PDF: running heads and feet, page numbers, job numbers
and barcodes, found by where they sit (a band at the top or bottom of the page) and by
repeating across pages."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from briefing.ingest.readers.pdf_lines import PdfLine
from briefing.ingest.readers.pdf_running import is_page_number, line_key

# Running heads and feet sit in the page's outer bands: A4 and Letter margins are
# 2-2.5 cm and furniture is printed inside them, but some houses set a foot of two lines
# higher (4-4.5 cm up); a band line must still be marked or repeat to be furniture.
BAND = 0.15
# A letterhead repeated on every page may reach a little further in; a line there is
# furniture only when it repeats in the same place on three pages or more.
WIDE_BAND = 0.22
_WIDE_PAGES = 3
# "2/5" "- 3 -" "Page 3 of 7" are is_page_number's; these are printers' marks: the UN's job
# number ("24-12345 (E)", "GE.25-05828 (E) 140725 140725") and its barcode ("*2412345*").
_JOB = re.compile(r"^(?:[A-Z]{1,3}\.)?\d{2}-\d{5}\s*(?:\([A-Z]\))?(?:\s+\d{6}){0,2}$")
_BARCODE = re.compile(r"^\*\d{5,}\*$")
_RECYCLE = re.compile(r"^please recycle\W*$", re.I)
# A form's or file's reference run into the page number: "File/Ref. No. MPRG-1024-01*
# Page 1 of 4". Prose does not end a line with a capitalised "Page 1 of 4"; a running
# foot does, whatever it prints before it.
_PAGE_TAIL = re.compile(
    r"[\s*|•·–-](?:Page|PAGE|Página|Pagina|Seite|Sida|Side|Strona|Strana)\s*\d{1,3}\s*"
    r"(?:of|OF|de|von|sur|van|di|av|af|z|/)\s*\d{1,3}\s*$"
)
# A document symbol ("A/HRC/DEC/59/112", "S/2024/123", "A/C.1/80/L.26"): the UN and
# bodies like it print it at the head of every page, the first page's copy in the
# masthead. It names the document (kept as metadata) and is never its content, so the
# first page's copy is furniture too, which a one-page document needs: it has no repeat.
SYMBOL = re.compile(r"^[A-Z]{1,6}(?:/[A-Z0-9.]{1,12}){1,5}$")


def is_marked_furniture(text: str) -> bool:
    """A page number, printer's job number or barcode (on any page, in a band)."""
    text = text.strip()
    return bool(
        is_page_number(text)
        or _JOB.match(text)
        or _BARCODE.match(text)
        or _RECYCLE.match(text)
        or _PAGE_TAIL.search(text)
    )


def _band(line: PdfLine, box: tuple[float, float], width: float = BAND) -> str:
    bottom, top = box
    height = top - bottom
    if line.y >= top - height * width:
        return "top"
    if line.y <= bottom + height * width:
        return "bottom"
    return ""


def _wide_band(line: PdfLine, box: tuple[float, float]) -> str:
    """ "top-wide" for a line just under the top band's edge: a letterhead of several
    lines (the office under the ministry's name) runs past it."""
    if _band(line, box):
        return ""
    return "top-wide" if _band(line, box, WIDE_BAND) == "top" else ""


def strip_furniture(
    pages: list[list[PdfLine]], boxes: list[tuple[float, float]]
) -> tuple[list[list[PdfLine]], list[str]]:
    """Remove furniture from each page; return the kept lines and the removed texts.

    A line in a band is furniture when it is marked (page number, job number, barcode)
    or when its text, digits aside, recurs in the same band on at least half the pages
    (and on two or more) and it sits where and as large as the copies on later pages:
    running heads and feet are printed in a fixed place, while a note that happens to
    repeat ("Ibid.") moves with the notes above it. A page-1 masthead often repeats the
    document symbol that later pages carry as a running head, but set larger or
    elsewhere: that copy is kept.
    """
    places: dict[tuple[str, str], list[tuple[int, float, float]]] = defaultdict(list)
    for number, (page, box) in enumerate(zip(pages, boxes, strict=True)):
        for line in page:
            band = _band(line, box) or _wide_band(line, box)
            if band and not line.lead_sup:  # a note's raised number: never a running head
                places[(band, _key(line.text))].append((number, line.y, line.size))
    needed = max(2, (len(pages) + 1) // 2)
    usual: dict[tuple[str, str], tuple[float, float]] = {}
    alternate: set[tuple[str, str]] = set()
    for key, seen in places.items():
        if not key[1]:
            continue
        if key[0].endswith("-wide") and len({number for number, _, _ in seen}) < _WIDE_PAGES:
            continue
        # The running head's place and size are learnt from the pages after the first.
        later = [(round(y), size) for number, y, size in seen if number] or [
            (round(y), size) for _, y, size in seen
        ]
        y, size = Counter(later).most_common(1)[0][0]
        # Counted wherever it sits in the band (a masthead may carry the page-1 copy).
        on_pages = {number for number, _, _ in seen}
        if _alternating(on_pages, len(pages)):
            alternate.add(key)
        if len(on_pages) >= needed or key in alternate:
            usual[key] = (y, size)

    kept_pages: list[list[PdfLine]] = []
    removed: list[str] = []
    size = _body_size(pages)
    for page, box in zip(pages, boxes, strict=True):
        kept: list[PdfLine] = []
        last_removed: PdfLine | None = None
        for n, line in enumerate(page):
            band = _band(line, box) or _wide_band(line, box)
            place = usual.get((band, _key(line.text))) if band else None
            repeated = place is not None and _same_place(line.y, line.size, *place)
            if repeated and band == "top-wide":
                # Only as the letterhead's next line, right under the furniture line
                # above it: a form's heading repeated on every page ("OBJECTIVE" under
                # each work package's name) is the page's content.
                gap = last_removed.y - line.y if last_removed is not None else None
                repeated = gap is not None and 0 < gap <= 3 * max(line.size, last_removed.size)
                # ... or as a gazette's or bulletin's dated head, printed under its logo
                # ("Segunda-feira, 26 de Outubro de 2020 - Edição n° 136"): the issue's
                # date on every page; a form's repeated heading carries none.
                repeated = repeated or _names_a_date(line.text)
                # ... or as a left- or right-hand page's head: a slip opinion or report
                # may set it lower than the narrow band; a form's heading is on every page.
                repeated = repeated or (band, _key(line.text)) in alternate
            marked = band in ("top", "bottom") and (
                line.barcode
                or (band == "top" and SYMBOL.match(line.text.strip()))
                or is_marked_furniture(line.text)
            )
            furniture = marked or (repeated and not _in_a_sentence(page, n, size))
            if furniture:
                removed.append(line.text)
                last_removed = line
            else:
                kept.append(line)
                last_removed = None  # the letterhead has ended
        beside = _beside_marks(page, box, kept, first=not kept_pages)
        if len(kept_pages) < len(pages) - 1:
            beside += _letterhead_foot(kept, box, size)
        removed.extend(line.text for line in beside)
        kept_pages.append([line for line in kept if line not in beside])
    return kept_pages, removed


_SENTENCE_END = re.compile(r"[.!?:;]\W{0,2}$")


def _names_a_date(text: str) -> bool:
    from briefing.ingest.dates import find_date

    return find_date(text) is not None


def _in_a_sentence(page: list[PdfLine], n: int, size: float) -> bool:
    """The page's ``n``th line runs on into the line under it, or the line over it runs
    on into this one: it is part of a sentence of the body."""
    line = page[n]
    above = next((other for other in reversed(page[:n]) if other.row != line.row), None)
    return _runs_on(line, page[n + 1 :], size) or (
        above is not None and _runs_on(above, [line], size)
    )


def _runs_on(line: PdfLine, below: list[PdfLine], size: float) -> bool:
    """``line``, in body type, is the start of a sentence going on in the line right
    under it ("Rec. 45 We consider that the activities for the implementation of this" /
    "recommendation are already ongoing."): body text, however alike the pages open. A
    running head or foot is set apart from the text and never runs into it mid-sentence
    (one wrapped over two lines is set smaller than the text: "Safety and security of
    ..., including" / "the Zaporizhzhia nuclear power plant")."""
    if _SENTENCE_END.search(line.text.strip()) or abs(line.size - size) > 0.6:
        return False
    nxt = next((other for other in below if other.row != line.row), None)
    if nxt is None or nxt.page != line.page:
        return False
    close = 0 < line.y - nxt.y <= 1.6 * max(line.size, nxt.size)
    return close and nxt.text.strip()[:1].islower()


# Where to reach the issuer: a telephone or fax number, a post-office box, a web or
# e-mail address.
_CONTACT = re.compile(
    r"\b(?:tel|phone|telephone|fax|e-?mail|p\.?\s?o\.?\s?b(?:ox)?)\b|\bwww\.|https?://|\w@\w",
    re.I,
)


def _letterhead_foot(kept: list[PdfLine], box: tuple[float, float], size: float) -> list[PdfLine]:
    """The letterhead's foot printed under the body of a page that is not the last:
    the issuer's address, telephone, fax and web address in small type at the page's
    bottom ("POB 780 Jerusalem" / "Tel: ... Fax: ... www.bankisrael.org.il"). Central
    banks and ministries print it on their first page only, so it never repeats; read
    as text it cuts the paragraph running on to the next page in two. The block is the
    run of lines at the foot of the page, set smaller than the body and close
    together, below everything else, holding a contact line and no note's number (a
    note citing a web address opens with its number)."""
    ordered = sorted(kept, key=lambda line: line.y)
    block: list[PdfLine] = []
    for line in ordered:
        if _band(line, box) != "bottom" or line.size > size - 0.5:
            break
        if block and line.y - block[-1].y > 2 * max(line.size, block[-1].size):
            break
        block.append(line)
    if not block or len(block) == len(ordered):
        return []
    above = ordered[len(block)]
    if above.y - block[-1].y <= 2 * max(above.size, block[-1].size):
        return []  # the block runs on upwards: notes, or a table set small
    if any(line.lead_sup or re.match(r"\d{1,3}\s", line.text) for line in block):
        return []
    return block if any(_CONTACT.search(line.text) for line in block) else []


def _beside_marks(
    page: list[PdfLine], box: tuple[float, float], kept: list[PdfLine], first: bool
) -> list[PdfLine]:
    """Band lines printed on the row of a page number or job number ("MPSS Form No. 3 |
    File No. 12 | Page 1 of 5"), or, after the first page, of the document symbol, with
    the lines of the running head stacked over that row ("Open-ended working group on
    ..." over "A/RES/79/237   established pursuant to ..."). A page's head and foot rows
    are its furniture: body text never shares a baseline with the page number in the
    margin, and a short document (two pages) gives no repeats to find them by."""
    rows: set[int] = set()
    for line in page:
        if not _band(line, box):
            continue
        text = line.text.strip()
        if is_marked_furniture(text) or (not first and SYMBOL.match(text)):
            rows.add(line.row)
    if not rows:
        return []
    out = [line for line in kept if line.row in rows and _band(line, box)]
    if not first:
        # The running head's other lines: above its row in the top band, over the same
        # stretch of the page (flush or centred), in the same type.
        heads = [line for line in out if _band(line, box) == "top"]
        for line in kept:
            if line in out or _band(line, box) != "top":
                continue
            if any(
                line.y > h.y
                and line.x0 < h.x1
                and line.x1 > h.x0
                and abs(line.size - h.size) <= 0.6
                for h in heads
            ):
                out.append(line)
    return out


# A head printed on every other page only: two-sided print sets the document's name on
# the left-hand pages and the section's or the citation on the right-hand ones (court
# slip opinions, reports, bulletins), so each is on half the pages less the first.
_ALTERNATE_PAGES = 3
_ALTERNATE_SHARE = 0.9


def _alternating(on_pages: set[int], page_count: int) -> bool:
    """Whether a band line recurs on at least half the pages of one side (odd or even)
    and on next to none of the other: a left-hand or right-hand running head."""
    for side in (0, 1):
        same = sum(1 for number in on_pages if number % 2 == side)
        side_pages = (page_count + 1 - side) // 2
        if (
            same >= max(_ALTERNATE_PAGES, (side_pages + 1) // 2)
            and same >= _ALTERNATE_SHARE * len(on_pages)
        ):
            return True
    return False


def _body_size(pages: list[list[PdfLine]]) -> float:
    weights: Counter[float] = Counter()
    for page in pages:
        for line in page:
            weights[line.size] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 10.0


def _key(text: str) -> str:
    """What a running line keeps from page to page: its words, the numbers in it aside
    ("Page 3 of 7", "Minutes, 2 May 2024 - 3"). A line of figures alone is matched whole:
    "140.181" and "140.71" are two paragraph labels that happen to close two pages, not
    one running foot (page and job numbers are known by their shape, not by repeats)."""
    key = line_key(text)
    return key if any(c.isalpha() for c in key) else " ".join(text.split())


def _same_place(y: float, size: float, usual_y: float, usual_size: float) -> bool:
    return abs(y - usual_y) <= 3.0 and abs(size - usual_size) <= 0.6

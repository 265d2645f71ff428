"""Work budgets for PDF pages, checked before PDFium draws any page.

A small PDF can ask for huge work: 40 pages pointing at one content stream that unpacks
to 74 MB of drawing instructions (2 minutes and 1 GB to read, page by page). PDFium parses
a page's whole content when the page is loaded, so the budget is checked first, with
pypdf's lazy reading of the page tree: a page whose content is another page's own
(the same stream objects) repeats it and is skipped, and a page whose content unpacks to
more than MAX_PAGE_CONTENT is skipped; each skip is listed, never silent.
"""

from __future__ import annotations

import zlib
from pathlib import Path

MAX_PAGE_CONTENT = 16 * 2**20  # a dense page of text takes well under 1 MB of operators
SCAN_MAX_PAGES = 5000


def page_budget(path: Path) -> dict[int, str]:
    """{page index: why it is skipped} — empty for an ordinary PDF or one pypdf cannot
    scan (PDFium then reads it as before)."""
    import logging

    # pypdf logs what it repairs ("EOF marker not found"); PDFium reports the real
    # problems in one line, so the scan stays quiet.
    quiet = logging.getLogger("pypdf")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)
    try:
        return _scan(path)
    finally:
        quiet.setLevel(level)


def _scan(path: Path) -> dict[int, str]:
    try:
        from pypdf import PdfReader

        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            return {}  # (its streams are encrypted: PDFium decrypts them)
        pages = reader.pages
        count = min(len(pages), SCAN_MAX_PAGES)
    except Exception:
        return {}
    skipped: dict[int, str] = {}
    seen: dict[tuple[int, ...], int] = {}
    for index in range(count):
        try:
            contents = pages[index].get("/Contents")
            refs = _refs(contents)
            if refs and refs in seen:
                skipped[index] = f"page {index + 1} repeats page {seen[refs] + 1}'s content"
                continue
            if refs:
                seen[refs] = index
            if _unpacked_size(contents) > MAX_PAGE_CONTENT:
                skipped[index] = (
                    f"page {index + 1}: its content unpacks to more than "
                    f"{MAX_PAGE_CONTENT // 2**20} MB (a damaged or crafted page)"
                )
        except Exception:
            continue
    return skipped


def _refs(contents) -> tuple[int, ...]:
    """The object numbers of a page's content streams (() when written inline)."""
    items = contents if isinstance(contents, list) else [contents]
    numbers = [getattr(item, "idnum", None) for item in items]
    if any(number is None for number in numbers):
        return ()
    return tuple(numbers)


def _unpacked_size(contents) -> int:
    """Bytes the page's content streams unpack to, counted up to the budget only."""
    items = contents.get_object() if contents is not None else []
    items = items if isinstance(items, list) else [items]
    total = 0
    for item in items:
        stream = item.get_object()
        raw = getattr(stream, "_data", b"") or b""
        filters = stream.get("/Filter")
        names = filters if isinstance(filters, list) else [filters]
        if "/FlateDecode" in [str(name) for name in names if name is not None]:
            inflater = zlib.decompressobj()
            try:
                total += len(inflater.decompress(raw, MAX_PAGE_CONTENT + 1 - total))
            except zlib.error:
                total += len(raw)
        else:
            total += len(raw)
        if total > MAX_PAGE_CONTENT:
            break
    return total

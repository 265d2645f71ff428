"""PDF: the text layer read with its layout (PDFium through pypdfium2).

Characters come with font, size, weight and position (``pdf_chars``); they make lines
(``pdf_lines``), page furniture is removed by position and repetition
(``pdf_furniture``), notes under the page's rule become footnote Lines tied to their
marker (``pdf_notes``), lines make paragraphs from the page geometry
(``pdf_paragraphs``) and size and weight give the title and headings (``pdf_styles``).
The reader delivers one Line per paragraph (``blocks_are_paragraphs``).
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

from briefing.ingest.errors import ReleaseReadError
from briefing.ingest.extracted import Extracted
from briefing.ingest.readers.limits import check_file
from briefing.lazyre import lazy

NO_TEXT = "no text layer: scanned PDF? Run it through text recognition (OCR) first"
CIPHERED = (
    "the text layer is unreadable (its fonts map glyph numbers, not letters): "
    "run it through text recognition (OCR) first"
)
ENCRYPTED = "the PDF is encrypted (password-protected)"
# PDFium's error codes (fpdfview.h): a password is needed / the security handler is unknown.
_ERR_PASSWORD = 4
_ERR_SECURITY = 6
_PDFIUM = threading.Lock()


def _mostly_sideways(sideways: list[str], pieces: list) -> bool:
    """Far more of a page's characters set sideways than upright: twice as many, and
    more than a margin's line or two."""
    return len(sideways) > 2 * sum(len(piece.text) for piece in pieces) + 20


def damaged(path: Path, cause: str) -> ReleaseReadError:
    """The error for a PDF that cannot be parsed."""
    return ReleaseReadError(path, f"the PDF is damaged or not a PDF: {cause}")


def read_pdf(path: Path) -> Extracted:
    """Read a PDF's text layer into one Line per paragraph, heading or footnote; running
    heads, page numbers and printers' marks go to ``removed``."""
    from briefing.ingest.readers.pdf_furniture import SYMBOL
    from briefing.ingest.readers.pdf_layout import layout_lines

    check_file(path)
    from briefing.ingest.readers.pdf_budget import page_budget

    skipped = page_budget(path)  # pages that would cost minutes: skipped, and said so
    # PDFium is not thread-safe: one document at a time, whichever thread asks.
    with _PDFIUM:
        doc = _open(path)
        try:
            pages, boxes, rotated, rules, grids = _page_lines(doc, path, skipped)
            title = _info_title(doc)
        finally:
            doc.close()
    if not any(line.text.strip() for page in pages for line in page):
        if skipped:
            first = next(iter(skipped.values()))
            raise ReleaseReadError(path, f"no page could be read within its budget ({first})")
        raise ReleaseReadError(path, NO_TEXT)
    if _ciphered(pages):
        raise ReleaseReadError(path, CIPHERED)
    lines, removed = layout_lines(pages, boxes, rules, grids)
    dropped = [("rotated", text) for text in rotated]
    dropped += [("page-budget", why) for why in skipped.values()]
    printed = next((line.text for line in lines if line.style == "title"), "")
    title = _agreed_title(title, printed)
    metadata = {"title": title} if title else {}
    # The symbol printed at the page heads went to furniture: it still names the document.
    symbol = next((text.strip() for text in removed if SYMBOL.match(text.strip())), "")
    if symbol:
        metadata["symbol"] = symbol
    return Extracted(
        lines=lines,
        format="pdf",
        blocks_are_paragraphs=True,
        join_wraps=True,
        removed=removed,
        dropped=dropped,
        metadata=metadata,
    )


def _ciphered(pages) -> bool:
    """Text whose fonts carry no character map and number their glyphs instead: every
    PDF tool then reads "0,187(6" for "MINUTES" (old Distiller output with subset
    fonts), letters shifted into capitals and punctuation. Prose in any Latin-script
    language has lower-case letters or, set in capitals, vowels for a third of its
    letters; the shifted text has neither."""
    letters = vowels = lower = 0
    for page in pages:
        for line in page:
            for char in line.text:
                if char.isascii() and char.isalpha():
                    letters += 1
                    lower += char.islower()
                    vowels += char in "AEIOUaeiou"
    return letters >= 200 and lower < 0.05 * letters and vowels < 0.25 * letters


def _open(path: Path):
    import pypdfium2 as pdfium

    try:
        # Read into memory (check_file capped the size): PDFium then needs no file
        # name in the platform's encoding and holds no handle on the user's file.
        data = path.read_bytes()
    except OSError as exc:
        raise ReleaseReadError(path, f"cannot read the file: {exc.strerror or exc}") from None
    if b"%PDF-" not in data[:1024]:
        raise damaged(path, "no PDF header")
    try:
        # The empty password opens the many PDFs "encrypted" only against editing.
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (_ERR_PASSWORD, _ERR_SECURITY):
            raise ReleaseReadError(path, ENCRYPTED) from None
        reason = re.sub(r"^Failed to load document \(PDFium: (.*)\)\.?$", r"\1", str(exc))
        raise damaged(path, reason[:120] or "unreadable structure") from None


def _page_lines(doc, path: Path, skipped: dict[int, str] | None = None):
    import pypdfium2 as pdfium

    from briefing.ingest.progress import report
    from briefing.ingest.readers.pdf_chars import page_pieces
    from briefing.ingest.readers.pdf_grid import find_grids, page_strokes, turn_strokes
    from briefing.ingest.readers.pdf_lines import page_lines

    count = len(doc)
    if count < 1:
        raise damaged(path, "it has no pages")
    pages, boxes, rotated, rules, grids = [], [], [], [], []
    for number in range(count):
        report(number, count)  # between pages: progress, and where a cancel stops
        rules.append(None)
        grids.append([])
        if skipped and number in skipped:
            pages.append([])
            boxes.append((0.0, 842.0))
            continue
        try:
            page = doc[number]
        except pdfium.PdfiumError:
            pages.append([])  # one broken page should not lose the others
            boxes.append((0.0, 842.0))
            continue
        try:
            left, bottom, right, top = page.get_mediabox()
            textpage = page.get_textpage()
            sideways: list[str] = []
            pieces = page_pieces(textpage, sideways)
            box = (bottom, top)
            width = right - left
            strokes = page_strokes(page)
            turned = page.get_rotation()
            if turned in (90, 270) and _mostly_sideways(sideways, pieces):
                # A page shown turned (a landscape table in a portrait gazette) whose
                # text runs along the turned page: that text is the page, read upright
                # as shown, rules and all; margin notes set sideways are a line or two,
                # never most of a page.
                sideways = []
                pieces = page_pieces(textpage, sideways, turned)
                box = (-right, -left) if turned == 90 else (left, right)
                strokes = turn_strokes(strokes, turned)
                width = top - bottom
            pages.append(page_lines(pieces, number))
            boxes.append(box)
            grids[-1] = find_grids(strokes)
            rules[-1] = _note_rule(strokes, grids[-1], width, box[0], box[1])
            text = " ".join("".join(sideways).split())
            if text:
                rotated.append(text)
            textpage.close()
        finally:
            page.close()
    return pages, boxes, rotated, rules, grids


def _note_rule(strokes, grids, width: float, bottom: float, top: float) -> float | None:
    """The height of the short rule drawn over a page's footnotes, if any: a horizontal
    stroke a twelfth to two fifths of the page wide, in its lower half. Word processors
    and the UN's presses draw it as a path, not as text; a table's rules run across the
    whole measure, or, drawn cell by cell, lie inside a ruled table's box."""
    found: float | None = None
    for x0, x1, y in strokes.horizontal:
        short = 0.08 * width <= x1 - x0 <= 0.45 * width
        low = bottom < y < bottom + 0.5 * (top - bottom)
        ruled = any(g.bottom - 3 <= y <= g.top + 3 and g.left - 3 <= x0 <= g.right for g in grids)
        if short and low and not ruled and (found is None or y < found):
            found = y
    return found


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _agreed_title(info: str, printed: str) -> str:
    """The info dictionary's title where no title is printed or where it agrees with
    the printed one; else none (the printed title line speaks): producers leave stale
    titles there ("Advance questions to Qatar" on the questions to Slovenia, copied
    from the template)."""
    if not printed or not info:
        return info
    if _norm(info) in _norm(printed) or _norm(printed) in _norm(info):
        return info
    return ""


def _info_title(doc) -> str:
    try:
        title = doc.get_metadata_value("Title")
    except Exception:  # a broken info dictionary is not worth failing the read
        return ""
    return plausible_title(str(title)) if title else ""


# What a printing program writes for a file it was given no title for: "Microsoft Word -
# <the file's name>", or the name itself with its extension ("Minutes June final.doc",
# "G 31878 (E) Notice.pmd", "10811.exe"). A file's name is what its writer saved a draft
# under (a date, "final", a page-layout job's number), never the title set for readers.
_FILE_NAMED = lazy(
    r"^Microsoft (?:Word|PowerPoint|Excel)\b|\.(?:docx?|pdf|rtf|odt|indd|pmd|hwp|wpd|txt|"
    r"xlsx?|pptx?|qxd|exe|html?)$",
    re.I,
)


def plausible_title(raw: str) -> str:
    """The info-dictionary title, or "" when it is a file name, path or URL (printing
    tools often put those there) or only names the kind of paper ("Press Release", a
    template's title: it says what the text is, never which)."""
    from briefing.ingest.readers.pdf_head import is_category

    title = " ".join(raw.split())
    if not title or _FILE_NAMED.search(title) or is_category(title):
        return ""
    if title.casefold() in ("untitled", "document", "title"):
        return ""
    if " " not in title and ("/" in title or "\\" in title or title.count("_") > 1):
        return ""
    if " " not in title and title.count("-") > 1:
        return ""  # a file-name slug: "informative-note-february-2023"
    return title

"""PDF: the text layer page by page, minus running headers, footers and page numbers."""

from __future__ import annotations

import logging
import re
from contextlib import contextmanager
from pathlib import Path

from briefing.ingest.errors import ReleaseReadError
from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.readers.limits import check_file
from briefing.ingest.readers.pdf_running import strip_running

NO_TEXT = "the PDF has no text layer (scanned?)"
ENCRYPTED = "the PDF is encrypted (password-protected)"
# A page that ends mid-sentence and a next page that starts in lower case: one paragraph.
# Symbol/Wingdings bullets come out as private-use code points; show a real bullet.
_PUA_BULLET = re.compile(r"^(\s*)[\uf000-\uf0ff]")
_ENDS_SENTENCE = re.compile(r"[.:;!?)\]\"'”’]\s*$")


def damaged(path: Path, cause: str) -> ReleaseReadError:
    """The error for a PDF that cannot be parsed."""
    return ReleaseReadError(path, f"the PDF is damaged or not a PDF: {cause}")


@contextmanager
def _quiet_pypdf():
    # pypdf logs every repaired cross-reference; the user only needs our one error.
    logger = logging.getLogger("pypdf")
    old = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(old)


def read_pdf(path: Path) -> Extracted:
    """Read a PDF's text layer: one Line per physical line, pages separated by a blank
    Line, running headers/footers and page numbers moved to ``removed``."""
    check_file(path)
    with _quiet_pypdf():
        reader = _open(path)
        pages = _page_texts(reader, path)
        title = _title(reader)
    if not any(line.strip() for page in pages for line in page):
        raise ReleaseReadError(path, NO_TEXT)
    pages, removed = strip_running(pages)
    return Extracted(
        lines=_join_pages(pages),
        format="pdf",
        blocks_are_paragraphs=False,
        join_wraps=True,
        removed=removed,
        metadata={"title": title} if title else {},
    )


def _open(path: Path):
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        with path.open("rb") as fh:
            if b"%PDF-" not in fh.read(1024):
                raise damaged(path, "no PDF header")
        reader = PdfReader(path)
        # Many PDFs are "encrypted" only against editing, with an empty user password.
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReleaseReadError(path, ENCRYPTED)
        return reader
    except ReleaseReadError:
        raise
    except (FileNotDecryptedError, DependencyError):
        raise ReleaseReadError(path, ENCRYPTED) from None
    except PdfReadError as exc:
        raise damaged(path, str(exc)[:120] or "unreadable structure") from None
    except (
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        OSError,
        RecursionError,
        AssertionError,
    ) as exc:
        raise damaged(path, f"{type(exc).__name__}: {exc}"[:120]) from None


def _page_texts(reader, path: Path) -> list[list[str]]:
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    pages: list[list[str]] = []
    try:
        page_list = list(reader.pages)
    except FileNotDecryptedError:
        raise ReleaseReadError(path, ENCRYPTED) from None
    except Exception as exc:  # broken page tree
        raise damaged(path, f"{type(exc).__name__}: {exc}"[:120]) from None
    if not page_list:
        raise damaged(path, "it has no pages")
    for page in page_list:
        try:
            text = page.extract_text() or ""
        except FileNotDecryptedError:
            raise ReleaseReadError(path, ENCRYPTED) from None
        except (
            PdfReadError,
            ValueError,
            KeyError,
            TypeError,
            AttributeError,
            IndexError,
            RecursionError,
            AssertionError,
            ZeroDivisionError,
        ):
            text = ""  # one broken page should not lose the others
        # pypdf pads lines with spaces and may emit NBSPs and form feeds.
        text = text.replace("\xa0", " ").replace("\r\n", "\n").replace("\r", "\n")
        pages.append([_PUA_BULLET.sub(r"\1•", line.rstrip()) for line in text.split("\n")])
    return pages


def _title(reader) -> str:
    try:
        meta = reader.metadata
        title = meta.title if meta is not None else None
    except Exception:  # a broken info dictionary is not worth failing the read
        return ""
    return plausible_title(str(title)) if title else ""


def plausible_title(raw: str) -> str:
    """The info-dictionary title, or "" when it is a file name, path or URL (printing
    tools often put those there)."""
    title = " ".join(raw.split())
    title = re.sub(r"^Microsoft (?:Word|PowerPoint) - ", "", title)
    title = re.sub(r"\.(?:docx?|pdf|rtf|odt|indd)$", "", title, flags=re.I)
    if not title or title.casefold() in ("untitled", "document", "title"):
        return ""
    if " " not in title and ("/" in title or "\\" in title or title.count("_") > 1):
        return ""
    return title


def _join_pages(pages: list[list[str]]) -> list[Line]:
    lines: list[Line] = []
    for page in pages:
        body = _collapse_blanks(page)
        if not body:
            continue
        if lines and not _continues(lines[-1].text, body[0]):
            lines.append(Line(""))
        lines.extend(Line(text) for text in body)
    return lines


def _collapse_blanks(page: list[str]) -> list[str]:
    """Trim blank lines at the page's ends and squeeze runs of them to one."""
    out: list[str] = []
    for line in page:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def _continues(previous: str, first: str) -> bool:
    """True when a paragraph runs over the page break (no sentence end, lower-case start)."""
    return bool(previous) and not _ENDS_SENTENCE.search(previous) and first[:1].islower()

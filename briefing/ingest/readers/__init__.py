"""Format readers: turn a release file (or pasted text) into :class:`Extracted` lines.

Each reader lives in its own module and imports its heavy library (lxml,
python-docx, pypdfium2, markdown-it-py, charset-normalizer) only when called, so the
app starts fast.
Every failure is a :class:`ReleaseReadError` with a short reason for the user.
"""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.errors import ReleaseReadError
from briefing.ingest.extracted import Extracted
from briefing.ingest.formats import SUPPORTED_SUFFIXES, format_for

__all__ = ["SUPPORTED_SUFFIXES", "read_file", "read_pasted"]

PASTE_NAME = "pasted text"


def read_file(path: str | Path) -> Extracted:
    """Read the release at ``path``, choosing the reader by its extension.

    Raises ReleaseReadError (and nothing else) for unsupported types, missing,
    unreadable, empty, oversized, binary or damaged files.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    fmt = format_for(suffix)
    if fmt is None:
        shown = f"'{suffix}'" if suffix else "without an extension"
        raise ReleaseReadError(
            path, f"unsupported file type {shown} (Briefing reads .txt, .md, .html, .docx, .pdf)"
        )
    try:
        return fmt.load_reader()(path)
    except ReleaseReadError:
        raise
    except MemoryError:
        raise ReleaseReadError(path, "the file is too large to read") from None
    except Exception as exc:  # a library bug or an input nobody foresaw: still one error type
        cause = f"{type(exc).__name__}: {exc}"[:150]
        raise ReleaseReadError(path, f"could not read the file ({cause})") from exc


def read_pasted(text: str) -> Extracted:
    """Lines of pasted text, like a .txt file (format "paste"); empty text is an error.
    Pasted text that proves itself Markdown (a chat tool's answer, a GitHub page's source)
    is read as a .txt holding it is, by the Markdown reader (format "md"): the same words
    opened from a file and pasted give the same outline."""
    from briefing.ingest.readers.text import extract_plain

    if not text.strip():
        raise ReleaseReadError(PASTE_NAME, "the pasted text is empty")
    return extract_plain(text, "paste", "", PASTE_NAME)

"""The one list of release formats Briefing reads: name, suffixes, reader, dialog filter.

The readers (``briefing.ingest.readers``) and the app's file dialogs both read this
table, so adding a format touches one place. Readers are named, not imported: each
imports its heavy library only when a file of its kind is opened (start-up stays light).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from briefing.ingest.extracted import Extracted


@dataclass(frozen=True, slots=True)
class Format:
    """A readable format: ``label`` is the dialog's (untranslated) name for it."""

    name: str
    label: str
    suffixes: tuple[str, ...]
    reader: str  # "module:function" in briefing.ingest.readers, imported on first use

    def load_reader(self) -> Callable[[Path], Extracted]:
        module, function = self.reader.split(":")
        return getattr(import_module(f"briefing.ingest.readers.{module}"), function)

    @property
    def patterns(self) -> str:
        """Glob patterns for a file dialog: ``"*.html *.htm"``."""
        return " ".join(f"*{suffix}" for suffix in self.suffixes)


FORMATS: tuple[Format, ...] = (
    Format("txt", "Text", (".txt", ".text"), "text:read_text"),
    Format("md", "Markdown", (".md", ".markdown"), "markdown:read_markdown"),
    Format("html", "Web pages", (".html", ".htm"), "html:read_html"),
    Format("docx", "Word", (".docx",), "docx:read_docx"),
    Format("pdf", "PDF", (".pdf",), "pdf:read_pdf"),
)

SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(s for f in FORMATS for s in f.suffixes)
_BY_SUFFIX = {suffix: f for f in FORMATS for suffix in f.suffixes}


def format_for(suffix: str) -> Format | None:
    """The format a file suffix (".PDF", ".htm") belongs to, or None."""
    return _BY_SUFFIX.get(suffix.lower())


def all_patterns() -> str:
    """Every readable suffix as one glob list, for an "all releases" filter."""
    return " ".join(f.patterns for f in FORMATS)


def dialog_filters() -> list[tuple[str, str]]:
    """(label, patterns) per format, e.g. ``("Word", "*.docx")``; Qt-free, so the app
    translates the labels and joins them as ``"Word (*.docx)"`` itself."""
    return [(f.label, f.patterns) for f in FORMATS]

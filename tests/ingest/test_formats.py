"""The format registry: one table read by the readers and the app's dialogs."""

from __future__ import annotations

from briefing.ingest.formats import FORMATS, SUPPORTED_SUFFIXES, dialog_filters, format_for
from briefing.ingest.readers import SUPPORTED_SUFFIXES as READER_SUFFIXES


def test_every_format_has_a_loadable_reader() -> None:
    for fmt in FORMATS:
        assert callable(fmt.load_reader())


def test_suffix_lookup_ignores_case_and_readers_share_the_table() -> None:
    assert format_for(".PDF").name == "pdf"
    assert format_for(".htm").name == "html"
    assert format_for(".exe") is None
    assert READER_SUFFIXES == SUPPORTED_SUFFIXES


def test_dialog_filters_cover_every_suffix() -> None:
    patterns = " ".join(p for _, p in dialog_filters()).split()
    assert sorted(patterns) == sorted(f"*{s}" for s in SUPPORTED_SUFFIXES)
    assert ("Word", "*.docx") in dialog_filters()

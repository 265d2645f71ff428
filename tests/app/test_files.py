"""Opening release files: failures stay ``ReleaseReadError`` with one line."""

from __future__ import annotations

import pytest

from briefing.app.features import files
from briefing.ingest import ReleaseReadError


def test_an_unreadable_release_is_a_release_read_error(tmp_path):
    bad = tmp_path / "statement.docx"
    bad.write_bytes(b"not a zip archive")
    with pytest.raises(ReleaseReadError) as caught:
        files.load_release_file(bad)
    assert "statement.docx" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_an_unforeseen_failure_is_a_release_read_error_too(tmp_path, monkeypatch):
    import briefing.ingest

    def broken(*_args, **_kwargs):
        raise RuntimeError("reader bug\nwith a second line")

    monkeypatch.setattr(briefing.ingest, "load_release", broken)
    path = tmp_path / "note.txt"
    path.write_text("A release.", encoding="utf-8")
    with pytest.raises(ReleaseReadError) as caught:
        files.load_release_file(path)
    assert str(caught.value) == "note.txt: could not be read (reader bug)"
    assert caught.value.path == str(path)


def test_dialog_filters_are_built_from_the_format_registry():
    from briefing.ingest.formats import FORMATS, SUPPORTED_SUFFIXES

    for text in (files.open_filter(), files.open_any_filter()):
        for suffix in SUPPORTED_SUFFIXES:
            assert f"*{suffix}" in text
    assert "*.briefing" in files.open_any_filter()
    # The labels lupdate sees are the registry's, so every format's name is translatable.
    assert set(files._FORMAT_LABELS) == {f.label for f in FORMATS}

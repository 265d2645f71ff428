"""A release with a few stray control characters (a bell, a vertical tab) is read, the
characters removed and reported; binary data is still refused (issue 12 crash cases)."""

from __future__ import annotations

import pytest

from briefing.ingest import ReleaseReadError, load_release


def test_a_few_controls_are_removed_and_reported(tmp_path):
    path = tmp_path / "release.txt"
    path.write_bytes(b"Ministers meet\x07\n\nThe ministers met in Geneva\x0b today.\x1b\n\n"
                     b"1. They will meet\x07 again in June.\n")
    release = load_release(path, suggest=False)
    assert "\x07" not in release.text and "\x0b" not in release.text
    assert "They will meet again in June." in release.text.replace("  ", " ")
    assert any("control" in r.text or r.kind == "control" for r in release.removed)


def test_binary_data_is_still_refused(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(1, 32)) * 200)
    with pytest.raises(ReleaseReadError, match="binary"):
        load_release(path, suggest=False)

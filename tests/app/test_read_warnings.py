"""Opening a release whose text was damaged says so in the status line at once."""

from __future__ import annotations


def test_stray_bytes_are_reported_when_the_release_opens(window, tmp_path):
    path = tmp_path / "stray.txt"
    path.write_bytes("Statement by the Minister\n\nMinister António met José in São Paulo "
                     "and Zoë in Köln.\n\n".encode() + b"Signed by Ant\xf3nio.\n")
    assert window.open_path(path)
    message = window.statusBar().currentMessage()
    assert message.startswith("stray.txt: 1 byte sequence not valid in UTF-8")
    assert "António" in window.editor.toPlainText()


def test_a_clean_release_opens_without_a_warning(window, tmp_path):
    path = tmp_path / "clean.txt"
    path.write_text("Statement by the Minister\n\n1. The minister met her colleague.\n",
                    encoding="utf-8")
    assert window.open_path(path)
    assert "not valid" not in window.statusBar().currentMessage()

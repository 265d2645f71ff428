"""A UTF-8 release with a few stray bytes stays UTF-8 (issue 14): the bad bytes become
U+FFFD and the user is told, instead of the whole file being read in another code page."""

from __future__ import annotations

import pytest

from briefing.ingest import load_release

BODY = ("Statement by the Minister\n\nMinister António Guterres met José and Zoë in São "
        "Paulo on 5 June.\n\nThe talks covered ações, señor Müller and the 서울 office.\n")


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_stray_latin1_byte_in_utf8(tmp_path, suffix):
    data = BODY.encode("utf-8") + b"\n\nSigned by Ant\xf3nio Costa.\n"
    if suffix == ".html":
        data = b"<html><body><p>" + data.replace(b"\n\n", b"</p><p>") + b"</p></body></html>"
    path = tmp_path / f"release{suffix}"
    path.write_bytes(data)
    release = load_release(path)
    assert "António Guterres" in release.text and "São Paulo" in release.text
    assert "서울" in release.text
    assert "Ant\ufffdnio" in release.text
    notes = [r.text for r in release.removed if r.kind == "encoding"]
    assert len(notes) == 1 and notes[0].startswith("1 byte sequence not valid in UTF-8")


def test_a_real_legacy_file_is_still_detected(tmp_path):
    text = ("Die Ministerin traf ihren Amtskollegen in München. Die Gespräche über "
            "Zölle und Fähren dauerten länger als geplant; große Fortschritte.\n") * 3
    path = tmp_path / "de.txt"
    path.write_bytes(text.encode("cp1252"))
    release = load_release(path)
    assert "München" in release.text and "\ufffd" not in release.text
    assert not [r for r in release.removed if r.kind == "encoding"]


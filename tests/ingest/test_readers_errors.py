"""Every way reading can fail ends in one ReleaseReadError with a short reason."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from briefing.ingest.errors import ReleaseReadError
from briefing.ingest.readers import read_file


def fails(path: Path | str, match: str) -> ReleaseReadError:
    with pytest.raises(ReleaseReadError, match=match) as info:
        read_file(path)
    assert info.value.path == str(path)
    assert "\n" not in str(info.value)
    return info.value


@pytest.mark.parametrize("name", ["notes.rtf", "x.doc", "archive.tar.gz", "README"])
def test_unsupported_type(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("text")
    err = fails(path, "unsupported file type")
    assert "(Briefing reads .txt, .md, .html, .docx, .pdf)" in err.reason


def test_unsupported_type_message_exact(tmp_path: Path) -> None:
    err = fails(tmp_path / "a.xyz", "unsupported")
    assert (
        err.reason == "unsupported file type '.xyz' (Briefing reads .txt, .md, .html, .docx, .pdf)"
    )


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx", ".pdf", ".md"])
def test_missing_file(tmp_path: Path, suffix: str) -> None:
    fails(tmp_path / f"nope{suffix}", "does not exist")


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx", ".pdf"])
def test_empty_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"empty{suffix}"
    path.touch()
    assert fails(path, "empty").reason == "the file is empty"


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".pdf"])
def test_too_large_is_refused_before_reading(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"huge{suffix}"
    with path.open("wb") as fh:
        fh.truncate(200 * 2**20)  # sparse: instant, no disk used
    err = fails(path, "64 MB")
    assert err.reason == "the file is 200.0 MB; Briefing reads releases up to 64 MB"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    try:
        fails(path, "permission denied")
    finally:
        path.chmod(0o600)


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".pdf"])
def test_permission_error_while_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    # Works even as root: simulate the OS refusing access.
    path = tmp_path / f"locked{suffix}"
    path.write_bytes(b"x" * 10)
    monkeypatch.setattr(os, "access", lambda *_a, **_k: False)
    fails(path, "permission denied")


def test_permission_error_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("x")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    fails(path, "permission denied")


def test_directory_named_like_a_file(tmp_path: Path) -> None:
    (tmp_path / "dir.txt").mkdir()
    fails(tmp_path / "dir.txt", "folder")


def test_binary_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 50)
    assert fails(path, "binary").reason == "this does not look like text (binary data?)"


def test_control_characters_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(b"\x01\x02\x03\x04\x05\x06\x07\x08abc" * 100)
    fails(path, "does not look like text")


def test_zip_named_txt_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("x.bin", os.urandom(2000))
    fails(path, "does not look like text")


def test_binary_named_html(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(b"\x00\x01\x02\xff" * 500)
    fails(path, "does not look like text")


def test_html_with_no_main_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text(
        "<html><head><title>x</title><script>var a = 1;</script></head>"
        "<body><nav><a href='/'>Home</a></nav><footer>© 2024</footer></body></html>"
    )
    assert fails(path, "no readable text").reason == "no readable text found in the page"


@pytest.mark.parametrize(
    ("data", "cause"),
    [
        (b"this is not a zip archive at all", "not a zip archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old .doc"),
    ],
)
def test_damaged_docx(tmp_path: Path, data: bytes, cause: str) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(data)
    err = fails(path, "the Word file is damaged or not a .docx: ")
    assert cause in err.reason


def test_docx_zip_without_document_xml(tmp_path: Path) -> None:
    path = tmp_path / "bad.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "hi")
    fails(path, "the Word file is damaged or not a .docx")


def test_truncated_docx(tmp_path: Path) -> None:
    import docx

    good = tmp_path / "good.docx"
    document = docx.Document()
    document.add_paragraph("Hello")
    document.save(good)
    path = tmp_path / "cut.docx"
    path.write_bytes(good.read_bytes()[:3000])
    fails(path, "the Word file is damaged or not a .docx")


def test_docx_with_broken_document_xml(tmp_path: Path) -> None:
    import docx

    good = tmp_path / "good.docx"
    docx.Document().save(good)
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    fails(path, "the Word file is damaged or not a .docx")


@pytest.mark.parametrize(
    "data",
    [b"not a pdf at all", b"%PDF-1.4\n%garbage only\n", b"%PDF-1.7\n1 0 obj << /Type /Catalog"],
)
def test_damaged_pdf(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    fails(path, "the PDF is damaged or not a PDF: ")


def test_errors_are_only_release_read_errors(tmp_path: Path) -> None:
    # Random bytes under every supported name: a clean error, never a traceback.
    for suffix in (".txt", ".md", ".html", ".htm", ".docx", ".pdf"):
        path = tmp_path / f"random{suffix}"
        path.write_bytes(os.urandom(4096))
        with pytest.raises(ReleaseReadError):
            read_file(path)

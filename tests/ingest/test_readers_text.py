"""Plain text, Markdown and pasted text readers."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest.errors import ReleaseReadError
from briefing.ingest.extracted import Line
from briefing.ingest.readers import read_file, read_pasted
from briefing.ingest.readers.decode import decode_bytes, looks_binary
from briefing.ingest.readers.text import split_lines

FRENCH = (
    "Communiqué de presse\n\n"
    "Le ministre a rencontré son homologue à Genève.\n"
    "« Très bien », a-t-il déclaré.\n"
)
KOREAN = (
    "외교부 보도자료\n\n"
    "한-프랑스 외교장관 회담 개최\n"
    "1. 정의용 외교부 장관은 유럽연합 외교이사회 계기에 프랑스 외교장관과 회담을 가졌다.\n"
    "  - 양 장관은 한반도 정세와 기후변화 대응 협력 방안에 대해 의견을 교환하였다.\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def texts(extracted) -> list[str]:
    return [line.text for line in extracted.lines]


def test_utf8_keeps_every_line_and_blank_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "r.txt", b"Title\n\nFirst para\nwrapped.\n\n\nEnd\n")
    ex = read_file(path)
    assert texts(ex) == ["Title", "", "First para", "wrapped.", "", "", "End"]
    assert ex.format == "txt"
    assert ex.encoding == "utf-8"
    assert ex.blocks_are_paragraphs is False
    assert ex.join_wraps is False
    assert all(line.style == "" for line in ex.lines)


def test_crlf_cr_and_trailing_whitespace_and_nbsp(tmp_path: Path) -> None:
    path = write(tmp_path, "r.txt", b"one  \r\ntwo\rthree\xc2\xa0four\t\r\n")
    assert texts(read_file(path)) == ["one", "two", "three four"]


def test_no_final_newline_keeps_last_line(tmp_path: Path) -> None:
    assert texts(read_file(write(tmp_path, "r.txt", b"a\nb"))) == ["a", "b"]


def test_leading_indentation_is_kept(tmp_path: Path) -> None:
    path = write(tmp_path, "r.text", b"1. Point\n  - sub-point\n")
    assert texts(read_file(path)) == ["1. Point", "  - sub-point"]


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    ex = read_file(write(tmp_path, "r.txt", b"\xef\xbb\xbf" + FRENCH.encode()))
    assert ex.lines[0].text == "Communiqué de presse"
    assert ex.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    data = FRENCH.encode(codec)
    if codec != "utf-16":  # explicit-endian codecs write no BOM; add it as Notepad does
        data = ("\ufeff" + FRENCH).encode(codec)
    ex = read_file(write(tmp_path, "r.txt", data))
    assert texts(ex)[:3] == ["Communiqué de presse", "", FRENCH.splitlines()[2]]
    assert ex.encoding == "utf-16"


def test_cp949_korean(tmp_path: Path) -> None:
    ex = read_file(write(tmp_path, "kr.txt", KOREAN.encode("cp949")))
    assert texts(ex) == KOREAN.splitlines()
    assert ex.encoding.replace("_", "").lower() in ("cp949", "euckr", "johab", "uhc")


def test_cp1252_french(tmp_path: Path) -> None:
    text = FRENCH + "Le coût – 5 € – est “raisonnable”.\n"
    ex = read_file(write(tmp_path, "fr.txt", text.encode("cp1252")))
    assert texts(ex) == text.splitlines()
    assert ex.encoding != "utf-8"


def test_markdown_headings(tmp_path: Path) -> None:
    md = "# Joint statement\n\nIntro text.\n\n## Background ##\n- item\n#hashtag stays\n"
    ex = read_file(write(tmp_path, "r.md", md.encode()))
    assert ex.format == "md"
    # .md is read as CommonMark (tests/ingest/test_readers_markdown.py): one Line per block.
    assert ex.lines == [
        Line("Joint statement", style="heading1"),
        Line("Intro text."),
        Line("Background", style="heading2"),
        # A lazy continuation line: CommonMark joins it to the item ("#x" is no heading).
        Line("item #hashtag stays", style="list-item", label="-"),
    ]


def test_hash_heading_in_txt_is_plain(tmp_path: Path) -> None:
    ex = read_file(write(tmp_path, "r.txt", b"# Not markdown\n"))
    assert ex.lines == [Line("# Not markdown")]


def test_uppercase_extension(tmp_path: Path) -> None:
    assert texts(read_file(write(tmp_path, "R.TXT", b"x\n"))) == ["x"]


def test_read_pasted() -> None:
    ex = read_pasted("\ufeffTitle\r\n\r\nBody\xa0text  \n")
    assert ex.format == "paste"
    assert texts(ex) == ["Title", "", "Body text"]
    assert ex.blocks_are_paragraphs is False


def test_read_pasted_empty_is_an_error() -> None:
    with pytest.raises(ReleaseReadError, match="empty"):
        read_pasted("  \n\t")


def test_split_lines_unicode_separators() -> None:
    assert split_lines("a\u2028b\x85c\n") == ["a", "b", "c"]


def test_looks_binary() -> None:
    assert looks_binary("abc\x00def" * 30)  # a NUL in every seven characters: binary
    assert not looks_binary("A statement\x00 with one stray NUL, to remove and report.")
    assert looks_binary("".join(chr(i) for i in range(1, 32)) * 10)
    assert not looks_binary("Tabs\tand\nnewlines\f are fine")


def test_decode_uses_declared_charset_before_detection() -> None:
    data = "Café".encode("cp1252")
    assert decode_bytes(data, "x", declared="windows-1252") == ("Café", "cp1252")

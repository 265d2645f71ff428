"""PDF reader on PDFs written by a tiny generator below (no LibreOffice needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest.errors import ReleaseReadError
from briefing.ingest.readers import read_file
from briefing.ingest.readers.pdf import plausible_title
from briefing.ingest.readers.pdf_running import is_page_number, line_key, strip_running


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(
    path: Path, pages: list[list[str]], title: str | None = None, drawing_only: bool = False
) -> Path:
    """Write a PDF with one Helvetica text line per entry of each page."""
    objects: list[bytes] = []

    def add(body: str | bytes) -> int:
        objects.append(body.encode("latin-1") if isinstance(body, str) else body)
        return len(objects)

    catalog = add("")  # filled in once the page tree exists
    font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    page_ids: list[int] = []
    pages_id = len(objects) + 2 * len(pages) + 1
    for lines in pages:
        if drawing_only:
            stream = "0 0 m 200 200 l S"
        else:
            body = " T* ".join(f"({_escape(line)}) Tj" for line in lines)
            stream = f"BT /F1 11 Tf 14 TL 72 770 Td {body} ET"
        content = add(f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream")
        page_ids.append(
            add(
                f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] "
                f"/Resources << /Font << /F1 {font} 0 R >> >> "
                f"/Contents {content} 0 R >>"
            )
        )
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    assert add(f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>") == pages_id
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode()
    info = add(f"<< /Title ({_escape(title)}) >>") if title else None

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    trailer = f"<< /Size {len(objects) + 1} /Root {catalog} 0 R"
    trailer += f" /Info {info} 0 R >>" if info else " >>"
    out += f"trailer\n{trailer}\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


# Fonts of the layout generator: (base font, PDF resource name).
FONTS = {
    "mono": "Courier",
    "bold": "Helvetica-Bold",
    "sans": "Helvetica",
    "italic": "Courier-Oblique",
}
Run = tuple[str, str, float, float]  # text, font, size, rise (raised above the baseline)


def make_layout_pdf(
    path: Path, pages: list[list[tuple[float, float, list[Run]]]], title: str | None = None
) -> Path:
    """Write a PDF whose pages hold runs of text placed at (x, y), each run in its own
    font, size and rise (a raised run is a superscript); an optional fourth element
    (a, b, c, d) turns the text."""
    objects: list[bytes] = []

    def add(body: str) -> int:
        objects.append(body.encode("latin-1"))
        return len(objects)

    catalog = add("")
    font_ids = {
        name: add(f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding /WinAnsiEncoding >>")
        for name, base in FONTS.items()
    }
    fonts = " ".join(f"/{name} {number} 0 R" for name, number in font_ids.items())
    pages_id = len(objects) + 2 * len(pages) + 1
    page_ids: list[int] = []
    for items in pages:
        parts = []
        for x, y, runs, *turn in items:
            shown = " ".join(
                f"/{font} {size} Tf {rise} Ts ({_escape(text)}) Tj"
                for text, font, size, rise in runs
            )
            # An item may carry a text matrix's (a, b, c, d): text set sideways.
            place = f"{' '.join(map(str, turn[0]))} {x} {y} Tm" if turn else f"{x} {y} Td"
            parts.append(f"BT {place} {shown} ET")
        stream = "\n".join(parts)
        content = add(f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream")
        page_ids.append(
            add(
                f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] "
                f"/Resources << /Font << {fonts} >> >> /Contents {content} 0 R >>"
            )
        )
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    assert add(f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>") == pages_id
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode()
    info = add(f"<< /Title ({_escape(title)}) >>") if title else None
    return _write(path, objects, catalog, info)


def _write(path: Path, objects: list[bytes], catalog: int, info: int | None) -> Path:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    trailer = f"<< /Size {len(objects) + 1} /Root {catalog} 0 R"
    trailer += f" /Info {info} 0 R >>" if info else " >>"
    out += f"trailer\n{trailer}\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def body(text: str) -> list[Run]:
    return [(text, "mono", 10, 0)]


def column(top: float, paragraphs: list[list[str]], gap: float = 6) -> list:
    """Monospaced lines at x=72, 12 pt apart, paragraphs ``gap`` further apart; a line
    given as a list of runs keeps them (superscripts)."""
    items = []
    y = top
    for lines in paragraphs:
        for line in lines:
            items.append((72, y, body(line) if isinstance(line, str) else line))
            y -= 12
        y -= gap
    return items


# Lines of 56-60 characters fill the 60-character measure; a paragraph's last is short.
P1 = [
    "The ministers met in Geneva on 3 March and agreed on a new",
    # a full line ending in "." is no paragraph end by itself
    "plan of action that they described as ambitious and urgent.",
    "They will meet again in the spring to review the work.",
]
P2 = [
    "They discussed trade and climate and the situation in the",
    "region, and they thanked the host country for its generous",
]
P3 = [
    "hospitality and for the excellent arrangements made for the",
    "meeting of the ministers and their delegations.",
    "A second paragraph of the statement starts here and runs to",
    "the end of the line.",
]
FOOTER = "Press release - 21 March 2024"


def three_pages() -> list[list[tuple[float, float, list[Run]]]]:
    pages = []
    for n, paragraphs in enumerate([[P1, ["Ministry of Foreign Affairs"]], [P2], [P3[:2], P3[2:]]]):
        items = [(72, 800, [(f"Ministry of Foreign Affairs Page {n + 1}/3", "sans", 8, 0)])]
        items += column(700, paragraphs)
        items += [(72, 60, [(FOOTER, "sans", 8, 0)]), (280, 40, [(f"- {n + 1} -", "sans", 8, 0)])]
        pages.append(items)
    pages[0][1:1] = [(72, 740, [("Joint statement on the summit", "bold", 16, 0)])]
    return pages


@pytest.fixture
def release(tmp_path: Path):
    path = make_layout_pdf(tmp_path / "release.pdf", three_pages(), title="Joint statement")
    return read_file(path)


def test_flags_and_metadata(release) -> None:
    assert release.format == "pdf"
    assert release.blocks_are_paragraphs is True
    assert release.metadata == {"title": "Joint statement"}


def test_paragraphs_headers_footers_and_page_numbers(release) -> None:
    texts = [line.text for line in release.lines]
    assert texts == [
        "Joint statement on the summit",
        " ".join(P1),
        # the same words as the header, but in the body: kept
        "Ministry of Foreign Affairs",
        # the paragraph runs over the page break
        " ".join(P2 + P3[:2]),
        " ".join(P3[2:]),
    ]
    assert release.lines[0].style == "title"
    assert release.removed == [
        f"Ministry of Foreign Affairs Page {n}/3"
        if kind == 0
        else FOOTER
        if kind == 1
        else f"- {n} -"
        for n in (1, 2, 3)
        for kind in (0, 1, 2)
    ]


def test_no_trailing_spaces(release) -> None:
    assert all(line.text == line.text.strip() for line in release.lines)


def test_single_page_keeps_header_but_drops_page_number(tmp_path: Path) -> None:
    items = [(72, 800, body("Embassy of Canada")), *column(700, [["Text of the note."]])]
    items.append((72, 40, body("Page 1 of 1")))
    ex = read_file(make_layout_pdf(tmp_path / "one.pdf", [items]))
    assert [line.text for line in ex.lines] == ["Embassy of Canada", "Text of the note."]
    assert ex.removed == ["Page 1 of 1"]
    assert ex.metadata == {}


def test_file_name_title_is_ignored(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "t.pdf", [["Body."]], title="D:/work/press_release_final_v2")
    assert read_file(path).metadata == {}


def test_no_text_layer(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "scan.pdf", [[], []], drawing_only=True)
    with pytest.raises(ReleaseReadError) as info:
        read_file(path)
    assert info.value.reason.startswith("no text layer: scanned PDF?")


def _encrypt(src: Path, dst: Path, user: str, owner: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(src))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="RC4-128")
    with dst.open("wb") as fh:
        writer.write(fh)
    return dst


def test_encrypted_pdf(tmp_path: Path) -> None:
    plain = make_pdf(tmp_path / "plain.pdf", [["Secret text."]])
    locked = _encrypt(plain, tmp_path / "locked.pdf", user="secret", owner="owner")
    with pytest.raises(ReleaseReadError, match="encrypted"):
        read_file(locked)


def test_owner_password_only_pdf_is_readable(tmp_path: Path) -> None:
    plain = make_pdf(tmp_path / "plain.pdf", [["Open text."]])
    restricted = _encrypt(plain, tmp_path / "restricted.pdf", user="", owner="owner")
    assert [line.text for line in read_file(restricted).lines] == ["Open text."]


def test_truncated_pdf(tmp_path: Path) -> None:
    good = make_layout_pdf(tmp_path / "good.pdf", three_pages())
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(good.read_bytes()[:200])
    with pytest.raises(ReleaseReadError, match="PDF"):
        read_file(cut)


@pytest.mark.parametrize(
    "line", ["3", " 12 ", "- 2 -", "– 4 –", "Page 1/3", "page 2 of 12", "Página 3 de 9", "[7]"]
)
def test_page_numbers(line: str) -> None:
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["1. Introduction", "2024", "Page one", "3 March", "12345"])
def test_not_page_numbers(line: str) -> None:
    assert not is_page_number(line)


# Made-up page counters in the words other European houses print for "Page 2 of 5".
@pytest.mark.parametrize(
    "line", ["Pagina 2 van 5", "Pagina 4 di 7", "Sida 1 av 3", "Side 3 af 4", "Strona 2 z 6"]
)
def test_page_numbers_in_other_languages(line: str) -> None:
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["van 3", "Side effects", "2 van de 5 leden"])
def test_not_page_numbers_in_other_languages(line: str) -> None:
    assert not is_page_number(line)


def test_line_key_ignores_digits_and_page_part() -> None:
    assert line_key("Bank of England    Page 4 ") == line_key("Bank of England")
    assert line_key("Kwartaalbericht | Pagina 2 van 9") == line_key("Kwartaalbericht |")
    assert line_key("Minutes 2 February 2023") == line_key("minutes 9 february 2024")


def test_strip_running_needs_half_the_pages() -> None:
    pages = [["Draft", "a"], ["b"], ["c"], ["Draft", "d"], ["e"]]
    kept, removed = strip_running(pages)
    assert removed == []  # 2 of 5 pages is not a running header
    pages = [["Draft", "a"], ["Draft", "b"], ["c"]]
    kept, removed = strip_running(pages)
    assert kept == [["a"], ["b"], ["c"]]
    assert removed == ["Draft", "Draft"]


def test_book_style_running_head_alternates_its_page_number() -> None:
    # Made-up pages: the page number sits at the outer edge, before the short title on
    # a left-hand page and after it on a right-hand one.
    assert line_key("4 Harbour Dues (Amendment) Act") == line_key("Harbour Dues (Amendment) Act 5")
    pages = [
        ["Harbour Dues (Amendment) Act 1", "First clause."],
        ["2 Harbour Dues (Amendment) Act", "Second clause."],
        ["Harbour Dues (Amendment) Act 3", "Third clause."],
        ["4 Harbour Dues (Amendment) Act", "Fourth clause."],
    ]
    kept, removed = strip_running(pages)
    assert kept == [["First clause."], ["Second clause."], ["Third clause."], ["Fourth clause."]]
    assert len(removed) == 4
    # A number inside the line still counts as any number, and one alone stays itself.
    assert line_key("Minutes 2 May") == line_key("Minutes 9 May")
    assert line_key("12") == "#"


def test_plausible_title() -> None:
    assert plausible_title("Untitled") == ""
    assert plausible_title("https:/www.example.org/media/press-release") == ""
    assert plausible_title("  Review  of  harbour  dues ") == "Review of harbour dues"
    # A file's name, as Word or the layout program wrote it in: never the title.
    assert plausible_title("Microsoft Word - Statement.docx") == ""
    assert plausible_title("Microsoft Word - Harbour dues notice final_2_") == ""
    assert plausible_title("G 4411 (E) Harbour Notice.pmd") == ""
    assert plausible_title("40213.exe") == ""
    # Only the kind of paper, a template's title: says what the text is, never which.
    assert plausible_title("  Press  release ") == ""
    assert plausible_title("Communiqué") == ""

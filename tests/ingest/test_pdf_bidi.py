"""Right-to-left PDF text comes out in reading order (made-up Arabic and Hebrew)."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pytest

from briefing.ingest.readers.pdf_bidi import logical_order

_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _display(text: str) -> str:
    # The reversals that make display order from reading order are their own inverse.
    return logical_order(text)


@pytest.mark.parametrize(
    "read",
    [
        "قرأ الطالب الكتاب",
        "1. قرر الفريق (الثاني) زيادة المبلغ",
        "زار الوفد 12 مدينة عام 2024",
        "قال ABC اليوم",
        "שלום לכל החברים 3.5%",
    ],
)
def test_right_to_left_lines_read_in_logical_order(read: str) -> None:
    shown = _display(read)
    assert shown != read
    assert logical_order(shown) == read


def test_display_order_examples() -> None:
    # Letters reversed, numbers and Latin kept left to right, brackets swapped back.
    assert logical_order("باتكلا أرق") == "قرأ الكتاب"
    assert logical_order("ةنيدم 12 دفولا راز") == "زار الوفد 12 مدينة"
    assert logical_order("(يناثلا) قيرفلا .1") == "1. الفريق (الثاني)"


def test_latin_lines_unchanged() -> None:
    for text in ["Plain text (a) 1.", "The word ةملك stays", ""]:
        assert logical_order(text).startswith(text[:9])
    assert logical_order("Plain text (a) 1.") == "Plain text (a) 1."
    assert logical_order("The report ريرقت was 12 pages") == "The report تقرير was 12 pages"


def _rtl_pdf(path: Path, lines: list[str], whole_line: bool) -> Path:
    """A page of right-aligned lines, set either one glyph at a time from the right
    (each glyph left of the one before) or as one run in display order."""
    pdfium = pytest.importorskip("pypdfium2")
    raw = pytest.importorskip("pypdfium2.raw")
    doc = pdfium.PdfDocument.new()
    page = doc.new_page(595, 842)
    data = _FONT.read_bytes()
    buf = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
    font = raw.FPDFText_LoadFont(doc.raw, buf, len(data), raw.FPDF_FONT_TRUETYPE, 1)
    size = 12.0

    def text_object(text: str):
        obj = raw.FPDFPageObj_CreateTextObj(doc.raw, font, size)
        enc = (text + "\0").encode("utf-16-le")
        raw.FPDFText_SetText(obj, (ctypes.c_ushort * (len(enc) // 2)).from_buffer_copy(enc))
        return obj

    def width(text: str) -> float:
        # Advance width: the ink of "x…x" less that of "xx".
        spans = []
        for probe in ("x" + text + "x", "xx"):
            obj = text_object(probe)
            box = [ctypes.c_float() for _ in range(4)]
            raw.FPDFPageObj_GetBounds(obj, *box)
            raw.FPDFPageObj_Destroy(obj)
            spans.append(box[2].value - box[0].value)
        return spans[0] - spans[1]

    def put(text: str, x: float, y: float) -> None:
        obj = text_object(text)
        raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
        raw.FPDFPage_InsertObject(page.raw, obj)

    y = 780.0
    for line in lines:
        x = 540.0
        shown = _display(line)
        if whole_line:
            put(shown, x - width(shown), y)
        else:
            for ch in reversed(shown):
                x -= width(ch) if ch != " " else 0.3 * size
                if ch != " ":
                    put(ch, x, y)
        y -= 40.0  # paragraphs apart
    raw.FPDFPage_GenerateContent(page.raw)
    doc.save(str(path))
    return path


@pytest.mark.skipif(not _FONT.exists(), reason="needs a font with Arabic and Hebrew")
@pytest.mark.parametrize("whole_line", [False, True])
def test_pdf_reads_arabic_and_hebrew_in_reading_order(tmp_path: Path, whole_line: bool) -> None:
    from briefing.ingest.readers.pdf import read_pdf

    lines = ["قرأ الطالب الكتاب الجديد", "زار الوفد المدينة عام 2024", "שלום לכל החברים"]
    pdf = _rtl_pdf(tmp_path / "rtl.pdf", lines, whole_line)
    texts = [line.text for line in read_pdf(pdf).lines]
    for expected in lines:
        assert any(expected in text for text in texts), texts

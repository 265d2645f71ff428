"""PDF characters with their font, size and position, read through PDFium's text page.

The result per page is a list of :class:`Piece` runs: characters with no space between
them, set in one font at one size on one baseline. Words, lines and superscripts are
built from pieces (``pdf_lines``); PDFium's own text order is the content stream's,
which often prints the page foot before the body, so only the geometry is kept.
"""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass

# Symbol/Wingdings bullets come out as private-use code points; show a real bullet.
_PUA = range(0xF000, 0xF100)
# Fonts of pictures, not letters: a bullet set in Wingdings without a character map
# reads as the letter of its code ("n" for a square, "l" for a disc, "ÿ" for an
# arrow, "Ø" for a pointer). Office documents print their bullets in these fonts, and
# a release sets no words in them: every glyph of theirs is a bullet.
_DINGBATS = ("wingdings", "webdings", "dingbats", "monotype sorts", "monotypesorts")
# Characters that end a piece without being printed in it (PDFium adds \r\n and spaces).
_BREAKS = frozenset(" \t\r\n\xa0\u2002\u2003\u2009\u202f\ufffe")
# The font flag bits PDF uses for italic and for "force bold" (PDF 32000, 9.8.2).
_ITALIC_FLAG = 1 << 6
_FORCE_BOLD_FLAG = 1 << 18


# A dense printed page holds some 10,000 characters (a newspaper page 30,000). Past this,
# a page is a machine's output, not print (one hostile file sets 357,000 one-letter runs
# on one page): its characters are read as text, in PDFium's order, without asking each
# one's font and place (six calls a character, seconds a page). Nothing is lost; only the
# page's layout (superscripts, sizes, columns) goes unread.
MAX_PLACED_CHARS = 60_000


@dataclass(slots=True)
class Piece:
    """A run of characters in one font on one baseline (y grows upwards, PDF units)."""

    text: str
    x0: float
    x1: float
    y: float  # baseline
    size: float
    bold: bool
    italic: bool
    barcode: bool = False
    sup: bool = False  # raised and smaller than its line: a note marker or an ordinal
    spaced: bool = False  # a space (printed or inferred by PDFium) came before it


def page_pieces(textpage, rotated: list[str], turned: int = 0) -> list[Piece]:
    """The pieces of one page, in the content stream's order; characters set sideways
    go to ``rotated``. ``turned`` (90 or 270): the page is shown turned by that many
    degrees, so text running up (90) or down (270) the page is read upright, placed as
    the reader sees it, and what stands upright on the unturned page is the sideways."""
    import pypdfium2.raw as raw

    # PDFium's own handle: the helper object answers ``_as_parameter_`` through a
    # property on each of the six calls a character makes (a page of 357,000 runs).
    textpage = getattr(textpage, "raw", textpage)
    count = raw.FPDFText_CountChars(textpage)
    if count <= 0:
        return []
    chars = _page_chars(raw, textpage, count)
    if count > MAX_PLACED_CHARS:
        return _unplaced_pieces(chars)
    box = raw.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    matrix = raw.FS_MATRIX()
    p_matrix = ctypes.byref(matrix)
    char_matrix = raw.FPDFText_GetMatrix
    flags = ctypes.c_int()
    name = ctypes.create_string_buffer(128)
    p_box, p_ox, p_oy, p_flags = (
        ctypes.byref(box),
        ctypes.byref(ox),
        ctypes.byref(oy),
        ctypes.byref(flags),
    )
    loose_box, origin = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetCharOrigin
    font_size, font_weight, font_info = (
        raw.FPDFText_GetFontSize,
        raw.FPDFText_GetFontWeight,
        raw.FPDFText_GetFontInfo,
    )
    styles: dict[tuple[bytes, int, int], tuple[bool, bool, bool, str]] = {}

    pieces: list[Piece] = []
    current: Piece | None = None
    chunk: list[str] = []
    spaced = False
    for i, ch in enumerate(chars):
        if ch in _BREAKS or ch < " ":
            if ch in "\x02\ufffe" and current is not None:
                chunk.append("-")  # PDFium's marks for a hyphen that ends a line
            if rotated and rotated[-1] != " ":
                rotated.append(" ")
            spaced = True
            if current is not None:
                current.text = "".join(chunk)
                pieces.append(current)
                current = None
            continue
        if not loose_box(textpage, i, p_box):
            continue
        origin(textpage, i, p_ox, p_oy)
        # The size set with Tf may be 1 with the real size in the text matrix.
        char_matrix(textpage, i, p_matrix)
        scale = math.hypot(matrix.c, matrix.d)
        size = round(font_size(textpage, i) * scale, 1)
        if turned:
            # (y grows upwards as the turned page is shown: 90 degrees clockwise puts
            # the page's right edge at the bottom.)
            up = matrix.b if turned == 90 else -matrix.b
            if up <= 0.8 * scale or abs(matrix.a) > 0.2 * scale:
                rotated.append(ch)
                spaced = True
                continue
        elif abs(matrix.b) > 0.2 * scale or matrix.d <= 0:
            rotated.append(ch)  # text set sideways in a margin: not part of the flow
            spaced = True
            continue
        weight = font_weight(textpage, i)
        font_info(textpage, i, name, 128, p_flags)
        key = (name.value, flags.value, weight)
        style = styles.get(key)
        if style is None:
            style = styles[key] = _style(*key)
        bold, italic, barcode, symbols = style
        if turned == 90:
            x0, x1, y = oy.value, box.top, -ox.value
        elif turned == 270:
            x0, x1, y = -oy.value, -box.bottom, ox.value
        else:
            x0, x1, y = ox.value, box.right, oy.value
        if x1 < x0:  # a zero-width or odd glyph box: keep the origin
            x1 = x0
        if current is not None and (
            current.size != size
            or current.bold != bold
            or current.italic != italic
            or abs(current.y - y) > 0.1 * size
            or not -0.2 * size <= x0 - current.x1 <= 0.12 * size
        ):
            current.text = "".join(chunk)
            pieces.append(current)
            current = None
        if ord(ch) in _PUA or symbols == "dingbats" or (symbols == "symbol" and ch == "?"):
            # (The Symbol font's bullet comes out as "?" where its character map
            # lacks it; a question mark is never set in Symbol.)
            ch = "•"
        if current is None:
            current = Piece("", x0, x1, y, size, bold, italic, barcode, spaced=spaced)
            chunk = [ch]
            spaced = False
        else:
            chunk.append(ch)
            current.x1 = max(current.x1, x1)
    if current is not None:
        current.text = "".join(chunk)
        pieces.append(current)
    return [p for p in pieces if p.size > 0]


def _unplaced_pieces(chars: list[str]) -> list[Piece]:
    """The page's words as pieces on made-up lines (12 points apart, one a line of
    PDFium's text), each word after the first marked as spaced."""
    pieces: list[Piece] = []
    lines = "".join(chars).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(lines):
        x, y = 0.0, 800.0 - 12.0 * number
        for index, word in enumerate(line.split()):
            width = 5.0 * len(word)
            pieces.append(Piece(word, x, x + width, y, 10.0, False, False, spaced=index > 0))
            x += width + 3.0
    return pieces


def _page_chars(raw, textpage, count: int) -> list[str]:
    """One string per character index (one call for the page, not one per character)."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = raw.FPDFText_GetText(textpage, 0, count, buffer)
    if written - 1 == count:
        chars = [chr(unit) for unit in buffer[:count]]
        if not any(0xD800 <= unit < 0xE000 for unit in buffer[:count]):
            return chars
    # Characters outside the BMP take two UTF-16 units: ask for each one.
    return [chr(raw.FPDFText_GetUnicode(textpage, i) or 32) for i in range(count)]


def _style(name: bytes, flags: int, weight: int) -> tuple[bool, bool, bool, str]:
    """(bold, italic, barcode, symbols) from the font's name, flags and weight;
    ``symbols`` is "dingbats" for a picture font, "symbol" for Symbol, else ""."""
    lowered = name.decode("latin-1").lower()
    # Subset fonts carry a tag: "ABCDEF+Wingdings-Regular".
    base = lowered.split("+", 1)[-1]
    symbols = "dingbats" if any(word in base for word in _DINGBATS) else ""
    symbols = symbols or ("symbol" if base.startswith("symbol") else "")
    bold = weight >= 600 or bool(flags & _FORCE_BOLD_FLAG)
    bold = bold or any(word in lowered for word in ("bold", "black", "heavy", "semibold"))
    italic = bool(flags & _ITALIC_FLAG) or "italic" in lowered or "oblique" in lowered
    return bold, italic, "barcode" in lowered or "3of9" in lowered, symbols

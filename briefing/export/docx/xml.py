"""Fast WordprocessingML builders: paragraphs and runs as lxml elements, styles by id.

python-docx's ``add_paragraph(style="Name")`` looks the style up by name on every call
(about 1 ms each) and walks the body to append; for a 10,000-paragraph annex that is most
of the export. These helpers take a style *id* resolved once and append with
``etree.SubElement``, which builds the element in the target document so python-docx's
element classes still apply when it reads the tree afterwards.
"""

from __future__ import annotations

import re
import unicodedata

from docx.oxml.ns import qn
from lxml import etree

from briefing.export.clean import INVALID as _INVALID
from briefing.export.clean import strip_invalid
from briefing.export.docx.schema import add_property
from briefing.rtl import first_strong, has_rtl

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# Tags used per paragraph, resolved once (qn() parses the prefix on every call).
P, PPR, PSTYLE, R, RPR, RSTYLE, T, TAB, VAL = (
    qn("w:p"),
    qn("w:pPr"),
    qn("w:pStyle"),
    qn("w:r"),
    qn("w:rPr"),
    qn("w:rStyle"),
    qn("w:t"),
    qn("w:tab"),
    qn("w:val"),
)
RFONTS, LANG, HINT, EAST_ASIA = qn("w:rFonts"), qn("w:lang"), qn("w:hint"), qn("w:eastAsia")
RTL, BIDI = qn("w:rtl"), qn("w:bidi")

_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_CJK = re.compile(
    r"[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    r"\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
)


def east_asian_lang(text: str) -> str:
    """The w:lang/@w:eastAsia value for text with CJK characters, or "" when it has none."""
    if not _CJK.search(text):
        return ""
    if _HANGUL.search(text):
        return "ko-KR"
    if _KANA.search(text):
        return "ja-JP"
    return "zh-CN"


class Builder:
    """Appends paragraphs and runs; ``east_asian_font`` is set on runs with CJK text."""

    def __init__(self, east_asian_font: str) -> None:
        self.east_asian_font = east_asian_font

    def paragraph(self, parent: etree._Element, style_id: str | None) -> etree._Element:
        p = etree.SubElement(parent, P)
        if style_id:
            etree.SubElement(etree.SubElement(p, PPR), PSTYLE, {VAL: style_id})
        return p

    def ppr(self, p: etree._Element) -> etree._Element:
        """The paragraph's w:pPr, created first if missing (it must be the first child)."""
        ppr = p.find(PPR)
        if ppr is None:
            ppr = p.makeelement(PPR)
            p.insert(0, ppr)
        return ppr

    def run(self, parent: etree._Element, text: str, style_id: str | None = None) -> etree._Element:
        if text and _INVALID.search(text):
            # Last line of defence (the note is cleaned when built): lxml refuses these.
            text = strip_invalid(text)
        r = etree.SubElement(parent, R)
        # isascii() is a fast C check that skips the CJK regex for most runs.
        lang = east_asian_lang(text) if text and not text.isascii() else ""
        if style_id or lang:
            rpr = etree.SubElement(r, RPR)
            if style_id:
                etree.SubElement(rpr, RSTYLE).set(VAL, style_id)
            if lang:
                # Korean set in a font that has Hangul: w:eastAsia names it, the hint makes
                # Word use it for shared punctuation too, w:lang picks Korean line breaking.
                fonts = etree.SubElement(rpr, RFONTS)
                fonts.set(EAST_ASIA, self.east_asian_font)
                fonts.set(HINT, "eastAsia")
                etree.SubElement(rpr, LANG).set(EAST_ASIA, lang)
        if lang == "" and text and not text.isascii() and has_rtl(text):
            self._right_to_left(parent, r, text)
        if text:
            self._text(r, text)
        return r

    @staticmethod
    def _right_to_left(parent: etree._Element, r: etree._Element, text: str) -> None:
        """Arabic or Hebrew text: its paragraph is right-to-left (w:bidi: read from the
        right, set flush right) when its first letter with a direction is right-to-left
        (the Unicode bidi algorithm's rule P2 for a paragraph's direction); a run with no
        Latin letter is right-to-left too (w:rtl, as Word marks typed Arabic), so its
        digits and punctuation stand where an Arabic reader expects them. A run mixing
        both scripts is left to Word's bidi algorithm."""
        if first_strong(text) != "R":
            return
        if not any(unicodedata.bidirectional(c) == "L" for c in text):
            rpr = r.find(RPR)
            if rpr is None:
                rpr = etree.SubElement(r, RPR)
            add_property(rpr, RTL)
        if parent.tag != P:
            return
        if first_strong("".join(t.text or "" for t in parent.iter(T))) == "":
            ppr = parent.find(PPR)
            if ppr is None:
                ppr = parent.makeelement(PPR)
                parent.insert(0, ppr)
            add_property(ppr, BIDI)

    @staticmethod
    def _text(r: etree._Element, text: str) -> None:
        if "\t" not in text:
            t = etree.SubElement(r, T)
            t.text = text
            if text[0].isspace() or text[-1].isspace():
                t.set(XML_SPACE, "preserve")
            return
        for i, piece in enumerate(text.split("\t")):
            if i:
                etree.SubElement(r, TAB)
            if piece:
                t = etree.SubElement(r, T)
                t.text = piece
                if piece[0].isspace() or piece[-1].isspace():
                    t.set(XML_SPACE, "preserve")

    def text_paragraph(
        self, parent: etree._Element, style_id: str | None, text: str, run_style: str | None = None
    ) -> etree._Element:
        p = self.paragraph(parent, style_id)
        self.run(p, text, run_style)
        return p


def set_keep_next(builder: Builder, p: etree._Element) -> None:
    add_property(builder.ppr(p), qn("w:keepNext"))


def page_break_before(builder: Builder, p: etree._Element) -> None:
    add_property(builder.ppr(p), qn("w:pageBreakBefore"))

"""Paragraph styles of a .docx: style id -> name, base, numbering and outline level."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.ingest.readers.docx_xml import NS, W, w_int, w_val

_HEADING = re.compile(r"^heading ([1-9])$")


@dataclass
class StyleInfo:
    """What the reader needs from one w:style."""

    name: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    outline: int | None
    bold: bool | None = None  # the style's own w:b, None when it does not say
    size: int | None = None  # the style's own w:sz (half-points)


def on_off(el) -> bool | None:
    """A WordprocessingML toggle (w:b, w:i): on unless w:val says 0/false/off."""
    if el is None:
        return None
    return el.get(f"{W}val", "1").lower() not in ("0", "false", "off", "none")


class Styles:
    """Paragraph styles from styles.xml, with basedOn inheritance resolved on demand."""

    def __init__(self, styles_el=None) -> None:
        self.by_id: dict[str, StyleInfo] = {}
        self.default_id: str | None = None
        # Character styles that raise their text (Word's "footnote reference" and any
        # style with vertAlign superscript): authors typing a note mark by hand apply
        # them instead of setting the superscript directly.
        self.superscript: set[str] = set()
        if styles_el is None:
            return
        for st in styles_el.findall("w:style", NS):
            if st.get(f"{W}type") == "character":
                name = (w_val(st, "w:name", "") or "").strip().lower()
                if w_val(st, "w:rPr/w:vertAlign") == "superscript" or name in (
                    "footnote reference",
                    "endnote reference",
                ):
                    self.superscript.add(st.get(f"{W}styleId", ""))
                continue
            if st.get(f"{W}type") not in ("paragraph", "numbering"):
                continue
            sid = st.get(f"{W}styleId", "")
            ppr = st.find("w:pPr", NS)
            num_pr = ppr.find("w:numPr", NS) if ppr is not None else None
            self.by_id[sid] = StyleInfo(
                name=(w_val(st, "w:name", sid) or sid),
                based_on=w_val(st, "w:basedOn"),
                num_id=w_val(num_pr, "w:numId") if num_pr is not None else None,
                ilvl=w_int(num_pr, "w:ilvl") if num_pr is not None else None,
                outline=w_int(ppr, "w:outlineLvl") if ppr is not None else None,
                bold=on_off(st.find("w:rPr/w:b", NS)),
                size=w_int(st, "w:rPr/w:sz"),
            )
            if st.get(f"{W}default") in ("1", "true") and st.get(f"{W}type") == "paragraph":
                self.default_id = sid

    def numbering_styles(self) -> dict[str, str]:
        """Numbering-style id -> numId, for abstractNums linked via w:numStyleLink."""
        return {sid: s.num_id for sid, s in self.by_id.items() if s.num_id}

    def _chain(self, style_id: str | None):
        seen: set[str] = set()
        sid = style_id or self.default_id
        while sid and sid not in seen and sid in self.by_id:
            seen.add(sid)
            yield self.by_id[sid]
            sid = self.by_id[sid].based_on

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        """The (numId, ilvl) a style applies, inherited through basedOn."""
        for info in self._chain(style_id):
            if info.num_id is not None:
                return info.num_id, info.ilvl
        return None, None

    def outline_level(self, style_id: str | None) -> int | None:
        """The style's outline level (0-8 headings, 9 body), inherited through basedOn."""
        for info in self._chain(style_id):
            if info.outline is not None:
                return info.outline
        return None

    def bold(self, style_id: str | None) -> bool:
        """Whether the style sets its text in bold, inherited through basedOn."""
        for info in self._chain(style_id):
            if info.bold is not None:
                return info.bold
        return False

    def size(self, style_id: str | None) -> int:
        """The style's font size in half-points, inherited (0 when none says)."""
        for info in self._chain(style_id):
            if info.size is not None:
                return info.size
        return 0

    def hint(self, style_id: str | None) -> str:
        """The Line.style hint for a paragraph style name ("" when it says nothing)."""
        info = self.by_id.get(style_id or "") if style_id else None
        if info is None:
            return ""
        name = info.name.strip().lower()
        if m := _HEADING.match(name):
            return f"heading{min(int(m.group(1)), 6)}"
        if name == "title":
            return "title"
        if name == "subtitle":
            return "subtitle"
        if name in ("quote", "intense quote"):
            return "quote"
        if name == "caption":
            return "caption"
        # "List Paragraph" etc. only indent; a paragraph is a list item when it is
        # numbered, which the reader decides from w:numPr.
        return ""

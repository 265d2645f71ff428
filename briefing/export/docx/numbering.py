"""Numbered lists that restart: one new ``w:num`` per list, each with a startOverride.

Word continues a numbering instance (``w:num``) across the whole document, so a style with
numbering never restarts by itself. Every list the note starts (key points, the
recommendations) gets its own ``w:num`` on the same abstract definition with
``<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>``; its paragraphs carry that
numId directly.
"""

from __future__ import annotations

import copy

from docx.document import Document
from docx.oxml.ns import qn
from lxml import etree

from briefing.export.docx.schema import add_property
from briefing.export.docx.template import default_numbering_xml
from briefing.export.docx.xml import Builder

_ABSTRACT, _NUM, _VAL = qn("w:abstractNum"), qn("w:num"), qn("w:val")
_ABSTRACT_ID, _NUM_ID = qn("w:abstractNumId"), qn("w:numId")


class Lists:
    """Starts restartable lists based on the numbering of the list style."""

    def __init__(self, document: Document, list_style_id: str) -> None:
        self.numbering = document.part.numbering_part.element
        self.abstract_id = self._abstract_for_style(document, list_style_id)
        if self.abstract_id is None:
            self.abstract_id = self._import_default(list_style_id)
        used = [int(n.get(_NUM_ID)) for n in self.numbering.iter(_NUM)]
        self._next_id = max(used, default=0) + 1

    def _abstract_for_style(self, document: Document, style_id: str) -> str | None:
        styles = document.styles.element
        for style in styles.iter(qn("w:style")):
            if style.get(qn("w:styleId")) != style_id:
                continue
            num_id = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{_NUM_ID}")
            if num_id is None:
                return None
            for num in self.numbering.iter(_NUM):
                if num.get(_NUM_ID) == num_id.get(_VAL):
                    abstract = num.find(_ABSTRACT_ID)
                    return abstract.get(_VAL) if abstract is not None else None
        return None

    def _import_default(self, list_style_id: str) -> str:
        """Copy the default template's key-point list definition into this document."""
        default = etree.fromstring(default_numbering_xml())
        abstract = copy.deepcopy(default.find(_ABSTRACT))
        used = [int(a.get(_ABSTRACT_ID)) for a in self.numbering.iter(_ABSTRACT)]
        new_id = str(max(used, default=0) + 1)
        abstract.set(_ABSTRACT_ID, new_id)
        for link in abstract.iter(qn("w:pStyle")):
            link.set(_VAL, list_style_id)
        # Schema order: every w:abstractNum before the first w:num.
        first_num = self.numbering.find(_NUM)
        if first_num is None:
            self.numbering.append(abstract)
        else:
            first_num.addprevious(abstract)
        return new_id

    def start(self) -> str:
        """A new numbering instance that starts at 1; returns its numId."""
        num_id = str(self._next_id)
        self._next_id += 1
        num = etree.SubElement(self.numbering, _NUM)
        num.set(_NUM_ID, num_id)
        etree.SubElement(num, _ABSTRACT_ID).set(_VAL, str(self.abstract_id))
        override = etree.SubElement(num, qn("w:lvlOverride"))
        override.set(qn("w:ilvl"), "0")
        etree.SubElement(override, qn("w:startOverride")).set(_VAL, "1")
        return num_id


def number_paragraph(builder: Builder, p: etree._Element, num_id: str) -> None:
    """Put ``p`` in list ``num_id`` at level 0 (numPr at its schema place in pPr)."""
    num_pr = add_property(builder.ppr(p), qn("w:numPr"))
    etree.SubElement(num_pr, qn("w:ilvl")).set(_VAL, "0")
    etree.SubElement(num_pr, _NUM_ID).set(_VAL, num_id)

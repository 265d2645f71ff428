"""Word comments: staff annotations with author, initials, date and text.

python-docx 1.2 has ``Document.add_comment(runs, text, author, initials)``, but it needs
whole runs to anchor on, stamps the comment with the current time, and finds the next id
by scanning every existing comment (quadratic in the number of comments). Here the comment
part is filled directly and the range markers are placed by the annex writer at exact
character offsets, with the annotation's own date.
"""

from __future__ import annotations

import datetime as dt

from docx.document import Document
from docx.oxml.ns import qn
from lxml import etree

from briefing.export.docx.styles import StyleMap
from briefing.export.docx.xml import Builder
from briefing.export.note import NoteComment

_ID = qn("w:id")


class Comments:
    """The document's comments part plus the markers that anchor each comment."""

    def __init__(self, document: Document, builder: Builder, styles: StyleMap) -> None:
        self.document = document
        self.builder = builder
        self.text_style = styles["comment_text"]
        self.ref_style = styles["comment_reference"]
        self._element: etree._Element | None = None
        self._next_id = 0
        self.count = 0

    @property
    def element(self) -> etree._Element:
        # Created on first use so a note without annotations has no comments part.
        if self._element is None:
            self._element = self.document.part._comments_part.element
            for old in list(self._element):
                self._element.remove(old)
        return self._element

    def add(self, comment: NoteComment, prefix: str = "") -> str:
        """Store the comment's text; returns the id the range markers must use."""
        comment_id = str(self._next_id)
        self._next_id += 1
        self.count += 1
        node = etree.SubElement(self.element, qn("w:comment"))
        node.set(_ID, comment_id)
        node.set(qn("w:author"), comment.author)
        node.set(qn("w:initials"), comment.initials)
        if comment.date is not None:
            node.set(qn("w:date"), _w3c(comment.date))
        lines = (prefix + comment.text).split("\n") or [""]
        for index, line in enumerate(lines):
            p = self.builder.paragraph(node, self.text_style)
            if index == 0:
                # The annotationRef run is how Word ties the comment's text to its mark.
                r = self.builder.run(p, "", self.ref_style)
                etree.SubElement(r, qn("w:annotationRef"))
            self.builder.run(p, line)
        return comment_id

    @staticmethod
    def range_start(parent: etree._Element, comment_id: str) -> None:
        etree.SubElement(parent, qn("w:commentRangeStart")).set(_ID, comment_id)

    def range_end(self, parent: etree._Element, comment_id: str) -> None:
        """Close the range and add the reference mark that Word shows in the text."""
        etree.SubElement(parent, qn("w:commentRangeEnd")).set(_ID, comment_id)
        r = self.builder.run(parent, "", self.ref_style)
        etree.SubElement(r, qn("w:commentReference")).set(_ID, comment_id)


def _w3c(moment: dt.datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")

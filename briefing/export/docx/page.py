"""Page setup, the classification banner top and bottom, and "Page X of Y"."""

from __future__ import annotations

from docx.document import Document
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Twips
from lxml import etree

from briefing.export.docx.fields import add_page_x_of_y
from briefing.export.docx.schema import add_property
from briefing.export.docx.styles import StyleMap
from briefing.export.docx.xml import Builder
from briefing.export.errors import ExportError
from briefing.export.labels import ENGLISH, Labels

# Portrait sizes in twips (1/1440 inch).
PAPER = {"a4": (11906, 16838), "letter": (12240, 15840)}


def set_paper(document: Document, paper: str) -> None:
    """Set every section to ``paper``, keeping the template's margins."""
    try:
        width, height = PAPER[paper.lower()]
    except KeyError as error:
        raise ExportError(paper, f"unknown paper size (choose from {', '.join(PAPER)})") from error
    for section in document.sections:
        section.page_width = Twips(width)
        section.page_height = Twips(height)


def text_width(section: Section) -> int:
    """Width between the margins in twips: where the right-aligned tab stop goes."""
    return int((section.page_width - section.left_margin - section.right_margin) / 635)


def write_banners(
    document: Document,
    builder: Builder,
    styles: StyleMap,
    classification: str,
    file_number: str,
    draft: bool = False,
    labels: Labels = ENGLISH,
) -> None:
    """Classification at the top and bottom of every page; page X of Y in the footer.

    A draft (a brief not marked reviewed) also says so in every page's header, under
    the marking, in bold red: a printed page cannot lose it.

    The running header and footer are replaced. A house template's first-page and
    even-page headers and footers are its letterhead (crest, address, reference line):
    their content is kept and the marking added above it in the header and below it in
    the footer, so no page goes out without its marking and none loses its letterhead.
    """
    from briefing.export.docx.house import has_content

    even = document.settings.odd_and_even_pages_header_footer
    for section in document.sections:
        width = text_width(section)
        headers = [(section.header, False)]
        footers = [(section.footer, False)]
        if section.different_first_page_header_footer:
            headers.append((section.first_page_header, True))
            footers.append((section.first_page_footer, True))
        if even:
            headers.append((section.even_page_header, True))
            footers.append((section.even_page_footer, True))
        for header, keep in headers:
            header.is_linked_to_previous = False
            element = header._element
            kept = _take_children(element, keep and has_content(element))
            builder.text_paragraph(element, styles["classification"], classification)
            if draft:
                _draft_mark(builder, element, styles["classification"], labels.draft_mark)
            element.extend(kept)
        for footer, keep in footers:
            footer.is_linked_to_previous = False
            element = footer._element
            element.extend(_take_children(element, keep and has_content(element)))
            line = builder.paragraph(element, styles["footer"])
            _right_tab(builder, line, width, _style_tab_stops(document, styles["footer"]))
            if file_number:
                builder.run(line, labels.file_number.format(file_number))
            builder.run(line, "\t")
            add_page_x_of_y(builder, line, words=labels.page)
            builder.text_paragraph(element, styles["classification"], classification)


def _draft_mark(builder: Builder, parent: etree._Element, style: str, mark: str) -> None:
    p = builder.paragraph(parent, style)
    run = builder.run(p, mark)
    rpr = run.find(qn("w:rPr"))  # a CJK mark already has one (its East Asian font)
    if rpr is None:
        rpr = run.makeelement(qn("w:rPr"))
        run.insert(0, rpr)
    add_property(rpr, qn("w:b"))
    add_property(rpr, qn("w:color")).set(qn("w:val"), "C00000")


def _take_children(element: etree._Element, keep: bool) -> list[etree._Element]:
    """Remove every child of a header or footer; return them when they are to be kept."""
    children = list(element)
    for child in children:
        element.remove(child)
    return children if keep else []


def _style_tab_stops(document: Document, style_id: str) -> list[int]:
    """Tab positions the paragraph style defines (a house footer often has a centre tab)."""
    for style in document.styles.element.iter(qn("w:style")):
        if style.get(qn("w:styleId")) == style_id:
            return [
                int(t.get(qn("w:pos")))
                for t in style.iter(qn("w:tab"))
                if t.get(qn("w:pos"), "").lstrip("-").isdigit()
            ]
    return []


def _right_tab(builder: Builder, p: etree._Element, position: int, clear: list[int]) -> None:
    # Replace the style's tab stops with one right-aligned stop at the margin, so the
    # page number lands there whatever the paper size or the house footer's stops.
    tabs = add_property(builder.ppr(p), qn("w:tabs"))
    stops = [("clear", pos) for pos in sorted(set(clear)) if pos != position]
    for value, pos in [*stops, ("right", position)]:
        tab = etree.SubElement(tabs, qn("w:tab"))
        tab.set(qn("w:val"), value)
        tab.set(qn("w:pos"), str(pos))

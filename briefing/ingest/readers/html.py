"""HTML pages: main text via trafilatura, walked into one Line per block."""

from __future__ import annotations

import re
from pathlib import Path

from briefing.ingest.errors import ReleaseReadError
from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.readers.decode import decode_bytes
from briefing.ingest.readers.html_text import inline_text, squash
from briefing.ingest.readers.limits import read_bytes

NO_TEXT = "no readable text found in the page"

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_HAS_ROOT = re.compile(r"<(?:html|body)[\s>]", re.I)
_LANG = re.compile(r"""<html[^>]*\blang\s*=\s*["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)""", re.I)
# Trafilatura falls back to any heading for the title; only a real title source counts.
_TITLE_SOURCE = re.compile(r"<title[\s>]|<h1[\s>]|<meta[^>]+(?:og:title|[\"']title[\"'])", re.I)
# Trafilatura's inline elements that still separate words.
_SPACED = ("head", "p", "item", "cell", "row", "lb", "list", "quote")


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag within its first 4 KB, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def read_html(path: Path) -> Extracted:
    """Read an .html/.htm file: decode it, then :func:`extract_html`."""
    data = read_bytes(path)
    text, encoding = decode_bytes(data, path, declared_charset(data))
    return extract_html(text, path, encoding)


def extract_html(html: str, source: Path | str = "page", encoding: str = "") -> Extracted:
    """Main text of an HTML document as block Lines plus page metadata.

    Raises ReleaseReadError when neither trafilatura nor the plain fallback walk finds
    any text.
    """
    import trafilatura  # heavy; imported only when a page is read

    if not _HAS_ROOT.search(html):
        # A bare fragment (e.g. a CMS body field) is all content, but trafilatura drops
        # some of its headings unless it is marked as an article.
        html = f"<html><body><article>{html}</article></body></html>"
    xml = trafilatura.extract(
        html,
        output_format="xml",
        include_formatting=True,
        include_comments=False,
        include_tables=True,
        include_links=False,
        include_images=False,
        favor_recall=True,  # precision mode drops lists in notes to editors
        with_metadata=True,
        # Only dates from the page's markup: the text search finds "2003/04" in a sentence.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    lines: list[Line] = []
    metadata: dict[str, str] = {}
    if xml:
        lines, metadata = _from_trafilatura_xml(xml)
    if len(lines) <= 1:
        # Nothing, or trafilatura's "baseline" rescue: all body text (menus included)
        # glued into one paragraph. A structural walk of <body> does better.
        from briefing.ingest.readers.html_fallback import fallback_lines

        walked = fallback_lines(html)
        if len(walked) > len(lines):
            lines = walked
    if not any(line.text for line in lines):
        raise ReleaseReadError(source, NO_TEXT)
    if not _TITLE_SOURCE.search(html):
        metadata.pop("title", None)
    if m := _LANG.search(html[:4096]):
        metadata["language"] = m.group(1).lower()
    _place_title(lines, metadata)
    return Extracted(
        lines=lines,
        format="html",
        blocks_are_paragraphs=True,
        join_wraps=False,
        encoding=encoding,
        metadata=metadata,
    )


def _from_trafilatura_xml(xml: str) -> tuple[list[Line], dict[str, str]]:
    from lxml import etree

    try:
        doc = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError:
        return [], {}
    metadata = {
        key: squash(doc.get(attr, ""))
        for key, attr in (
            ("title", "title"),
            ("date", "date"),
            ("url", "url"),
            ("issuer", "sitename"),
        )
        if squash(doc.get(attr, ""))
    }
    lines: list[Line] = []
    main = doc.find("main")
    if main is not None:
        _walk(main, lines, style="")
    return [line for line in lines if line.text], metadata


def _walk(el, out: list[Line], style: str) -> None:
    """Append one Line per block child of ``el``; ``style`` is inherited (quotes)."""
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "head":
            rend = child.get("rend", "h2")
            level = rend[1:] if rend[:1] == "h" and rend[1:].isdigit() else "2"
            out.append(Line(squash(inline_text(child, spaced=_SPACED)), style=f"heading{level}"))
        elif tag == "list":
            _list(child, out, level=0)
        elif tag == "quote":
            if len(child) and all(c.tag in ("p", "list", "quote", "head") for c in child):
                _walk(child, out, style="quote")
            else:
                _paragraph(child, out, "quote")
        elif tag == "table":
            for row in child.iter("row"):
                cells = [squash(inline_text(c, spaced=_SPACED)) for c in row if c.tag == "cell"]
                if any(cells):
                    out.append(Line(" | ".join(cells), style="table"))
        elif tag in ("graphic", "comments"):
            continue
        elif tag in ("div", "section", "main") and len(child):
            _walk(child, out, style)
        elif tag:
            _paragraph(child, out, style)


def _paragraph(el, out: list[Line], style: str) -> None:
    """A paragraph; explicit line breaks (<lb/>) split it, e.g. address blocks."""
    from lxml import etree

    marker = "\ue000"  # private-use character: cannot occur in the page text we keep
    copy = etree.fromstring(etree.tostring(el))
    for lb in copy.iter("lb"):
        lb.tail = marker + (lb.tail or "")
    for part in inline_text(copy, skip=("lb",), spaced=_SPACED).split(marker):
        if text := squash(part):
            out.append(Line(text, style=style))


def _list(el, out: list[Line], level: int) -> None:
    ordered = el.get("rend", "") == "ol"
    number = 0
    for child in el:
        if child.tag == "list":  # invalid but common: <ul><ul>..</ul></ul>
            _list(child, out, level + 1)
            continue
        if child.tag != "item":
            continue
        number += 1
        text = squash(inline_text(child, skip=("list",), spaced=_SPACED))
        if text:
            out.append(
                Line(text, style="list-item", level=level, label=f"{number}." if ordered else "")
            )
        for nested in child.iter("list"):
            if _outermost_in(nested, child):
                _list(nested, out, level + 1)


def _outermost_in(nested, item) -> bool:
    """True when no other <list> lies between ``nested`` and ``item``."""
    parent = nested.getparent()
    while parent is not None and parent is not item:
        if parent.tag == "list":
            return False
        parent = parent.getparent()
    return True


def _norm_title(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def _place_title(lines: list[Line], metadata: dict[str, str]) -> None:
    """Make the page title the first Line (style "title") unless the body opens with it.

    When the body's first heading is a prefix of the <title> ("Headline | News | Site"),
    that heading is the title: restyle it and keep the cleaner text as metadata.
    """
    title = metadata.get("title")
    if not title:
        return
    first = next((i for i, line in enumerate(lines) if line.text), None)
    if first is not None:
        head = lines[first]
        nt, nh = _norm_title(title), _norm_title(head.text)
        if nh and (nt == nh or (head.style.startswith("heading") and nt.startswith(nh))):
            head.style = "title"
            metadata["title"] = head.text
            return
    lines.insert(0, Line(title, style="title"))

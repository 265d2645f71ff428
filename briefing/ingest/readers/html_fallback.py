"""Plain lxml walk of <body> for pages where trafilatura finds no main text."""

from __future__ import annotations

from briefing.ingest.extracted import Line
from briefing.ingest.readers.html_text import inline_text, squash

# Page furniture, never release text.
_DROP = (
    "nav",
    "header",
    "footer",
    "script",
    "style",
    "aside",
    "noscript",
    "template",
    "form",
    "svg",
    "button",
    "iframe",
    "head",
)
_BLOCKS = frozenset(
    (
        "address",
        "article",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
        "br",
        "hr",
        "caption",
    )
)


def fallback_lines(html: str) -> list[Line]:
    """One Line per run of inline text between block boundaries in <body>."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    for el in list(root.iter(*_DROP)):
        if el.getparent() is not None:
            el.drop_tree()  # keeps the tail text
    etree.strip_elements(root, etree.Comment, with_tail=False)
    body = root.find("body")
    out: list[Line] = []
    _visit(body if body is not None else root, out, style="", level=-1)
    return [line for line in out if line.text]


def _style_for(tag: str, inherited: str) -> str:
    if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
        return f"heading{tag[1]}"
    if tag == "li":
        return "list-item"
    if tag == "blockquote":
        return "quote"
    if tag in ("td", "th"):
        return "table"
    return inherited


def _visit(el, out: list[Line], style: str, level: int) -> None:
    buf: list[str] = [el.text or ""]

    def flush() -> None:
        if text := squash("".join(buf)):
            out.append(Line(text, style=style, level=max(level, 0)))
        buf.clear()

    for child in el:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag in _BLOCKS:
            flush()
            child_level = level + 1 if tag in ("ul", "ol") else level
            _visit(child, out, _style_for(tag, style), child_level)
        elif tag:
            buf.append(inline_text(child))
        buf.append(child.tail or "")
    flush()

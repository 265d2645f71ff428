"""Helpers shared by the HTML readers: whitespace, inline text, element kinds."""

from __future__ import annotations

import re
from collections.abc import Iterable

_WS = re.compile(r"\s+")
_TOKEN = re.compile(r"[a-z0-9]+")

HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# Elements that start a new block of text (everything else flows inline).
BLOCKS = frozenset(
    (
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        *HEADINGS,
    )
)


def squash(text: str) -> str:
    """Collapse HTML whitespace (NBSP included) to single spaces and strip."""
    return _WS.sub(" ", text.replace("\xa0", " ")).strip()


def text_of(el) -> str:
    """All text inside ``el`` (the parser already left out comments)."""
    return "".join(el.itertext())


def words_within(el, limit: int) -> list[str] | None:
    """The words of ``el``'s text (``text_of(el).split()``), or None once they pass
    ``limit``: a test of a short box asked of every box of the page stops reading a
    large one after a few words, instead of joining its whole text at each level of
    its nesting (quadratic on a deeply nested 5 MB page)."""
    pieces: list[str] = []
    count = 0
    glued = False  # the text so far ends inside a word: the next piece may carry it on
    for piece in el.itertext():
        if not piece:
            continue
        n = len(piece.split())
        if n and glued and not piece[0].isspace():
            n -= 1  # ("<b>Ab</b>c": one word over two pieces)
        count += n
        if count > limit:
            return None
        pieces.append(piece)
        glued = not piece[-1].isspace()
    return "".join(pieces).split()


def chars_within(el, limit: int) -> int | None:
    """``len(squash(text_of(el)))``, or None once it passes ``limit``: a test of a small
    box asked of many elements up their wrappers stops reading a large one early,
    instead of joining a whole table's text for each of its cells (quadratic)."""
    pieces: list[str] = []
    least = 0  # the pieces' squashed lengths: no more than the whole's
    for piece in el.itertext():
        pieces.append(piece)
        least += len(squash(piece))
        if least > limit:
            return None
    chars = len(squash("".join(pieces)))
    return chars if chars <= limit else None


def is_inside(el, ancestor) -> bool:
    """Whether ``el`` lies within ``ancestor`` (not ``ancestor`` itself)."""
    return any(node is ancestor for node in el.iterancestors())


def within_tag(el, tag: str, stop) -> bool:
    """Whether an element between ``el`` and ``stop`` (both left out) is a ``tag``: a time
    inside a link, a picture inside ``<noscript>``."""
    for ancestor in el.iterancestors():
        if ancestor is stop:
            return False
        if tag_of(ancestor) == tag:
            return True
    return False


def _ends_line(el) -> bool:
    return tag_of(el) in BLOCKS or tag_of(el) == "br"


# A line holding more elements than this beside one is running text or a row of links,
# never one box alone; the walk stops there (each element of a long row walking all its
# siblings was quadratic).
_LINE_ELEMENTS = 32


def alone_on_line(el) -> bool:
    """Nothing but ``el`` on its line of text: no loose words before it in its parent
    back to a line break or a block (the parent's text, the tails of the siblings before
    it) and none after it up to the next (its own tail, the tails of the siblings after
    it). A sibling element's own words are a box of its own (a caption's span beside a
    credit's); running text has its words between the elements."""
    prev = el.getprevious()
    seen = 0
    while prev is not None and not _ends_line(prev):
        seen += 1
        if squash(prev.tail or "") or seen > _LINE_ELEMENTS:
            return False  # "by the <a>island's</a> Port <span>": words before it
        prev = prev.getprevious()
    parent = el.getparent()
    before = prev.tail if prev is not None else (parent.text if parent is not None else "")
    if squash(before or "") or squash(el.tail or ""):
        return False
    nxt = el.getnext()
    while nxt is not None and not _ends_line(nxt):
        seen += 1
        if squash(nxt.tail or "") or seen > _LINE_ELEMENTS:
            return False
        nxt = nxt.getnext()
    return True


def tag_of(el) -> str:
    """Lower-case tag name; "" for comments and processing instructions."""
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def tokens(el) -> set[str]:
    """Words of an element's class, id and role ("ep-a_share" -> {"ep", "a", "share"})."""
    raw = " ".join((el.get("class") or "", el.get("id") or "", el.get("role") or ""))
    return set(_TOKEN.findall(raw.lower()))


def inline_text(el, skip: Iterable[str] = (), spaced: Iterable[str] = ()) -> str:
    """Text of ``el`` and its descendants, leaving out subtrees whose tag is in ``skip``
    (their tail text is kept) and putting spaces around tags in ``spaced`` so that
    "<h3>Name</h3>Press Officer" does not become "NamePress Officer"."""
    skip, spaced = frozenset(skip), frozenset(spaced)
    parts: list[str] = []

    def visit(node) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            tag = child.tag if isinstance(child.tag, str) else ""
            if not tag:  # comments, processing instructions
                pass
            elif tag in skip:
                parts.append(" ")
            elif tag in spaced:
                parts.append(" ")
                visit(child)
                parts.append(" ")
            else:
                visit(child)
            if child.tail:
                parts.append(child.tail)

    visit(el)
    return "".join(parts)

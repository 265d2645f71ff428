"""Helpers shared by the HTML readers: whitespace and inline text of an element tree."""

from __future__ import annotations

import re
from collections.abc import Iterable

_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    """Collapse HTML whitespace (NBSP included) to single spaces and strip."""
    return _WS.sub(" ", text.replace("\xa0", " ")).strip()


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

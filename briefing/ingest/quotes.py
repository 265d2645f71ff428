"""Quotations inside paragraphs, with the person who said them.

A quotation becomes a ``quote`` child of its paragraph when the sentence around it
names a speaker with a verb of saying ("Foreign Minister Chung said, “…”", "“…”, a
senior official warned"). "He" and "She" resolve to the last named speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from briefing.lazyre import lazy
from briefing.model import Node

SAYING = (
    r"(?:said|says|added|continued|stated|stressed|noted|emphasi[sz]ed|underlined|underscored|"
    r"highlighted|pointed out|observed|declared|remarked|"
    r"warned|urged|told|recalled|affirmed|reaffirmed|explained|insisted|concluded|"
    r"a déclaré|a ajouté|a souligné|declaró|afirmó|señaló|añadió)"
)
_QUOTE = lazy(r"[“\"]([^“”\"]{8,}?)[”\"]")
_PRONOUN = lazy(r"^(?:he|she|they|il|elle|él|ella)$", re.I)
_NAME_WORD = r"[A-Z][\w.’'-]*"
_BEFORE = lazy(
    rf"(?P<who>(?:{_NAME_WORD}\s+(?:of\s+the\s+|of\s+)?){{0,6}}{_NAME_WORD}|[Hh]e|[Ss]he|They)"
    rf"\s+(?:also\s+|further\s+|then\s+)?{SAYING}\b[^“\"”.]{{0,90}}$"
)
BEFORE_WINDOW = 600
_AFTER = lazy(rf"^[,]?\s*(?P<who>[^,.“”\"]{{3,90}}?)\s+(?:also\s+)?{SAYING}\b")
_LEADING_FILLER = lazy(r"^(?:Meanwhile|However|Moreover|Also|Then|In addition),?\s+", re.I)


def add_inline_quotes(root: Node, text: str) -> None:
    """Add quote children, in order, to paragraphs and items that quote someone."""
    last_speaker = ""
    # Where a quotation can open: most paragraphs have none, and are not scanned.
    openers = _positions(text, '“"')
    for node in list(root.walk()):
        if node.kind not in ("paragraph", "item"):
            if node.kind == "quote" and node.attrs.get("speaker"):
                last_speaker = node.attrs["speaker"]
            continue
        at = bisect_left(openers, node.body_start)
        if at == len(openers) or openers[at] >= node.end:
            continue
        quotes: list[Node] = []
        for m in _QUOTE.finditer(text, node.body_start, node.end):
            speaker = _speaker(text, node.body_start, m)
            if speaker is None:
                continue
            if _PRONOUN.match(speaker) or not speaker:
                speaker = last_speaker
            else:
                last_speaker = speaker
            quote = Node("", "quote", start=m.start(), end=m.end(), body_start=m.start())
            if speaker:
                quote.attrs["speaker"] = speaker
            quotes.append(quote)
        # Quotes are printed inside the paragraph, before its own sub-points.
        node.children[:0] = quotes


def _positions(text: str, chars: str) -> list[int]:
    """Sorted offsets of every occurrence of any of ``chars`` (str.find: a C scan)."""
    found: list[int] = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1)
    found.sort()
    return found


def _speaker(text: str, floor: int, m: re.Match[str]) -> str | None:
    """Who says the quotation, "" for an unresolved pronoun, None when nobody does."""
    sentence_start = max(text.rfind(". ", floor, m.start()) + 2, floor)
    # A speaker is named within a few words of the quotation; the window keeps
    # _BEFORE, which tries every start, linear in a sentence of any length.
    before = text[sentence_start : m.start()]
    found = _BEFORE.search(before[-BEFORE_WINDOW:])
    if found:
        return " ".join(_LEADING_FILLER.sub("", found.group("who")).split())
    after = text[m.end() : min(len(text), m.end() + 140)]
    found = _AFTER.match(after)
    if found and not found.group("who").strip().lower().startswith(("and ", "which ")):
        return " ".join(found.group("who").split())
    # A second quotation in a sentence that already named its speaker ("… and emphasized
    # the importance of “…”) has the same speaker. Only a second one: a first quotation
    # with no speaker is a name or a title ("the continued application of laws known as
    # “the Helms-Burton Act”", "the item entitled “…”"), whatever verb stands before it.
    if re.search(rf"\b{SAYING}\b", before) and re.search(r"[”\"]", before):
        return ""
    return None

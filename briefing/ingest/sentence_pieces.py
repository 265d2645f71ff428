"""Short lines that are pieces of a sentence, not crossheads.

A crosshead is a complete phrase that names the paragraphs under it. Two shapes of a
short line show instead that its sentence goes on past the line, whatever the issuer:

- the labelled item right under it starts in lower case ("The data must be" over
  "1. readable by anyone"): the line is the lead-in of a list its items complete, and a
  section's first paragraph or list item starts a sentence of its own, with a capital;
- the block under it opens on a mark that only follows words (", most recently ...",
  ". “We will ...", "; and"): a scrape or a browser copy that sets a link or a bold
  name on a line of its own leaves the rest of the sentence on the next line, and no
  paragraph opens on a comma or a full stop;
- it opens a bracket or a quotation it does not close, or closes one it never opened
  ("Telecommunication Services (State Gazette of the", "of the Ministry (No. 12)»"): a
  line break cut a parenthesis in two, and a heading is never cut so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

_OPEN_MARKS = "\"“‘«„'([{（"
_PAIRS = {"(": ")", "[": "]", "（": "）", "«": "»"}
# A list label printed with its closing bracket only ("B) SPECIES", "1) Scope").
_HALF_BRACKET_LABEL = lazy(r"^\s*\w{1,4}\)\s")


def runs_into_list(after: Block) -> bool:
    """Whether ``after``, a labelled item under a short line, starts in lower case (its
    words continue the line's sentence)."""
    label = after.label
    if label is None:
        return False
    body = after.text[label.body_offset :].lstrip(" \t" + _OPEN_MARKS)
    first = body[:1]
    return first.isalpha() and first.islower()


def continues_in_lower_case(after: Block) -> bool:
    """Whether ``after``, an unlabelled block under a short line, opens on a lower-case
    word (a line of the short line's sentence, "the Budgetary Relief Allowance" over "of
    Workers Act, ..."): a section's first paragraph starts a sentence of its own, with a
    capital, so the short line is a piece of a sentence, not a crosshead."""
    if after.label is not None or after.style:
        return False
    first = after.text.lstrip(" \t")[:1]
    return first.isalpha() and first.islower()


# Marks that follow a word and never open a paragraph: a comma, a semicolon, a closing
# bracket, or a full stop before a space (". . ." and ".5" aside).
_TRAILING_MARK = lazy(r"^[,;)\]]|^\.(?:\s+[^.\s]|$)")


def opens_on_trailing_mark(after: Block) -> bool:
    """Whether ``after``, the block under a short line, opens on a comma, a semicolon, a
    closing bracket or a full stop: the short line's sentence goes on in it."""
    if after.label is not None:
        return False
    return _TRAILING_MARK.match(after.text.lstrip(" \t")) is not None


def unbalanced_brackets(text: str) -> bool:
    """Whether ``text`` opens a bracket (or a « quotation) it does not close, or closes
    one it never opened."""
    if not any(mark in text for mark in "()[]（）«»"):
        return False  # (a quick test: most lines hold no bracket)
    text = _HALF_BRACKET_LABEL.sub("", text, count=1)
    for opening, closing in _PAIRS.items():
        depth = 0
        for ch in text:
            if ch == opening:
                depth += 1
            elif ch == closing:
                depth -= 1
                if depth < 0:
                    return True
        if depth:
            return True
    return False


# A line's sentence carried on past a dash at its end: "She is accompanied by the—",
# "That the House –", "In the said notification,—", "So, let me say —". Commonwealth
# parliaments and gazettes lead into a motion's or a list's terms with a dash where others
# print a colon, and a transcript marks a sentence broken off so. (A word or a comma before
# the dash: "- 2 -" is a page number, "Title 3—" a heading's first line.)
_LEAD_DASH = lazy(r"[^\W\d_],?\s?[—–―]$|[^\W\d_],?\s[-–—]$|[^\W\d_],[-—–]$")
_LOWER_WORD = lazy(r"\b[^\W\d_A-Z]*[a-zà-ÿ][^\W\d_]*\b")
LEAD_DASH_MIN_WORDS = 3


def ends_on_lead_dash(text: str) -> bool:
    """Whether ``text`` ends on a dash that leads into what follows (a lead-in, like one
    ending on a colon, or a sentence broken off): a sentence's piece, never a heading.
    A line in capitals ("CHICAGO —", a dateline) or of two words is left alone."""
    body = text.rstrip("*_ ")
    return (
        _LEAD_DASH.search(body) is not None
        and len(body.split()) >= LEAD_DASH_MIN_WORDS
        and _LOWER_WORD.search(body) is not None
    )

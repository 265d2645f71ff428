"""Numbered topic lines of a ministry's daily statements: "1 - Espagne - Attentat à
Barcelone (17 août 2017) - Rappel de la déclaration de M. ...".

A spokesperson's briefing or a digest of the day's official statements heads each item
with its number, a dash and the topic's parts set apart by dashes (country, subject,
date, kind of statement); the statement's text follows. A paragraph never opens with
a number and a spaced dash, and never strings its clauses with them and no full stop,
so such a line over prose heads its item.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.ingest.patterns import ends_sentence
from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

_DASH_TOPIC = lazy(r"^\d{1,2}\s+[-–—]\s+[A-ZÀ-Ý]")
_SEPARATOR = lazy(r"\s[-–—]\s")
TOPIC_MAX_WORDS = 40
TOPIC_MAX_LINES = 3


def topic_line(line: str) -> bool:
    """``line`` alone reads as a numbered topic line: number, dash, capital, more dashes
    or a closing date, and no sentence's end."""
    text = line.strip()
    if not _DASH_TOPIC.match(text) or len(text.split()) > TOPIC_MAX_WORDS:
        return False
    if ends_sentence(text) and not text.endswith(")"):
        return False
    return len(_SEPARATOR.findall(text)) >= 2 or text.endswith(")")


def dash_topic(blocks: list[Block], i: int) -> bool:
    """Block ``i`` is a numbered topic line (see the module's docstring) over prose."""
    block = blocks[i]
    text = " ".join(block.text.split())  # (a long topic keeps its wraps: two lines, three)
    if block.line_count > TOPIC_MAX_LINES or i + 1 >= len(blocks) or not topic_line(text):
        return False
    following = blocks[i + 1]
    return following.ends_sentence and following.word_count >= 8

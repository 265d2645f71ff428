"""A heading the page's style sets after the release's last paragraph of prose.

Web pages (and the Markdown and Word copies made of them) style the titles of the boxes
a site prints round a release exactly like the release's crossheads: "Related topics"
over links to other pages, "Published by" over an office's name, "Latest updates" over a
result count, the site's video channel over its copyright line. A crosshead names the
prose under it; a styled line with prose above it but none at all from it to the
release's end heads no part of the release: it is the caption of a box of the page, a
line of the text, never a section. Two kinds of section keep their heading with no
prose: the release's notes ("Sources" over its footnotes) and a contact card, whose
caption ``contact_captions`` judges. (A line with nothing under it is
``roles._heads_nothing``'s; a PDF's headings are guessed from type sizes and have this
shape in agendas and forms, so only headings an author styled are asked.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.ingest.segment import Block
from briefing.lazyre import lazy

SENTENCE_WORDS = 5  # a finished sentence of the release, not a count of results
LONG_WORDS = 15  # a citation or a picture's caption: the release's text, stop or none
# Sections that are the release's own with no prose: its notes, its tables; and a contact
# card, whose caption contact_captions judges.
_OWN_STYLES = frozenset({"footnote", "table"})
_OWN_KINDS = frozenset({"footnote", "contact"})
_DROPPED_KINDS = frozenset({"boilerplate", "removed", "category"})  # the page's, not text


def _words(block: Block, limit: int) -> int:
    """Words of ``block`` with a letter in them ("1 - 5 of 40 results." has two), after its
    list mark or number, counted up to ``limit``."""
    text = block.text
    if block.label is not None:
        text = text[block.label.body_offset :]
    count = 0
    for word in text.split():
        if any(c.isalpha() for c in word):
            count += 1
            if count >= limit:
                break
    return count


def is_prose(block: Block) -> bool:
    """A paragraph of the release's text: a finished sentence, not a question ("What is
    radon?" is a link's label), or a line as long as a citation."""
    if block.style.startswith("heading"):
        return False
    if block.ends_sentence and not block.text.rstrip().endswith("?"):
        return _words(block, SENTENCE_WORDS) >= SENTENCE_WORDS
    return block.word_count >= SENTENCE_WORDS and _words(block, LONG_WORDS) >= LONG_WORDS


def last_prose(blocks: Sequence[Block], kinds: Sequence[str], start: int) -> int | None:
    """The index of the last prose block from ``start`` on that the rules keep as text
    (the tail's rules may end the body before a last section they keep), or None.
    Searched from the end: its cost is the length of the tail, not of the text."""
    for k in range(len(blocks) - 1, start - 1, -1):
        if kinds[k] not in _DROPPED_KINDS and is_prose(blocks[k]):
            return k
    return None


def _is_section_head(blocks: Sequence[Block], kinds: Sequence[str], k: int) -> bool:
    """A styled line the rules keep as a heading (one read as a card's first line is no
    section's bound)."""
    return kinds[k] == "heading" and blocks[k].style.startswith("heading")


def _numbered(block: Block) -> bool:
    """A heading numbered in a series ("10. Last but not least"): the text's own part."""
    label = block.label
    return label is not None and not label.family.startswith("bullet")


# The name of a release's own apparatus, in the languages of the corpus: its notes, its
# sources, its references ("Anmerkungen", "Quellen", "Notas", "Références", "Примечания").
_APPARATUS = lazy(
    r"^(?:(?:end|foot)?notes?|sources?|references?|bibliography|anmerkungen|fußnoten"
    r"|fussnoten|endnoten|quellen(?:angaben)?|literatur|notas?(?: al pie)?|fuentes|fontes"
    r"|referencias|referências|notes de bas de page|références|bibliographie|fonti"
    r"|riferimenti|noten|bronnen|voetnoten|przypisy|źródła|примечания|сноски|источники"
    r"|注|注釈|脚注|出典|参考文献|각주|주석|출처)\s*:?$",
    re.I,
)


def _names_notes(block: Block) -> bool:
    """A heading that names the release's notes or sources ("Footnotes", "Sources",
    "Anmerkungen"): what is under it is the release's own apparatus even when written as
    plain numbered lines ("1: Executive Order ...") or links that no rule took for notes."""
    return _APPARATUS.match(block.text.strip()) is not None


def _heads_own_lines(blocks: Sequence[Block], kinds: Sequence[str], k: int) -> bool:
    """Whether heading ``k``'s section holds notes, a table or a contact card. It runs
    to the next heading, past the body's end (a table the tail rules took is still its)."""
    for j in range(k + 1, len(blocks)):
        if kinds[j] == "heading":
            return False
        if blocks[j].style in _OWN_STYLES or kinds[j] in _OWN_KINDS:
            return True
    return False


def closing_box_heads(
    blocks: Sequence[Block], kinds: Sequence[str], body_start: int, body_end: int
) -> list[int]:
    """Styled headings of the body after its last prose block, when prose comes before
    them, that head neither notes, a table nor a contact card: each heads a box of the
    page. ``kinds`` are the blocks' role kinds so far."""
    last = last_prose(blocks, kinds, body_start)
    if last is None:
        return []
    return [
        k
        for k in range(last + 1, body_end)
        if _is_section_head(blocks, kinds, k)
        and not _numbered(blocks[k])
        and not _names_notes(blocks[k])
        and not _heads_own_lines(blocks, kinds, k)
    ]

"""A numbered line whose neighbour numbers head sections heads a section too.

Minutes, reports and agreements number their sections "1. Economic developments",
"2. Financial environment", "3. ...". In text copied out of a PDF each such line is
judged alone by what lies under it (``roles._numbered_crosshead``): prose under "1."
makes it a heading, but a short first sentence under "2.", a sub-section's own heading
under "3." or a sub-list under "4." leaves those numbered paragraphs, so one sequence
comes out half headings, half paragraphs, and everything under the paragraphs one
level too deep. A document numbers one sequence one way: a short heading-shaped
numbered line (a capital first, no sentence's end, no lead-in colon) whose number's
neighbour in the same sequence, the number before or after it, was read as a numbered
heading is a heading as well, when content of its own follows it (not the next entry of
a list of short lines: an agenda's or a contents list's entries follow each other).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.ingest import patterns as P
from briefing.ingest.sentence_pieces import ends_on_lead_dash, unbalanced_brackets

if TYPE_CHECKING:
    from briefing.ingest.roles import Role
    from briefing.ingest.segment import Block

# The sequences sections are numbered in ("1.", "(1)", "a.", and "1.", "(1)" glued to
# a word of a script without capitals, "1.発言要旨").
SECTION_FAMILIES = frozenset(("decimal.", "(decimal)", "alpha.", "wide.", "(wide)"))
SHORT_MAX_WORDS = 12  # a section's title is a phrase (roles.is_short_line's measure)


def _heading_shaped(block: Block) -> bool:
    """A short phrase after the label: a capital (or a script without capitals) first,
    no sentence's end, no colon or dash leading into what follows, brackets closed."""
    label = block.label
    assert label is not None
    body = block.text[label.body_offset :].strip()
    if not body or "\n" in body:
        return False
    first = body[:1]
    if not (first.isupper() or "\u3040" <= first <= "\u9fff" or "\uac00" <= first <= "\ud7a3"):
        return False
    if len(body.split()) > SHORT_MAX_WORDS or P.ends_sentence(body):
        return False
    return not (
        body.endswith((":", "：", ",", ";")) or ends_on_lead_dash(body) or unbalanced_brackets(body)
    )


SENTENCE_MIN_WORDS = 4  # "Financial conditions were highly accommodative."


def _sentence(block: Block) -> bool:
    text = block.text.lstrip()
    return (
        block.label is None
        and block.ends_sentence
        and block.word_count >= SENTENCE_MIN_WORDS
        and not text[:1].islower()
    )


def _content_under(blocks: list[Block], i: int) -> bool:
    """Content of a section under block ``i``: a list of another family, a sentence, or
    a sub-section's heading over a sentence. Not a stub ("6. Votes" / "N/A"), not the
    entry's own words going on in lower case (a wrap the copy cut)."""
    after = blocks[i + 1]
    if after.label is not None:
        return after.label.family != blocks[i].label.family
    if _sentence(after):
        return True
    below = blocks[i + 2] if i + 2 < len(blocks) else None
    return (
        below is not None
        and after.text.strip()[:1].isupper()
        and len(after.text.split()) <= SHORT_MAX_WORDS
        and not P.ends_sentence(after.text)
        and _sentence(below)
    )


def _number(block: Block) -> int | None:
    return P.label_number(block.label.label) if block.label is not None else None


def _family(block: Block) -> str:
    return block.label.family if block.label is not None else ""


def _sibling_head(blocks: list[Block], roles: list[Role | None], i: int, end: int) -> bool:
    """Whether labelled paragraph ``i`` reads as a section's heading: a short phrase
    with a section's content under it, not in a run of entries of its own family."""
    role = roles[i]
    if role is None or role.kind != "paragraph" or role.label is None:
        return False
    if not _heading_shaped(blocks[i]) or i + 1 >= end:
        return False
    if _family(blocks[i + 1]) == _family(blocks[i]):
        return False  # nothing of its own under it: a list's entry
    return _content_under(blocks, i)


def sibling_section_heads(
    blocks: list[Block], roles: list[Role | None], start: int, end: int
) -> list[int]:
    """Indices of labelled paragraphs in ``start:end`` to read as numbered headings."""
    numbered: dict[str, list[int]] = {}
    for i in range(start, end):
        family = _family(blocks[i])
        if family in SECTION_FAMILIES and roles[i] is not None:
            numbered.setdefault(family, []).append(i)
    found: list[int] = []
    for indices in numbered.values():
        heads = {i for i in indices if roles[i].kind == "heading" and roles[i].label is not None}
        # A section made a heading vouches for its own neighbours: each entry is looked
        # at from the heading beside it, once (a worklist, linear in the entries).
        waiting = [k for k, i in enumerate(indices) if i in heads]
        while waiting:
            k = waiting.pop()
            head_number = _number(blocks[indices[k]])
            for j in (k - 1, k + 1):
                if not 0 <= j < len(indices) or indices[j] in heads:
                    continue
                i = indices[j]
                number = _number(blocks[i])
                if head_number is None or number is None or number - head_number != j - k:
                    # Not the number before or after the heading's: a sequence counts up,
                    # so the entry before "2." is "1." and the one after it "3."; a "1."
                    # after it starts another sequence (the next agenda item's sections,
                    # session 42).
                    continue
                if i > 0 and _family(blocks[i - 1]) == _family(blocks[i]) and i - 1 not in heads:
                    continue  # in a run of numbered entries of its own family
                if _sibling_head(blocks, roles, i, end):
                    heads.add(i)
                    found.append(i)
                    waiting.append(j)
    return found

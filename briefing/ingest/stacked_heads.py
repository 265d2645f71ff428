"""Headings set one right over another, and headings over a short first sentence.

Sectioned releases (reports, bulletins, travel advice, minutes) often print a section's
heading directly over the heading of its first sub-section: "Natur und Klima" over
"Erdbeben" over a paragraph, "MINISTÉRIO DO ..." over "GABINETE DO MINISTRO" over the
act's name over its summary. Only the lowest line has a paragraph under it, so a rule
that asks each heading for prose right under it loses the others. A short line is a
heading of such a stack when the stack is short (at most ``STACK_MAX`` lines: a menu
or a list of links is longer), stands alone (the line above it is no such line), and
its lowest line heads prose by the ordinary rule.

A section may also open on one short sentence ("Es gilt der gesundheitliche
Notstand.") before its longer paragraphs: the heading is then over content all the
same, which ``opens_content`` accepts when prose or a labelled unit follows that
sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

STACK_MAX = 3  # "Atos do Poder Executivo" / "PRESIDÊNCIA DA REPÚBLICA" / "DECRETO N. ..."
PARENT_MAX_WORDS = 6  # "ANNOUNCEMENTS, TABLINGS AND COMMITTEE REPORTS"
SHORT_SENTENCE_MIN_WORDS = 4  # "Es gilt der gesundheitliche Notstand." (not "Yes.")

OPENING_SENTENCE_WORDS = 8  # as many as ``roles.is_prose`` asks of a sentence
OPENING_SENTENCE_SPAN = 400  # characters searched for the first sentence's stop
# A stop after a word's last three letters or figures ("in 2023."), then space and the
# next sentence's first character.
_INNER_STOP = lazy(r"(?<=[^\W_]{3})[.!?][\"'”’)]?\s+[\"“‘(]?")
# A link's text rather than a heading: an address, a file ("Télécharger le .pdf").
_COLUMN_GAP = lazy(r"\S {3,}\S")
_LINK_TEXT = lazy(
    r"://|\bwww\.|(?:^|\s)\.[a-z]{2,4}\b|\bPDF\b|\b\d+(?:[.,]\d+)?\s?(?:KB|MB|kB|Ko|Mo)\b"
)
# A byline ("Written by: Jane Doe", "Von Anna Muster"): who wrote it, heading nothing.
_BYLINE = lazy(r"^(?:(?:written\s+)?by|von|par|por|door|af)\b", re.I)


def opens_content(blocks: list[Block], j: int) -> bool:
    """Whether block ``j`` opens a section's content: prose, a labelled unit, or one
    short sentence with prose or a labelled unit right after it."""
    from briefing.ingest.roles import is_prose
    from briefing.ingest.speakers import speaker_of

    if j >= len(blocks):
        return False
    block = blocks[j]
    if is_prose(block) or block.label is not None:
        return True
    if j > 0 and opens_on_sentence(block.text) and not _has_figure(blocks[j - 1].text):
        # A paragraph cut before its end: the weaker sign asks for a line of words only
        # over it (a page's running head, a table's numbered row carry figures).
        return True
    if not (block.ends_sentence and block.word_count >= SHORT_SENTENCE_MIN_WORDS):
        return False
    head = blocks[j - 1].text.split() if j > 0 else []
    if len(head) < 2 and not blocks[j - 1].text.isupper():
        return False  # a word alone over one short sentence: a menu's entry and its blurb
    if j < 1 or not (block.blank_before and blocks[j - 1].blank_before):
        return False  # only where blank lines set the heading and the sentence apart
    if _COLUMN_GAP.search(block.text):
        return False  # a table's last row ("Junior inspector     720-900."), no sentence
    if speaker_of(block.text) is not None:
        return False  # a speaker's turn ("JOURNALIST: And the fund?"): a transcript's
    words = block.text.split()
    if not words[0][:1].isupper() or not any(w[:1].islower() for w in words[1:]):
        # A fragment left by a bad break starts in lower case; a name or a title
        # ("Berseneva Aleksandra Valentinovna.") has no lower-case word, a sentence has.
        return False
    following = blocks[j + 1] if j + 1 < len(blocks) else None
    return following is not None and (is_prose(following) or following.label is not None)


def opens_on_sentence(text: str) -> bool:
    """Whether ``text`` opens on a whole sentence of ``OPENING_SENTENCE_WORDS`` words or
    more, closed by a stop after a word in lower case or a figure and followed by the next
    sentence's capital ("If you are a national and wish to apply, write to the office. The office
    ..."). Such a block is a paragraph even where its end is no sentence's: a page's
    furniture, a wrong break or a link's text cut it, or it ends on an address or a
    phone number, as the last paragraph of a section on a web page often does."""
    if not text[:1].isupper():
        return False
    for stop in _INNER_STOP.finditer(text, 0, OPENING_SENTENCE_SPAN):
        at = stop.start()
        if any(ch.isupper() for ch in text[at - 3 : at]):
            continue  # an abbreviation ("Rev.", "GmbH."; "U.S." and "Mr." have no 3 letters)
        if text[stop.end() : stop.end() + 1].isupper():
            return len(text[:at].split()) >= OPENING_SENTENCE_WORDS
    return False


def _has_figure(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _capitals(text: str) -> bool:
    """A line in capitals: a rank of its own even where no blank line sets it apart
    (pdftotext -raw and OCR text print no blank lines: "PRAYERS" / "QUORUM")."""
    return text.isupper() and sum(ch.isalpha() for ch in text) >= 4


def _stackable(block: Block) -> bool:
    """A short unlabelled line shaped like a heading: a capital first, no sentence's
    end, no lead-in colon, nothing a heading never is (a date, a rule, a contact)."""
    from briefing.ingest.issuer_lines import is_office_line
    from briefing.ingest.roles import is_short_line, never_heading

    text = block.text.strip()
    if block.label is not None or block.style or block.note_of is not None:
        return False
    if not (block.blank_before or _capitals(text)) or _COLUMN_GAP.search(text) or "→" in text:
        # Set apart by blank lines, one phrase: a line glued to its neighbours, or
        # with a gap of spaces between columns (a table's row), is no heading's.
        return False
    if not text[:1].isupper() or not is_short_line(text) or text.endswith(":"):
        return False
    if is_office_line(text):
        return False  # a signature's name and office ("Minister for Trade"), no part
    return not never_heading(text) and not _LINK_TEXT.search(text) and not _BYLINE.match(text)


_lines_seen: tuple[list[Block], Counter[str]] | None = None


def _repeated(blocks: list[Block], k: int) -> bool:
    """Whether block ``k``'s line is printed again elsewhere as a line of its own: a
    speaker's label ("Frage"), a field's name, a menu's entry repeat; a section's
    heading names its section once. (Counted once per list of blocks.)"""
    global _lines_seen
    if _lines_seen is None or _lines_seen[0] is not blocks:
        _lines_seen = (blocks, Counter(b.text.strip() for b in blocks if len(b.text) < 120))
    return _lines_seen[1][blocks[k].text.strip()] > 1


def _after_content(block: Block) -> bool:
    """A stack opens a part after the end of another: a sentence, a labelled unit or a
    date line ("THURSDAY, 21 OCTOBER 2004") right above it."""
    from briefing.ingest.roles import is_date_line

    return block.ends_sentence or block.label is not None or is_date_line(block.text.strip())


def stacked_heading(blocks: list[Block], i: int) -> bool:
    """Block ``i`` is one line of a stack of at most ``STACK_MAX`` heading-shaped lines,
    alone between other content (no such line right above or below it), whose lowest
    line has content under it."""
    if not _stackable(blocks[i]):
        return False
    top = i
    while top > 0 and _stackable(blocks[top - 1]):
        top -= 1
        if i - top >= STACK_MAX:
            return False  # a run longer than a stack: a menu, a list of links
    bottom = i
    while bottom + 1 < len(blocks) and _stackable(blocks[bottom + 1]):
        bottom += 1
        if bottom - top >= STACK_MAX:
            return False
    if bottom == top:
        return False  # a lone line: the ordinary rule decides
    for k in range(top, bottom + 1):
        size = len(blocks[k].text.split())
        if (size > PARENT_MAX_WORDS and k < bottom) or (size < 2 and not blocks[k].text.isupper()):
            # A part's heading names a broad part in a few words: a long line over a
            # heading is the last line of the part before (a link, a caption). A word
            # alone in ordinary case is a column's, a menu's or a speaker's ("Frage").
            return False
    if any(_repeated(blocks, k) for k in range(top, bottom + 1)):
        return False
    if top > 0 and not _after_content(blocks[top - 1]):
        return False  # not between parts of the text: a teaser's or a table's lines
    openings = [" ".join(blocks[k].text.split()[:2]).lower() for k in range(top, bottom + 1)]
    if len(set(openings)) < len(openings):
        return False  # lines opening alike are a list's entries (video titles), not ranks
    under = blocks[bottom + 1] if bottom + 1 < len(blocks) else None
    if under is None or not (under.blank_before or _capitals(blocks[bottom].text.strip())):
        return False
    if under.label is not None and under.label.family.startswith("bullet"):
        return False  # short lines over a list of links: a page's menu, not its sections
    return opens_content(blocks, bottom + 1)

"""A web page's headline found under the release's own labels, deep in a copied page.

A page copied whole from a browser may lose its head to the site's chrome: a sentence the
site prints over every page (a government site's banner on how to know it is secure, an
archive's notice that the page is historical material, a journal site's note on which
edition has legal value) reads as the text's first paragraph, and the head before it holds
no title. The release's own lines are still there further down, in the order offices print
them: what the paper is ("Press Release", "For Immediate Release") or the journal that
publishes it ("Official Journal of the European Union"), its date or its number, then the
headline, then the text. A site's section ("Press releases") is plural and sits among
menus; one paper's kind with its date or number is the paper's own label, and the line
under them is its name.

Read by ``pipeline._fill_metadata`` only when no title was found and never for a PDF
(its labels are read on the typeset head by ``genre_labels``). Session 43 (txttitle):
the Federal Reserve's FOMC statement, the White House archive's weekly address and
EUR-Lex's regulation, as a browser copies each page.
"""

from __future__ import annotations

from briefing.ingest.gazette_names import is_journal_name
from briefing.ingest.genre_labels import is_genre_label
from briefing.ingest.roles import is_date_line, is_symbol, words
from briefing.ingest.title import _title_shaped_text

SEPARATOR = "\n\n"  # (pipeline.SEPARATOR: blocks are laid out one blank line apart)
# Blocks between the label and the headline: its date, its number, a control ("PDF").
FIELDS_MAX_BLOCKS = 3
# A label a page prints once, near its top: a label far down is a list's or a footer's.
LABEL_MAX_BLOCK = 60
# A field's length: "L 123/45", "No. 12", "PDF", "FR"; a headline is longer.
FIELD_MAX_WORDS = 3
FIELD_MAX_CHARS = 20
# A block longer than this is no label, field or headline (a title runs to 80 words at
# most, title.TITLE_MAX_WORDS): it is kept whole, never split into words or tested.
BLOCK_MAX_CHARS = 1000


def _numbered(block: str) -> bool:
    """A date or a number: the release's day, its symbol, its issue and page."""
    return is_date_line(block) or is_symbol(block) or (_short(block) and _has_figure(block))


def _short(block: str) -> bool:
    return len(block) <= FIELD_MAX_CHARS and words(block, FIELD_MAX_WORDS + 1) <= FIELD_MAX_WORDS


def _has_figure(block: str) -> bool:
    return any(ch.isdigit() for ch in block)


def headline_under_label(text: str) -> str:
    """The headline printed under the paper's kind or journal and its date or number, or
    "": the first block under them, past short fields (a date, a number, a control's
    label), when it has a title's shape and text follows it. One date or number at least
    must stand there: a kind alone over a line may be a site's category over a teaser."""
    # (Only the blocks a label near the top can reach are split out and joined: a long
    # text's rest stays one piece, never walked.)
    reach = LABEL_MAX_BLOCK + FIELDS_MAX_BLOCKS + 2
    pieces = [b for b in text.split(SEPARATOR, 2 * reach) if b.strip()]
    # (A long block, a paragraph, is neither: it is left as it stands, never split.)
    blocks = [" ".join(b.split()) if len(b) <= BLOCK_MAX_CHARS else b for b in pieces[:reach]]
    blocks += pieces[reach : reach + 1]
    for i, block in enumerate(blocks[:LABEL_MAX_BLOCK]):
        if len(block) > BLOCK_MAX_CHARS or not (is_genre_label(block) or is_journal_name(block)):
            continue
        at, dated = i + 1, False
        while at < len(blocks) and at <= i + FIELDS_MAX_BLOCKS:
            field = blocks[at]
            if len(field) > BLOCK_MAX_CHARS:
                break
            if not (_numbered(field) or _short(field)) or is_genre_label(field):
                break
            dated = dated or _numbered(field)
            at += 1
        if not dated or at + 1 >= len(blocks):
            continue  # no date or number under the kind, or nothing under the headline
        if len(blocks[at]) > BLOCK_MAX_CHARS:
            continue
        if _title_shaped_text(blocks[at]) and not is_genre_label(blocks[at]):
            return blocks[at]
    return ""

"""Menu entries over a web page's headline: a teaser's name among them is no title.

A page copied from a browser, or scraped to text, may keep nothing over its article but
the site's menus: short lines one after another, each a section or a teaser's name
("Home" / "Our projects" / "Examplia and the bird trade" / "Contact"), none ending a
sentence, none a date. The longest of them looks like a headline to the title picker.

``set_in_menu``: a line with a menu line over it and a run of menu lines under it is an
entry; the page's headline has its article under it. ``headline_date_under_menu``: when
the head is all menu and the body opens on a title-shaped line right over a date line,
that line is the headline: news and press pages print the headline right over its
publication date, where the article starts, and a menu's entry is never printed over a
date (the same shape as ``title.site_header_end``'s, whose menu words are the site's own
fixed entries). Session 42 (txttitle); issuers named at each function.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.ingest import patterns as P
from briefing.ingest.segment import Block

MENU_RUN_MIN = 6  # menu lines in the head: fewer is a letterhead, a kicker, a trail
MENU_LINE_MAX_WORDS = 8  # a teaser's name among the entries, never a paragraph


def _menu_line(block: Block, is_date: Callable[[str], bool], words: Callable[[str], int]) -> bool:
    text = block.text.strip()
    return (
        bool(text)
        and block.label is None
        and block.line_count == 1
        and words(text) <= MENU_LINE_MAX_WORDS
        and not P.ends_sentence(text)
        and not is_date(text)
    )


def headline_date_under_menu(
    blocks: list[Block],
    body_start: int,
    shaped: Callable[[Block], bool],
    is_date: Callable[[str], bool],
    words: Callable[[str], int],
) -> int | None:
    """The date line under the body's first line when the head (``blocks[:body_start]``)
    is a run of ``MENU_RUN_MIN`` menu lines or more and the body opens on a title-shaped
    line, no full stop closing it, right over a date line; else None. Seen in WARA
    Guinée's pages as a browser copies them (one issuer: the other two of ``set_in_menu``
    open their body on a site notice or print the headline in the head)."""
    if body_start < MENU_RUN_MIN or body_start + 2 >= len(blocks):
        return None
    if not all(_menu_line(b, is_date, words) for b in blocks[:body_start]):
        return None
    headline, date = blocks[body_start], blocks[body_start + 1]
    if headline.label is not None or headline.line_count > 1 or not shaped(headline):
        return None
    # (A headline may close on "!" or "?"; a line closing on a full stop is a lead.)
    if headline.text.rstrip().endswith(".") or date.label is not None:
        return None
    return body_start + 1 if is_date(date.text.strip()) else None


MENU_BELOW_MIN = 5  # menu lines right under an entry: a headline has its article under it


def set_in_menu(
    blocks: list[Block],
    i: int,
    is_date: Callable[[str], bool],
    words: Callable[[str], int],
) -> bool:
    """Whether block ``i`` is an entry of a site's menu: a menu line right over it and
    ``MENU_BELOW_MIN`` menu lines or more right under it. A site's menu lists teasers'
    and projects' names among its sections ("Our projects" / "Examplia and the bird
    trade" / "Press" / "Reports" / ...), title-shaped but printed among entries; the
    page's headline has its article under it (a date, a byline, a kicker or two, then
    the lead), never a run of further entries. A line in capitals is left: a cover's or
    a communiqué's title in capitals is set a few words a line ("MEETING OF THE COUNCIL"
    / "AT THE" / "LEVEL OF MINISTERS" / ...), each line as short as an entry (NATO's
    communiqué as a mail list sent it). Session 42 (txttitle): a teaser among the menu's
    entries taken as the title in WARA Guinée's, Klub Jagielloński's and Le Grand
    Continent's pages as a browser copies them."""
    if i == 0 or not _menu_line(blocks[i - 1], is_date, words):
        return False
    if blocks[i].text.isupper():
        return False  # (a cover's title in capitals, stacked a few words a line: stacked_titles)
    below = blocks[i + 1 : i + 1 + MENU_BELOW_MIN]
    return len(below) == MENU_BELOW_MIN and all(_menu_line(b, is_date, words) for b in below)

"""The site's lines left over the headline of a web page copied as text.

``web_chrome`` leaves the last lines over a copied page's first paragraph to the head
rules (the title, kicker, date and byline stand there), and ``roles._menu_runs`` takes
only runs of four short lines or more, so the tail of a site's menu, its breadcrumb's
steps, a short box of links beside the headline ("Book of Tribute" / "Market
Conditions" / "Export of Belarus"), its sections' blurbs and slogans, teasers glued to
their labels and sign-in prompts stayed above the title as notes, each a unit the
release does not have.

Why it holds for releases in general: a copied page's own head is its headline, with at
most one short line of its own right over it (a kicker or section name, "Press
release"), the date beside it, and its byline and deck under it; what a browser's copy
keeps higher up, between the menus and the headline, is the site's. Two rules read it,
only in text whose site chrome was found (``web_copy``):

- ``head_menu_lines``: two link labels or more in a row over the headline are the
  site's navigation (entries name pages, each complete on its line, set one under
  another by the page's template), wherever they stand; a lone one stays;
- ``site_line_over_headline``: any other line left over the headline but the nearest
  (dates aside) is the site's.

Two kinds of line stay wherever they stand: a handling notice ("For Immediate Release",
the release's own) and a block holding a byline ("von Daniel Braun"): a byline over the
title shows the title was taken from the lead under the real headline, and the head
above it is the release's. Dates keep their own role (roles reads them first).

Seen in session 42 on the browser copies (``html-copy``) of pages of BfS, the Bundesrat,
the Hanns-Seidel-Stiftung, Switzerland's FDFA, Belarus's foreign ministry, Austria's
chancellery, the White House, SLF, China Youth Net, the German Red Cross, the Greens'
Bundestag group, the Swiss Ornithological Institute, ZVEI and Malaysia's foreign
ministry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefing.ingest.handling_notices import is_handling_notice
from briefing.ingest.known_lines import BYLINE_OPENING

ENTRY_MAX_WORDS = 5  # a link label names a page in a few words (roles._menu_runs' bound)

# A byline, the preposition opening a line of its own ("By Jane Doe", "von A. Muster").
_BYLINE = BYLINE_OPENING


def _release_line(text: str) -> bool:
    """A line of the release's own head, never the site's: a handling notice, or a block
    holding a byline on one of its lines."""
    return is_handling_notice(text) or any(_BYLINE.match(line) for line in text.split("\n"))


def head_menu_lines(
    texts: Sequence[str],
    title_at: int,
    is_label: Callable[[str], bool],
    is_date: Callable[[str], bool],
) -> set[int]:
    """Indices of the lines over ``title_at`` that stand in a run of two or more menu
    entries (see the module's docstring). ``is_label`` is the roles' test for a line in
    a link label's shape (``ENTRY_MAX_WORDS`` words at most, counted as the roles count
    them, ending no sentence) and ``is_date`` their dateline test (passed in: roles
    imports this module). A date (the release's dateline) is no entry."""
    entry = [
        is_label(texts[i]) and not _release_line(texts[i]) and not is_date(texts[i])
        for i in range(title_at)
    ]
    return {
        i
        for i in range(title_at)
        if entry[i] and ((i > 0 and entry[i - 1]) or (i + 1 < title_at and entry[i + 1]))
    }


def nearest_over(texts: Sequence[str], title_at: int, is_date: Callable[[str], bool]) -> int:
    """The nearest line over the title that is no date: where a kicker stands (-1 if
    none)."""
    i = title_at - 1
    while i >= 0 and is_date(texts[i]):
        i -= 1
    return i


def site_line_over_headline(text: str, i: int, nearest: int) -> bool:
    """Whether the head's line ``i`` (``text``), left by every other head rule as a note
    over the title, is the site's: any line above ``nearest`` (``nearest_over``) but the
    release's own (see the module's docstring)."""
    return i < nearest and not _release_line(text)

"""Menu entries left over the headline of a web page copied as text.

``web_chrome`` leaves the last lines over a copied page's first paragraph to the head
rules (the title, kicker, date and byline stand there), and ``roles._menu_runs`` takes
only runs of four short lines or more, so the tail of a site's menu, its breadcrumb's
steps, or a short box of links printed beside the headline ("Book of Tribute" / "Market
Conditions" / "Export of Belarus") stayed above the title as notes, each a unit the
release does not have.

Why it holds for releases in general: a release prints over its headline at most one
line of its own in a short label's shape (a kicker or section name, "Press release"),
and that line stands alone; its other head lines are dates, handling notices, bylines
and decks, which are dated, worded as notices or longer than a link label. Two or more
link-label lines in a row over the headline are a site's navigation: entries name
pages, each complete on its line, set one under another by the page's template. So in
a text whose site chrome was found (``web_copy``), a short line over the title is the
site's when the line above or below it, also over the title, is one too. A lone short
line right over the headline (a kicker, or the real headline over a lead taken for the
title) stays. Seen in session 42 on the browser copies of pages of Germany's BfS, the
Hanns-Seidel-Stiftung, Belarus's foreign ministry, the German Red Cross, the Greens'
Bundestag group and ZVEI (six issuers, one derivation: ``html-copy``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefing.ingest.handling_notices import is_handling_notice

ENTRY_MAX_WORDS = 5  # a link label names a page in a few words (roles._menu_runs' bound)


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
    imports this module). A date (the release's dateline) or a handling notice (its own
    line, "For Immediate Release") is no entry."""
    entry = [
        is_label(texts[i]) and not is_handling_notice(texts[i]) and not is_date(texts[i])
        for i in range(title_at)
    ]
    return {
        i
        for i in range(title_at)
        if entry[i] and ((i > 0 and entry[i - 1]) or (i + 1 < title_at and entry[i + 1]))
    }

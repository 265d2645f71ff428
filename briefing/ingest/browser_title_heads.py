"""The site's lines between a page's browser title and its headline printed again.

A page copied whole from a browser, or saved as text, opens on the page's ``<title>``:
the headline and the site's name on one line, a spaced dash or bar between ("Site -
Headline", "Headline | Site"). Taken as the release's title, it leaves every line under
it in the release: the site's banner, menus, blurb and breadcrumb, down to the headline
the page prints again where its own text starts. A release does not print its headline
twice; the second printing, as a line of its own, is where the page's text begins, so
what lies between the two is the site's. Only the release's own head right over the
second printing stays: its date and its handling notice ("For immediate release").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.ingest.segment import Block

# The separators a browser title puts between headline and site (browser_titles).
_SITE_SEPARATORS = (" - ", " | ", " – ", " — ")
SITE_NAME_MAX_WORDS = 8  # a site's name: "The Brooklyn District Attorney's Office"
HEADLINE_MIN_WORDS = 3  # (a section's one- or two-word name repeats in menus)
HEADLINE_LOOKAHEAD = 120  # blocks from the browser title to the headline (long menus)
PROSE_BETWEEN_MAX = 2  # a site's blurb or cookie notice between title and headline
_WORDS = re.compile(r"[\W_]+")
_KEPT_KINDS = ("boilerplate", "title", "category")


def _key(text: str) -> str:
    return " ".join(_WORDS.sub(" ", text).split()).lower()


def _headline_keys(line: str) -> set[str]:
    """The sides of a browser title that may be the headline: the side beside a short one
    (the site's name) with enough words; empty when the line has no site separator."""
    keys: set[str] = set()
    flat = " ".join(line.split())
    for separator in _SITE_SEPARATORS:
        at = flat.find(separator)
        while at >= 0:
            head, tail = flat[:at], flat[at + len(separator) :]
            for headline, site in ((head, tail), (tail, head)):
                if 1 <= len(site.split()) <= SITE_NAME_MAX_WORDS and (
                    len(headline.split()) >= HEADLINE_MIN_WORDS
                ):
                    keys.add(_key(headline))
            at = flat.find(separator, at + 1)
    keys.discard("")
    return keys


def chrome_under_browser_title(
    blocks: list[Block],
    kinds: list[str],
    prose: Callable[[Block], bool],
    release_head: Callable[[str], bool],
    page_title: str = "",
) -> tuple[list[int], int | None]:
    """Indexes of the kept blocks between a browser title and the headline printed again
    as a line of its own, save the run right over that line that ``release_head`` accepts
    (its date, its notice). The browser title is the first kept block when it is the
    title, else ``page_title``, the page's first line the reader took with the site's
    menus (then every kept block above the headline is under it). ``kinds`` is each
    block's role kind so far ("boilerplate" is removed); [] when the text does not open
    so or the lines between hold more than a blurb's prose. Second, the headline's index."""
    first = next((i for i, kind in enumerate(kinds) if kind != "boilerplate"), None)
    if first is None:
        return [], None
    if kinds[first] == "title" and "\n" not in blocks[first].text.strip():
        keys = _headline_keys(blocks[first].text)
    else:
        keys, first = _headline_keys(page_title), -1
    if not keys:
        return [], None
    again = None
    prose_blocks = 0
    for j in range(first + 1, min(len(blocks), first + 1 + HEADLINE_LOOKAHEAD)):
        # (its first line: the text may have read the lead on under the headline)
        if _key(blocks[j].text.strip().split("\n", 1)[0]) in keys and blocks[j].label is None:
            again = j
            break
        if kinds[j] != "boilerplate" and prose(blocks[j]):
            prose_blocks += 1
            if prose_blocks > PROSE_BETWEEN_MAX:
                return [], None
    if again is None:
        return [], None
    start = again
    while start - 1 > first and release_head(blocks[start - 1].text):
        start -= 1  # the release's date and notice over its headline stay
    # (A title's continuation and a category field the head rules read stay theirs.)
    chrome = [k for k in range(first + 1, start) if kinds[k] not in _KEPT_KINDS]
    return chrome, again


PAGE_TITLE_DROPPED = 2  # (a byte-order mark's debris may come first)


def dropped_page_title(dropped: list[tuple[str, str]]) -> str:
    """The page's first line when the reader took it with the site's menus: the first
    line with a word among the first lines it dropped as navigation, else ""."""
    for kind, line in dropped[:PAGE_TITLE_DROPPED]:
        if kind == "navigation" and len(_key(line).split()) > 1:
            return line
    return ""

"""A page's browser title shown as the release's title: "Headline - Site name".

A page copied whole from a browser, or saved as text by a scraper, starts with the page's
``<title>``: the headline, a separator and the site's name ("Brooklyn Lawyer Indicted
for ... - The Brooklyn District Attorney's Office", "... | Cook County State's
Attorney"). The headline is printed again lower down, where the release starts. When
that line is taken as the title, the site's name is no part of it: the title shown
is the headline. The headline's second printing is the proof that the tail is the
site's: a title whose own words run on after a dash ("Kort høring - Avskogingsforordningen
...") is printed once, with its tail.

A release notice run into the headline's line ("For Immediate Release: DAs Office Seeking
..."), as a copied page or a newsroom's template prints it, says how the text may be
used; it is no part of the headline either, unless only a date follows it (then the
line is the paper's kind and date, and the title is looked for as before).

A PDF has no browser title: a line its pages repeat is a running head, so the pipeline asks
these only of pages and text.
"""

from __future__ import annotations

import re

from briefing.ingest.date_alone import date_alone
from briefing.lazyre import lazy

# The separators a browser title puts between headline and site: a spaced dash or bar.
_SITE_SEPARATORS = (" - ", " | ", " – ", " — ")
SITE_NAME_MAX_WORDS = 8
HEADLINE_MIN_WORDS = 4
# "For Immediate Release:" and its kin, run into the headline's line.
_RELEASE_NOTICE = lazy(
    r"^\W*(?:for\s+immediate\s+release|for\s+release|immediate\s+release|news\s+release|"
    r"press\s+release|pour\s+diffusion\s+imm[ée]diate|para\s+publicaci[óo]n\s+inmediata)"
    r"\s*[:–—-]\s+(?=\S)",
    re.I,
)


def without_site_name(title: str, text: str) -> str:
    """``title`` without the site's name a browser title appends, when the headline before
    it is printed again in ``text`` (whitespace aside)."""
    line = " ".join(title.split())
    at, separator = max((line.rfind(sep), sep) for sep in _SITE_SEPARATORS)
    if at < 0:
        return title
    head, tail = line[:at].strip(), line[at + len(separator) :].strip()
    words = tail.split()
    if not (1 <= len(words) <= SITE_NAME_MAX_WORDS) or not tail[:1].isupper():
        return title
    if any(ch.isdigit() for ch in tail) or tail[-1:] in ".!?:;,":
        return title  # "... - Budget 2031", "... - what it means.": the title's own words
    if len(head.split()) < HEADLINE_MIN_WORDS:
        return title
    flat = " ".join(text.split())
    first = flat.find(head)
    if first < 0 or flat.find(head, first + 1) < 0:
        return title  # printed once: the dash is the title's own
    return head


def without_release_notice(title: str) -> str:
    """``title`` without a release notice run into its start ("For Immediate Release: ...")."""
    found = _RELEASE_NOTICE.match(title)
    if found is None or date_alone(title[found.end() :]):
        return title  # "Press Release - 17 October 2031": the notice and a date, no headline
    return title[found.end() :]

"""A site's menu under the release in a page copied as text: where its tail starts.

Below a release's last paragraph a copied page prints the site's footer: its sections,
services and legal links, one link label a line. What is true of such a menu on any
site, in any language (the context rule of boilerplate classifiers such as jusText):

- it is a run of several short lines in a row, each a label alone: a few words, no
  sentence end and no comma in any script (a list of names: ",", "،", "，", "、"), no
  figure (a date, a phone, a vote count), never a contact heading; a release closes on
  fewer such lines (a signature: office, name, place), and a list of names it closes
  on is set in alphabetical order;
- a site's own control or platform label ("Share", "Legal notice", "Facebook") stands
  in it or within a few lines of it: the run is the site's, not a list the release
  closes on (its addressees, its related documents), which names no such control.

``menu_start`` finds the first such run in the tail and gives where it starts;
``web_chrome`` takes the tail from there as it does from its first chrome label (the
release's contact card, dates and sentences still kept).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

from briefing.ingest.link_boxes import words

MENU_RUN_MIN = 5  # labels in a row: a release's closing lines (signature, contacts) run fewer
LABEL_MAX_WORDS = 6
EVIDENCE_REACH = 3  # lines after the run where the site's control label may stand
# A list's comma in any script (Latin, Arabic, Chinese's full-width and enumeration
# commas): a name and its office, never a link's label.
_COMMAS = frozenset(",،，、")
# Sentence ends the caller's test may not know (Arabic's question mark and semicolon,
# Urdu's full stop, Devanagari's danda), before any closing quote or bracket.
_OTHER_ENDS = ("؟", "؛", "۔", "।")
_CLOSERS = "\"'”’»)]）」』"


def _label(text: str, keep: Callable[[str], bool], sentence_end: Callable[[str], bool]) -> bool:
    from briefing.ingest import patterns as P

    stripped = text.strip()
    return (
        0 < words(stripped) <= LABEL_MAX_WORDS
        and _COMMAS.isdisjoint(stripped)
        and not any(ch.isdigit() for ch in stripped)
        and not sentence_end(stripped)
        and not stripped.rstrip(_CLOSERS).endswith(_OTHER_ENDS)
        and not P.CONTACT_START.match(stripped)
        and not P.CONTACT_HEAD.match(stripped)
        and not keep(stripped)
    )


def _register(texts: list[str], run: list[int]) -> bool:
    """A run in alphabetical order, under its caption or not: a list of names the release
    closes on (a consultation's addressees, a body's members); a site orders its menu by
    its sections' weight, never by the alphabet."""
    keys = [texts[i].strip().casefold() for i in run]
    return any(all(a <= b for a, b in itertools.pairwise(keys[skip:])) for skip in (0, 1))


def menu_runs(
    texts: list[str],
    lines: list[int],
    keep: Callable[[str], bool],
    sentence_end: Callable[[str], bool],
    site: Callable[[str], bool],
) -> list[int]:
    """Where each menu run among ``lines`` (non-blank line indices, in order) starts."""
    return list(_runs(texts, lines, keep, sentence_end, site))


def _runs(
    texts: list[str],
    lines: list[int],
    keep: Callable[[str], bool],
    sentence_end: Callable[[str], bool],
    site: Callable[[str], bool],
) -> Iterator[int]:
    """The menu runs' starts, found as the walk goes: one pass, each line judged once
    (and only up to the run the caller stops at), and looked at again for evidence at
    most from its own run and the few lines after the one before."""
    # (A control's label is the run's evidence, not one of its entries: a signature's
    # few lines over a "Print" link make no menu.)
    flags: list[bool] = []

    def flag(k: int) -> bool:
        while len(flags) <= k:
            text = texts[lines[len(flags)]]
            flags.append(_label(text, keep, sentence_end) and not site(text))
        return flags[k]

    k = 0
    while k < len(lines):
        if not flag(k):
            k += 1
            continue
        j = k
        while j < len(lines) and flag(j):
            j += 1
        if (
            j - k >= MENU_RUN_MIN
            and not _register(texts, lines[k:j])
            and any(site(texts[i]) for i in lines[max(0, k - 1) : j + EVIDENCE_REACH])
        ):
            yield lines[k]
        k = j


def menu_start(
    texts: list[str],
    tail: list[int],
    keep: Callable[[str], bool],
    sentence_end: Callable[[str], bool],
    site: Callable[[str], bool],
    before: int | None = None,
) -> int | None:
    """The line index (of ``tail``, the non-blank lines under the release) where the
    first menu run starts, or None; with ``before`` (a line index of ``tail``), only a
    run starting above it: lines from it on are judged only as a run's evidence."""
    if before is not None:
        # (A run reaching ``before`` ends there when it is a control's label, as the
        # caller's anchor is: only its evidence lines are read past it.)
        reach = sum(1 for i in tail if i < before) + EVIDENCE_REACH
        tail = tail[:reach]
    start = next(_runs(texts, tail, keep, sentence_end, site), None)
    return start if before is None or start is None or start < before else None

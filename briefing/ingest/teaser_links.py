"""Teasers of other pages, each closed by its "read more" link, in a page copied as text.

A site's news box lists its other posts as cards: a date, a headline, a line or two of
blurb, then the link to the full post ("weiter lesen", "mehr...", "Read more", "Lire la
suite"). A browser's copy keeps the cards as short runs of lines, each closed by that
link, over or under the release. Every site with a news box prints them; none of it is
the release, which is the page's own text and links to nowhere to be read.

So when two cards or more follow one another, each of a few lines closed by a "read
more" link, the cards' lines are the site's. One link alone is no list (a release may
end on a link to more), and a card holds at most one sentence-long line (its blurb): a
digest's items, or the release's own paragraphs, run longer.
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

# The link closing a card, in the languages releases come in, with the dots, arrows or
# bullets sites set around it ("mehr...", "Lire la suite »", "Mehr •••", "→ Read more").
READ_MORE = lazy(
    r"^[\s←→»›>•·.…+\[(-]*(?:read more|read the full (?:story|article)|continue reading|more|"
    r"mehr|mehr lesen|mehr erfahren|weiterlesen|weiter lesen|learn more|find out more|"
    r"lire la suite|lire plus|en savoir plus|"
    r"leer m[aá]s|ver m[aá]s|seguir leyendo|lees meer|meer lezen|leggi tutto|"
    r"leggi di pi[uù]|continua a leggere|saiba mais|ler mais|czytaj wi[eę]cej|"
    r"подробнее|читать далее)[\s.…•·→»›>)\]]*$",
    re.IGNORECASE,
)
CARD_MAX_LINES = 4  # a kicker or date, the headline, the blurb
MIN_CARDS = 2
BLURB_WORDS = 12  # a line this long is a card's blurb; a card has one
BLURB_MAX_WORDS = 90


def _words(text: str) -> int:
    return len(text.split())


def _run_lines(run: list[list[int]]) -> list[int]:
    """The lines of a run of cards, or [] for a lone card. A box's cards share one
    template: the first card, which nothing bounds above, is read no longer than the
    longest card after it (above it stands the release's last line, or a menu)."""
    if len(run) < MIN_CARDS:
        return []
    longest = max(len(card) for card in run[1:])
    first = sorted(run[0])[-longest:]  # (a card's lines, its link last)
    return first + [i for card in run[1:] for i in card]


def teaser_lines(texts: list[str]) -> list[int]:
    """Indices of the lines of the runs of two or more cards closed by a "read more"
    link, the links included; [] when the text shows no such run."""
    links = [i for i, text in enumerate(texts) if text.strip() and READ_MORE.match(text)]
    if len(links) < MIN_CARDS:
        return []
    cards: list[list[int]] = []
    previous = -1
    for link in links:
        card: list[int] = []
        j = link - 1
        while j > previous and len(card) < CARD_MAX_LINES:
            if texts[j].strip():
                card.append(j)
            j -= 1
        blurbs = [i for i in card if _words(texts[i]) >= BLURB_WORDS]
        fits = (
            bool(card)
            and len(blurbs) <= 1
            and all(_words(texts[i]) <= BLURB_MAX_WORDS for i in card)
        )
        cards.append([*card, link] if fits else [])
        previous = link
    taken: list[int] = []
    run: list[list[int]] = []
    for k, card in enumerate(cards):
        # Cards follow one another: the next link within a card's reach of the last, or
        # only short lines between (a menu's entries, each section showing one card).
        between = (
            [texts[i] for i in range(links[k - 1] + 1, links[k]) if texts[i].strip()] if k else []
        )
        joined = bool(
            run
            and card
            and (
                len(between) <= CARD_MAX_LINES
                or sum(1 for text in between if _words(text) >= BLURB_WORDS) <= 1
            )
        )
        if card and (not run or joined):
            run.append(card)
            continue
        taken.extend(_run_lines(run))
        run = [card] if card else []
    taken.extend(_run_lines(run))
    if not taken:
        return []
    # The release stays: a sentence-long line is left outside the cards.
    taken_set = set(taken)
    if not any(
        _words(text) >= BLURB_WORDS and i not in taken_set
        for i, text in enumerate(texts)
        if text.strip()
    ):
        return []
    return sorted(taken_set)

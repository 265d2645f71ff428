"""The paper's kind printed on its head ("PRESS RELEASE", "Media Statement", "FOR
IMMEDIATE RELEASE") marks where the headline is.

An office's press paper prints, at its head, what kind of paper it is. What the paper
says comes next to that label: the headline is the first line under it that is a title
(past the date, the release's number, an embargo notice), and the lines above it are the
office's letterhead (its name, set in the page's largest type, an address, a second
script's rendering of the name). When nothing under the label before the text is a
title (only the date), the paper printed its headline first and the label under it: the
line right over the label is the headline.

Only the kind of one paper, in the singular ("Press Release"), is such a label: a site's
section ("Press releases", "News") sits in its menus, among other items.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.lazyre import lazy

# The kind of one paper, as offices print it over (or under) its headline.
GENRE_LABELS = frozenset({
    "press release", "media release", "news release", "press statement", "media statement",
    "media advisory", "media update", "press notice", "joint press release",
    "joint media release", "joint media statement", "joint statement", "communiqué de presse",
    "communique de presse", "comunicado de prensa", "nota de prensa", "comunicato stampa",
    "nota à imprensa", "nota de imprensa", "pressemitteilung", "persbericht", "пресс-релиз",
})  # fmt: skip

# "FOR IMMEDIATE RELEASE", "For immediate release:", "EMBARGOED UNTIL 10:00": the notice
# of when the paper may run, printed beside its kind.
_RELEASE_NOTICE = lazy(
    r"^\s*(?:for\s+immediate\s+release|immediate\s+release|embargoed\b.{0,60}"
    r"|not\s+for\s+publication\s+before\b.{0,60})[\s.:!-]*$",
    flags=2,  # re.I
)

# How far down the head a kind's label is printed: a few lines of letterhead above it.
LABEL_MAX_LINE = 14
# How many lines (a date, a number, a notice) may stand between the label and the headline.
SKIP_MAX_LINES = 3


# "TO BE REPORTED ONLY IF DELIVERED ... AND EMBARGOED UNTIL AFTER DELIVERY": a notice of
# when the paper may run, however it is worded, names its embargo.
_EMBARGO = lazy(r"\bembargo", flags=2)  # re.I


def is_genre_label(text: str) -> bool:
    """A line naming only the paper's kind, or the notice of when it may run."""
    norm = " ".join(text.lower().split()).strip(" :.-–—|")
    return norm in GENRE_LABELS or bool(_RELEASE_NOTICE.match(text))


def _release_notice(text: str) -> bool:
    return is_genre_label(text) or bool(_EMBARGO.search(text))


def title_by_genre_label(
    texts: list[str],
    body_start: int,
    title_shaped: Callable[[int], bool],
    headline_above: Callable[[int], bool],
    title_type: Callable[[int], bool],
) -> int | None:
    """The headline's line as the paper's kind label places it, or None.

    ``title_shaped(i)`` tells whether line ``i`` can be a title; ``headline_above(i)``
    whether line ``i``, printed right over the label, can be the headline printed first
    (a caller may accept there a line that would otherwise pass for a letterhead);
    ``title_type(i)`` whether line ``i`` is set in the page's title type: under the
    label, a line so set is the headline, over a notice printed first in smaller type
    ("TO BE REPORTED ONLY IF DELIVERED ...")."""
    label = next(
        (i for i in range(min(body_start, LABEL_MAX_LINE)) if is_genre_label(texts[i])), None
    )
    if label is None:
        return None
    at = label + 1
    while at < body_start and is_genre_label(texts[at]):
        at += 1  # "MEDIA UPDATE" over "FOR IMMEDIATE RELEASE"
    window = range(at, min(body_start, at + SKIP_MAX_LINES + 1))
    under = [i for i in window if title_shaped(i) and not _release_notice(texts[i])]
    if under:
        return next((i for i in under if title_type(i)), under[0])
    if label > 0 and headline_above(label - 1):
        return label - 1
    return None

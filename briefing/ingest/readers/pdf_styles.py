"""Title and heading styles of PDF paragraphs, from type size and weight."""

from __future__ import annotations

import re

from briefing.ingest.court_captions import is_court_caption
from briefing.ingest.graphic_captions import is_graphic_caption
from briefing.ingest.heading_words import answer_alone
from briefing.ingest.readers.pdf_head import (
    ADOPTION,
    is_agenda_line,
    is_category,
    is_dateline,
    is_issuer,
    is_name_list,
)
from briefing.ingest.readers.pdf_paragraphs import PERSON, Paragraph
from briefing.ingest.readers.pdf_restated_title import restated_title

# "I. Introduction", "IV. Noted recommendations": a roman-numbered section heading.
_ROMAN = re.compile(r"^[IVXL]{1,6}\.\s+\S")
_WORD = re.compile(r"[^\W\d_]{2,}")
_MAX_HEADING_WORDS = 20
_DASHES = "-–—"


def paragraph_styles(paragraphs: list[Paragraph], size: float) -> list[str]:
    """One style per paragraph: "title", "heading1".."heading6" or ""."""
    styles = [""] * len(paragraphs)
    title = _title(paragraphs, size)
    classes: dict[int, tuple[float, bool]] = {}
    measure = _measures(paragraphs)
    for i, par in enumerate(paragraphs):
        if title is not None and i <= title:
            continue  # the masthead above the title is symbol, organ and date lines
        if _signature(par, measure):
            continue
        kind = _heading_class(par, size)
        if kind is not None:
            classes[i] = kind
    # The cover's title printed again over the text names the document, not a section.
    restated = restated_title(paragraphs, title, sorted(classes), size)
    if restated is not None:
        del classes[restated]
    captions = _over_small_type(paragraphs, sorted(classes), size)
    # "Figure 3: ...", "Tableau 06 : ...": a graphic's title by its own words, whatever
    # is set under it (graphic_captions).
    captions += [i for i in classes if i not in captions and is_graphic_caption(paragraphs[i].text)]
    for i in captions:
        del classes[i]
        styles[i] = "caption"  # a graphic's title: a line of the text, no heading
    ranks = sorted(set(classes.values()), key=lambda k: (-k[0], not k[1]))
    level = {kind: min(n + 1, 6) for n, kind in enumerate(ranks)}
    for i, kind in classes.items():
        styles[i] = f"heading{level[kind]}"
    if title is not None:
        styles[title] = "title"
    return styles


def _over_small_type(paragraphs: list[Paragraph], heads: list[int], size: float) -> list[int]:
    """Heading-like paragraphs with only type smaller than the body's (or table rows)
    under them, up to the next one: a figure's or a table's own title over its labels,
    rows and source lines ("1 Defend critical infrastructure" over "1.1: Establish ...",
    a name over a table of prices). A section of a release holds body text; what a
    graphic prints is set smaller than the body and is not a part of the text's outline.
    A heading right over another (none between) is left alone: a part over its first
    section."""
    out: list[int] = []
    for n, i in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(paragraphs)
        under = paragraphs[i + 1 : end]
        if under and all(par.first.table or par.first.size < size - 0.6 for par in under):
            out.append(i)
    return out


def _measures(paragraphs: list[Paragraph]) -> dict[tuple[int, int], tuple[float, float]]:
    """Left and right edges of the text on each page's column."""
    edges: dict[tuple[int, int], tuple[float, float]] = {}
    for par in paragraphs:
        for line in par.lines:
            key = (line.page, line.column)
            left, right = edges.get(key, (line.x0, line.x1))
            edges[key] = (min(left, line.x0), max(right, line.x1))
    return edges


_NAME = re.compile(r"^[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}$")


def _signature(par: Paragraph, measure: dict[tuple[int, int], tuple[float, float]]) -> bool:
    """A person's name alone on a line set in the right half of the text's measure
    ("Alpana Killawala" over "Principal Adviser"): a signature, however it is set.
    A heading starts at the left margin or is centred (then it starts left of the
    middle); a line starting right of the middle is set flush right."""
    first = par.first
    if len(par.lines) != 1 or not _NAME.match(par.text.strip()):
        return False
    left, right = measure.get((first.page, first.column), (first.x0, first.x1))
    return right - left > 0 and first.x0 > left + 0.5 * (right - left)


def _heading_class(par: Paragraph, size: float) -> tuple[float, bool] | None:
    text = par.text
    words = len(text.split())
    if words > _MAX_HEADING_WORDS or not _WORD.search(text) or _is_dateline(text):
        return None
    if answer_alone(text):
        return None  # "None", "Yes" set in bold in a form's box: an answer (heading_words)
    bold = all(line.bold for line in par.lines)
    first = par.first
    if _ROMAN.match(text) and words <= 14 and not text.endswith((".", ",", ";")):
        return (max(first.size, size), True)
    if text.endswith((".", ",", ";", ":")) and not _ROMAN.match(text):
        return None  # a sentence, however it is set
    if first.size >= size + 1.0:
        return (first.size, bold)
    if PERSON.match(text):
        # "Mr. H. Yamaguchi, Chairman" in bold body type: a roster's or a signature's
        # name, or a speaker's; sections are named after topics, never after people.
        return None
    if bold and first.size >= size - 0.6:
        return (first.size, True)
    return None


def _is_dateline(text: str) -> bool:
    """A date alone (a cover's "2 February 2023", "Geneva, 3 May 2024"): a dateline
    however large it is set, not a heading."""
    from briefing.ingest.dates import find_date

    found = find_date(text)
    return found is not None and len(_WORD.findall(text[: found.start] + text[found.end :])) <= 1


# Display type: a cover sets its title half as large again as the text, or larger.
_DISPLAY = 1.5


def _display_name(par: Paragraph, below: Paragraph | None, size: float) -> bool:
    """A short title in display type over its subtitle ("KIK-V architectuur" over
    "IT-infrastructuur, platformen en KIK-starter"): two words on one line set half as
    large again as the body, in upper and lower case, with the line under it set larger
    than the body too. Shorter lines than three words are otherwise symbols, dates or
    the kind of paper; a masthead or logo caption sets its name in capitals over body
    type ("UNITED NATIONS"), and the kind of paper or the issuer's name ("Press
    Release", "Bank of Ghana") stays out however it is set."""
    return (
        len(_WORD.findall(par.text)) == 2
        and len(par.lines) == 1
        and par.first.size >= _DISPLAY * size
        and any(c.islower() for c in par.text)
        and below is not None
        and below.first.size >= size + 1.0
        and not is_category(par.text)
        and not is_issuer(par.text)
    )


# Instructions to editors typed in capitals over a release: never its title.
_RELEASE_NOTE = re.compile(r"^(?:EMBARGO|FOR (?:IMMEDIATE )?RELEASE|NOT FOR |CHECK AGAINST)")


def _typed_title(par: Paragraph) -> bool:
    """A title typed in the body's type: in capitals, with no sentence end, where no
    larger or bold title came before ("RESTORATION OF THE LAWFUL RIGHTS OF ..." over a
    1971 draft resolution; typewritten and plain-text-born releases set titles so)."""
    letters = [c for c in par.text if c.isalpha()]
    return (
        len(letters) >= 20
        and not any(c.islower() for c in letters)
        and not par.text.rstrip().endswith((".", ",", ";", ":"))
        and not ADOPTION.match(par.text)
        and not _RELEASE_NOTE.match(par.text)
    )


# A clause saying when or where a meeting sat: "The discussions took place on ...", "The
# meeting was held in ..." (a title naming the meeting says "... Meeting held on ...").
_WHEN_HELD = re.compile(
    r"^(?:the\s+)?(?:[\w-]+\s+){0,3}(?:took\s+place|(?:was|were)\s+held)\b", re.I
)


def _title(paragraphs: list[Paragraph], size: float) -> int | None:
    """The biggest heading-like paragraph before the first prose paragraph (the last of
    equals)."""
    best: int | None = None
    best_key = (0.0, False)
    agenda_x: float | None = None
    for i, par in enumerate(paragraphs):
        bold = all(line.bold for line in par.lines)
        words = par.text.split()
        if best is None and is_agenda_line(par.text):
            # "Eightieth session" / "Agenda item 71 (a)" and the item's name set under
            # them at the same left edge: what the session files the text under, in
            # body type over the sponsors and the title. The body has not begun.
            agenda_x = par.first.x0
            continue
        if agenda_x is not None and abs(par.first.x0 - agenda_x) <= 2.0:
            continue
        agenda_x = None
        if best is None and is_name_list(par.text):
            # The sponsors' names over a draft's title ("Afghanistan, Algeria, ...:
            # amendment to draft resolution ..."): a list of names is cover matter.
            # (Under a title, a list of those present opens the minutes' body.)
            continue
        if par.text.startswith("[") and par.text.rstrip().endswith("]"):
            # An editorial note wholly in brackets ("[on the report of the First
            # Committee (A/79/403, para. 8)]") sits among the cover's lines: the body
            # has not begun, however long the note.
            continue
        if not bold and abs(par.first.size - size) <= 0.6 and len(words) >= 8:
            if best is None and _typed_title(par):
                return i
            break  # the body has begun
        if par.first.page > paragraphs[0].first.page + 1:
            break
        if len(words) > 40 or ADOPTION.match(par.text):
            continue
        below = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        if len(_WORD.findall(par.text)) < 3 and not _display_name(par, below, size):
            continue
        if _ROMAN.match(par.text):
            continue  # "I. Monetary Policy Decision" opens a section: never the title
        if _WHEN_HELD.match(par.text):
            # "The discussions took place on 21 and 22 September 2008": when the meeting
            # sat, printed in the title's type under the title; a clause, not a name.
            continue
        if par.text.lstrip()[:1] in _DASHES:
            # No title begins with a dash: set under a headline in its type, a line that
            # does is the attribution ("-Ministry of Finance", "— Prime Minister's
            # Office"), and elsewhere a list item.
            continue
        if is_issuer(par.text) or is_dateline(par.text):
            # A body's bare name ("Human Rights Council" in a UN masthead, "Bank of
            # Thailand" over its minutes) says who issued the text, not what it is;
            # a date says when.
            continue
        if is_court_caption(par.text):
            # "UNITED STATES COURT OF APPEALS" / "FOR THE TENTH CIRCUIT", "OCTOBER TERM,
            # 2012": where a court paper was filed, set in its title's type above it.
            continue
        if par.first.size < size - 0.6 or (par.first.size <= size + 0.6 and not bold):
            continue
        key = (par.first.size, bold)
        # Of equal candidates the one nearest the body: the UN masthead prints its organ
        # ("Human Rights Council") in the title's type well above the title.
        if best is None or key >= best_key:
            best, best_key = i, key
    return best

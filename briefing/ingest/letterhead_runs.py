"""A run of short lines over the title that is the issuer's letterhead, not a site's menu.

Over the title, ``roles._menu_runs`` takes a run of short lines for a site's menu: a page
copied from the web opens with its link labels ("Home" / "News" / "Contact"). A record or
an institution heads its paper with short lines too: "REPUBLIC OF KENYA" / "THIRTEENTH
PARLIAMENT" / "NATIONAL ASSEMBLY" / "THE HANSARD", a parliament's number and session over
a committee's protocol number, a bank's name over its press office and the day. Those are
the document's own lines (the gold keeps them as units), and the two shapes differ in what
the lines say, not in their length:

- a letterhead names an institution or a state, a legislature, its term or session, a
  record and its number, or the day; most of its lines do;
- a menu names a site's pages: any link label or site section among the lines ("Home",
  "Search", "Kontakt", "Startseite") makes the run a menu, whatever else it holds.

A UN cover's registry fields ("Distr.: General", "Original: English", session and agenda
item under "United Nations" / "General Assembly") are the cover's metadata, which the
gold leaves out: a run holding the distribution field or an agenda item stays with the
menu pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from briefing.lazyre import lazy


class _Texted(Protocol):
    text: str


# A legislature, its term, its session or sitting, or a record of it, in the languages
# such records come in: "THIRTEENTH PARLIAMENT", "NATIONAL ASSEMBLY", "THE HANSARD",
# "Official Report", "XIX Legislatura", "20. Wahlperiode", "הכנסת העשרים" / "מושב שני"
# (the Knesset, its session), "Протокол № 12", "Séance du ...".
_RECORD_HEAD = lazy(
    r"\b(?:parliament|legislature|congress|senate|national\s+assembly|house\s+of\s+"
    r"(?:representatives|commons|lords|assembly)|hansard|official\s+report|proceedings|"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|\d{1,3}(?:st|nd|rd|th))\s+(?:session|sitting|"
    r"parliament|legislature|congress|assembly)|"
    r"parlement|législature|legislatura|parlamento|wahlperiode|landtag|bundestag|"
    r"sitzung|séance|sesión|sessione|sessão|"
    r"парламент|созыв|сессия|заседани[ея]|протокол|"
    r"הכנסת|מושב|פרוטוקול|ישיבת|ועדת)\b",
    re.I,
)
# A record's volume or number on its own: "VOL. IV NO. 66", "Protocol No. 189",
# "Minutes number 78", "N° 12/2024".
_RECORD_NUMBER = lazy(
    r"^(?:\(?\s*(?:vol(?:ume)?\.?|no\.?|n[°º]|nr\.?|№|number|minutes\s+(?:no\.?|number)|"
    r"protocol\s+no\.?)\s*[\divxlc]+\b)",
    re.I,
)
# A line of a letterhead's own address or contact field ("Website : www.rbi.org.in",
# "Telephone +41 ...", "P.O. Box ...").
# (The label may be in another script too: "वेबसाइट : www.rbi.org.in/hindi".)
_CONTACT_FIELD = lazy(
    r"^(?:website|web|e-?mail|tel(?:ephone)?|phone|fax|p\.?\s?o\.?\s+box)\b"
    r"|^[^\s:]+\s*:\s*(?:www\.|https?://)\S+$",
    re.I,
)
# A UN cover's registry fields, "Distr.: General" (run into "General Assembly" in text
# read without columns) and "Agenda item 71 (b)": the run is the cover's metadata.
_COVER_FIELD = lazy(r"\bDistr\.\s*:|^\s*Agenda\s+item\s+\d", re.I)


def _names_issuer(text: str) -> bool:
    """An institution's or a state's name, or a legislature, its session or a record."""
    from briefing.ingest.institution_names import is_institution_name
    from briefing.ingest.state_letterheads import is_state_letterhead
    from briefing.ingest.title import is_masthead

    line = " ".join(text.split())
    return (
        is_masthead(line)
        or is_institution_name(line)
        or is_state_letterhead(line)
        or bool(_RECORD_HEAD.search(line))
    )


def _letterhead_line(text: str) -> bool:
    """A line a letterhead or a record's head prints: who, which record, when, where."""
    from briefing.ingest.genre_labels import is_genre_label
    from briefing.ingest.roles import is_date_line

    line = " ".join(text.split())
    return (
        _names_issuer(line)
        or bool(_RECORD_NUMBER.match(line))
        or bool(_CONTACT_FIELD.match(line))
        or is_date_line(line)
        or is_genre_label(line)
    )


def is_site_link_line(text: str) -> bool:
    """A site's link label, section or notice: the run holding it is a menu. (A line with
    no letter, a page's number or a rule, labels nothing.)"""
    if not any(ch.isalpha() for ch in text):
        return False
    from briefing.ingest.roles import is_boilerplate, is_category
    from briefing.ingest.site_prompts import names_site_section
    from briefing.ingest.web_chrome import is_chrome_label

    return (
        is_chrome_label(text)
        or is_boilerplate(text)
        or is_category(text)
        or names_site_section(text)
    )


def is_letterhead_run(lines: Sequence[str]) -> bool:
    """Whether a run of short lines is an issuer's letterhead: no site's link label or
    section among them, no cover's registry field, one line at least naming the issuer
    (an institution, a state, a legislature or its record), and half the lines or more
    lines a letterhead prints (names, record numbers, the day, its contact fields)."""
    if not lines:
        return False
    if any(is_site_link_line(t) or _COVER_FIELD.search(t) for t in lines):
        return False
    if not any(_names_issuer(t) for t in lines):
        return False
    # (Rules and page numbers set among the lines count neither way.)
    worded = [t for t in lines if any(ch.isalpha() for ch in t)]
    return 2 * sum(_letterhead_line(t) for t in worded) >= len(worded)


def letterhead_runs(blocks: Sequence[_Texted], menus: set[int]) -> set[int]:
    """The indices of ``menus`` whose run of consecutive lines is a letterhead (its rule
    lines, "____", and page numbers aside: a line with no letter is the page's furniture)."""
    return runs_kept(blocks, menus, is_letterhead_run)


def runs_kept(
    blocks: Sequence[_Texted], menus: set[int], keep: Callable[[Sequence[str]], bool]
) -> set[int]:
    """The indices of ``menus`` whose run of consecutive lines ``keep`` says is the
    document's own (its lines with no letter, rules and page numbers, aside): shared
    with ``closing_runs``, which walks the runs after the body the same way."""
    found: set[int] = set()
    run: list[int] = []
    for i in [*sorted(menus), -2]:  # (-2 ends the last run)
        if run and i != run[-1] + 1:
            if keep([blocks[k].text for k in run]):
                found.update(k for k in run if any(ch.isalpha() for ch in blocks[k].text))
            run = []
        run.append(i)
    return found

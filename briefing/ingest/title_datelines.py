"""A dateline read on as the title's last line is not the title's.

A title says what the release is; the line a release prints right under it naming when
(and where, or by whom) it was issued — "12 May 2031, Central Bank of Examplia", "Den
Haag, 3 mei 2031", "Town Hall, Northport, 2 June 2031" — is its dateline. Text that sets
the two without a blank line between them (a PDF's lines, a hard-wrapped page) lets the
head's rules read the dateline on as the title's wrap; the title shown leaves it out, and
``title_span`` then gives the line a node of its own, so its words stay a unit of the
text. A date the title's own words lead into ("... Meeting held on" / "29 September
2031", "Press conference of" / "3 May 2031", "Summit," / "19 May 2031") stays in it.
"""

from __future__ import annotations

import re

from briefing.ingest import patterns as P
from briefing.ingest.dates import find_date
from briefing.lazyre import lazy

# Words before a date that make it part of the title ("... of 3 March 2023", "rådet den
# 7 september 2015", "Consiglio del 3 marzo"): a preposition or an article leads a date
# into the phrase it belongs to; a dateline set after a title follows a name or a noun.
DATE_LEAD_WORDS = frozenset(
    "of on in at from since until to by dated through "  # English
    "de du del des au le la el "  # French, Spanish
    "vom am zum bis seit ab "  # German
    "il dal al "  # Italian
    "em "  # Portuguese
    "van op per "  # Dutch
    "den från till fra til "  # Swedish, Norwegian, Danish
    "dnia z".split()  # Polish
)
# An act's kind that Italian law cites with its date straight after it, no preposition
# between ("DPCM 2 marzo 2021", "decreto-legge 22 aprile 2021", "Ordinanza 22 ottobre
# 2021", "D.Lgs. 9 aprile 2008"): every Italian issuer names its acts so, and the date is
# the act's name, never a dateline run into the title.
ACT_KINDS_DATED = frozenset(
    "dpcm d.p.c.m. dpr d.p.r. dl d.l. dm d.m. d.lgs. d.lgs dlgs decreto decreto-legge "
    "decreto-legislativo legge ordinanza delibera deliberazione determina circolare "
    "direttiva".split()
)
# (A title line ending on any function word, "... the", runs on into the line under it.)
_LEAD_WORDS = P.FUNCTION_WORDS | DATE_LEAD_WORDS | ACT_KINDS_DATED
_JOINERS = (",", ":", ";", "-", "–", "—", "(", "/", "&")
_WORD = re.compile(r"[^\W_][\w'’.-]*")
DATELINE_MAX_WORDS = 8  # words beside the date: a place, an issuer's name
TITLE_MIN_WORDS = 3  # what is left must still read as a title


def without_closing_dateline(span: str) -> str:
    """The title's text (its lines as printed) without a last line that is its
    dateline; unchanged when there is none."""
    lines = [line for line in span.split("\n") if line.strip()]
    if len(lines) < 2:
        return span
    last, above = lines[-1].strip(), lines[-2].rstrip()
    if not _is_dateline(last) or _leads_on(above):
        return span
    rest = span[: span.rstrip().rfind(last)].rstrip()
    if len(_WORD.findall(rest)) < TITLE_MIN_WORDS:
        return span
    return rest


def _leads_on(above: str) -> bool:
    """The line above runs on into the next one: it ends on a joiner or a word that
    leads into a date ("held on", "of", "Summit,")."""
    if above.endswith(_JOINERS):
        return True
    words = above.split()
    return bool(words) and words[-1].casefold() in _LEAD_WORDS


def _is_dateline(line: str) -> bool:
    """A date with at most a place or an issuer's name beside it: every other word is
    a name (capitalised), a figure, or a small word inside the name ("Bank of
    Examplia"); none leads into the date ("on 3 May")."""
    found = find_date(line)
    if found is None:
        return False
    before = _WORD.findall(line[: found.start])
    after = _WORD.findall(line[found.end :])
    if len(before) + len(after) > DATELINE_MAX_WORDS:
        return False
    if line.isupper() and (before or after):
        return False  # (in capitals a name looks like any word of the title)
    # "7 and 12 May 2031": a span of days opens on its first day.
    spanned = (
        len(before) >= 2
        and before[-2].isdigit()
        and before[-1] in ("and", "to", "et", "y", "und", "e")
    )
    if before and not spanned and before[-1].casefold() in _LEAD_WORDS:
        return False
    names = before[:-2] if spanned else before
    return all(_name_word(w) for w in names) and all(
        _name_word(w) or w.casefold() in P.FUNCTION_WORDS for w in after
    )


def _name_word(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


# After an act's date, its number: "LEGGE 30 dicembre 2020, n. 178".
_ACT_NUMBER_TAIL = lazy(
    r"^[ \t]{0,3},?[ \t]{0,3}(?:n\.|n°|nr\.)[ \t]{0,3}\d[\w/-]*[ \t]*$", re.I
)


def is_dated_act_name(line: str) -> bool:
    """The act's kind and date, perhaps its number, and nothing else: "ORDINANZA 4
    dicembre 2024", "DECRETO-LEGGE 22 aprile 2021, n. 52". The Gazzetta Ufficiale and
    every Italian issuer print it under the issuer's name as the act's own name."""
    words = line.split(None, 1)
    if len(words) < 2 or words[0].casefold() not in ACT_KINDS_DATED:
        return False
    found = find_date(line)
    if found is None or line[len(words[0]) : found.start].strip():
        return False
    rest = line[found.end :]
    return not rest.strip() or bool(_ACT_NUMBER_TAIL.match(rest))

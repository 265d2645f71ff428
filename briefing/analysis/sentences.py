"""Sentence splitting that knows abbreviations, initials, dates and document symbols.

Every sentence keeps its offsets into the text it came from, so a suggestion can be
linked back to the passage it was drawn from. The splitter is rule-based on purpose:
it must run offline, deterministically and in every language the importer reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.ingest.dates import MORE_MONTHS
from briefing.ingest.patterns import MONTHS

# Lower-cased words (internal dots kept, final dot dropped) after which a full stop does
# not end a sentence. Shared across languages: a French release still says "U.N." and an
# English one "Nº".
_COMMON = {
    "mr", "mrs", "ms", "messrs", "dr", "prof", "st", "gen", "lt", "col", "maj", "capt", "sgt",
    "sen", "rep", "amb", "gov", "pres", "h.e", "hon", "rev", "jr", "sr", "no", "nos", "nº",
    "n°", "vol", "art", "arts", "para", "paras", "fig", "figs", "p", "pp", "ch", "sec", "ref",
    "approx", "est", "vs", "cf", "e.g", "i.e", "etc", "al", "dept", "ave", "inc", "ltd", "co",
    "corp", "u.s", "u.k", "u.n", "e.u", "u.s.a", "a.m", "p.m", "ph.d",
}
_MONTH_ABBR = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "janv", "févr", "fevr", "avr", "juil", "déc", "ene", "abr", "ago", "dic",
}
_BY_LANGUAGE = {
    "fr": {"m", "mm", "mme", "mmes", "mlle", "mlles", "pr", "me", "av", "bd", "boul", "c.-à-d",
           "p.ex", "ex", "env", "éd", "min"},
    "es": {"sr", "sra", "sras", "srta", "dra", "d", "dña", "excmo", "excma", "ud", "uds",
           "núm", "pág", "págs", "aprox", "ee.uu", "p.ej", "ej", "lic", "ing", "gral", "cía"},
    # German records title their speakers ("Vors. Welty", "StS Seibert") and abbreviate.
    "de": {"vors", "stv", "bzw", "ca", "evtl", "ggf", "usw", "vgl", "z.b", "u.a", "d.h",
           "nr", "abs", "hr", "fr", "inkl", "zzgl", "sog", "bzgl"},
    "pt": {"sr", "sra", "srs", "dr", "dra", "exmo", "exma", "v.exa", "pág", "nº"},
    # Italian laws are cited "d.lgs. 7 marzo 2005, n. 82", "lett. a)", "c.d.".
    "it": {"d.lgs", "lgs", "d.l", "d.p.r", "dpr", "lett", "ecc", "pag", "dott", "dott.ssa",
           "sig", "sigg", "on", "avv", "ing", "c.d", "cfr", "n", "nn", "co", "rag", "gen"},
    "ko": set(),
}  # fmt: skip
# Abbreviations that often end a sentence too ("... of the U.S. The talks ...").
_CAN_END = {"etc", "u.s", "u.k", "u.n", "e.u", "u.s.a", "a.m", "p.m", "inc", "ltd", "co", "al"}
# Words that start sentences; after a _CAN_END abbreviation they signal a boundary.
_STARTERS = {
    "the", "he", "she", "it", "they", "we", "i", "this", "these", "that", "in", "on", "at",
    "a", "an", "both", "his", "her", "their", "our", "its", "there", "le", "la", "les", "il",
    "elle", "nous", "el", "los", "las", "ella",
}

# A candidate end: terminal punctuation, closing quotes/brackets, then space or the end.
# CJK full stops end a sentence even without a following space.
_CANDIDATE = re.compile(r"[.!?…]+(?:\s?»)?['’”\")\]»]*(?=\s|$)|[。！？．]['’”\")\]」』]*")
_WORD_BEFORE = re.compile(r"([^\s(“\"'‘«¿¡\[]+)$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text[start:end]`` of the string it was split from."""

    start: int
    end: int
    text: str


# Month names in every language the date reader knows ("März", "mai", "января").
_MONTH_NAMES = frozenset(MORE_MONTHS) | frozenset(MONTHS)


# German articles and prepositions a number written as an ordinal ("11.") follows.
_ORDINAL_ARTICLES = frozenset(
    "der die das den dem des zum zur vom beim im seit einen einem eines einer".split()
)


def _abbreviations(language: str) -> set[str]:
    return _COMMON | _MONTH_ABBR | _BY_LANGUAGE.get(language[:2].lower(), set())


def _is_boundary(text: str, stop: int, after: int, abbreviations: set[str]) -> bool:
    """Whether the punctuation ending at ``stop`` (next sentence at ``after``) ends one."""
    if after >= len(text):
        return True
    following = text[after]
    if following.islower() or following in ",;:)»":
        # "e.g. the", "Dec. 7, in", "“Why?” he asked" — a new sentence starts otherwise.
        return False
    if "." not in text[max(0, stop - 4) : stop]:
        return True  # "!", "?", "…", "。" and their closing quotes
    nxt = text[after : after + 24].split(" ", 1)[0]
    found = _WORD_BEFORE.search(text, max(0, stop - 24), stop)
    if not found:
        return True
    word = found.group(1).rstrip(".’”\")]»").lower()
    if "’" in word or "'" in word:
        word = re.split(r"[’']", word)[-1]  # an elided article: "all’art. 2", "l’art. 5"
    if word in abbreviations:
        if word in _MONTH_ABBR or word in ("no", "nos", "nº", "n°", "n", "nn", "art", "para",
                                           "p", "pp"):
            # "Dec. 7-8", "No. 61/18" go on; "in Dec. The" would be the rarer case.
            return not following.isdigit()
        return word in _CAN_END and nxt.strip("“\"'‘").lower() in _STARTERS
    if len(word) == 1 and word.isalpha() and found.group(1)[0].isupper():
        return False  # an initial: "J. Smith"
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
        return False  # other dotted initialisms: "U.A.E. delegation"
    if word.isdigit() and len(word) <= 3:
        if nxt.rstrip(",").lower() in _MONTH_NAMES:
            return False  # a German or Nordic ordinal date: "am 11. März", "den 3. maj"
        before = text[max(0, found.start() - 8) : found.start()].split()
        if before and before[-1].lower() in _ORDINAL_ARTICLES:
            return False  # a German ordinal: "den 11. Integrationsgipfel", "zum 3. Mal"
    # A list label at the start of a line ("1. The Council") is not a sentence.
    line_start = text.rfind("\n", 0, found.start()) + 1
    return not (word.isdigit() and not text[line_start : found.start()].strip())


def _quote_open(text: str, start: int, stop: int) -> bool:
    """Whether ``stop`` lies inside a curly quotation or a bracket that closes soon after
    (a sentence never ends inside brackets: "(... Hanau, 11. Integrationsgipfel, ...)")."""
    for opening, closing in (("“", "”"), ("«", "»"), ("(", ")")):
        opened = text.count(opening, start, stop) - text.count(closing, start, stop)
        # A truncated release may never close its quotation: only wait for a near close.
        if opened > 0 and closing in text[stop : stop + 600]:
            return True
    return False


def split_sentences(
    text: str, language: str = "en", start: int = 0, end: int | None = None
) -> list[Sentence]:
    """Split ``text[start:end]`` into sentences with offsets into ``text``.

    Blank lines always end a sentence (headings, list items); single newlines are
    hard wraps. Sentences inside a quotation stay with the sentence quoting them.
    """
    end = len(text) if end is None else end
    abbreviations = _abbreviations(language or "en")
    sentences: list[Sentence] = []
    block_start = start
    for brk in [*_PARAGRAPH_BREAK.finditer(text, start, end), None]:
        block_end = brk.start() if brk else end
        _split_block(text, block_start, block_end, abbreviations, sentences)
        if brk:
            block_start = brk.end()
    return sentences


def _split_block(
    text: str, start: int, end: int, abbreviations: set[str], out: list[Sentence]
) -> None:
    sentence_start = start
    for m in _CANDIDATE.finditer(text, start, end):
        stop = m.end()
        after = stop
        while after < end and text[after].isspace():
            after += 1
        if after >= end:
            break
        if _quote_open(text, sentence_start, stop):
            continue
        if _is_boundary(text, stop, after, abbreviations):
            _emit(text, sentence_start, stop, out)
            sentence_start = after
    _emit(text, sentence_start, end, out)


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))

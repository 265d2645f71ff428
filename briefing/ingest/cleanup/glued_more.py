"""More shapes of glued words, beyond a function word stuck to a name (``glued.py``).

Text copied from web pages and PDFs loses spaces where a styled run, a line break or a
superscript ended. Each rule here names such a shape and why it is safe:

* two content words, or a long word and a short one: ``economicgrowth``,
  ``meetingwith`` -- a lowercase token wordfreq does not know that splits into two
  words it knows well. Real compounds ("peacekeeping", "stakeholder") are known words
  and never split; capitalised tokens (names: "Guterres", "Kamikawa") are left alone.
* a number glued to a capitalised word: ``120Korean`` -- figures are printed apart
  from the next word; units ("10km") and ordinals ("10th") are lowercase, so are not
  touched.
* no space after a sentence's end: ``meeting.The``, ``peace.”He`` -- a lowercase
  word of two letters or more, a full stop (and closing quote), then a capitalised
  word. Abbreviations ("U.S.", "e.g.") have one-letter parts; URLs and code are
  guarded as in ``glued.py``.
* an ordinal glued to an acronym: ``10thASEAN``.
* a function word glued before a hyphenated name: ``TheKorea-Japan`` (``glued.py``
  leaves hyphenated pieces alone, as "e-mail" is one word).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from briefing.ingest.cleanup import glued
from briefing.ingest.cleanup.lexicon import Lexicon
from briefing.model.release import Suggestion

KIND = "glued-words"
_DOMAIN = re.compile(r"\.(?:com|org|net|gov|int|html?|pdf)\b", re.I)
# glued.py's URL guard less its "a.b" part: a sentence glued to the next is exactly that.
_ADDRESS = re.compile(r"@|#|://|www\.|[/\\=_]")
# Zipf each half of a lowercase two-word glue needs ("economic" 4.6, "growth" 4.7).
_PART = 3.3
# A short right half ("with", "over") must be a very common word.
_SHORT_PART = 5.0
_TYPO = 2.0  # under this zipf a known glued form may be a typo ("endof")
_TYPO_LANGUAGES = frozenset({"en"})
_GAP = 2.5  # how much commoner the spaced pair must be (as glued.py)
_MIN_TOKEN = 8  # shorter tokens ("endof") only split into two very common words
# Pieces that look glued but are how words are written.
_PREFIX_WORDS = (
    "anti",
    "co",
    "counter",
    "cross",
    "cyber",
    "de",
    "e",
    "eco",
    "euro",
    "geo",
    "inter",
    "micro",
    "mid",
    "multi",
    "non",
    "over",
    "post",
    "pre",
    "re",
    "self",
    "semi",
    "socio",
    "sub",
    "super",
    "trans",
    "under",
    "un",
)

_SENTENCE_GLUE = re.compile(
    r"(?<![\w.])([A-Za-z\u00c0-\u00ff][a-z\u00e0-\u00ff]+[.!?][\"”’»)]?)"
    r"([A-Z\u00c0-\u00de][a-z\u00e0-\u00ff]+)"
)
_NUMBER_WORD = re.compile(r"(?<![\w.,/-])(\d{1,4})([A-Z][a-z]{2,})\b")
_ORDINAL_ACRONYM = re.compile(r"(?<![\w.])(\d{1,3}(?:st|nd|rd|th))([A-Z]{2,})\b")
_LOWER_TOKEN = re.compile(r"(?<![\w@#/.'’])([A-Za-z][a-z]{4,23})(?![\w@/'’-])")
# A capitalised token ("Tradeministers") may be a name: both halves must be common words.
_TITLE_PART = 4.0


def find_more_glue(
    text: str,
    lex: Lexicon,
    counts: dict[str, int],
    lower_counts: dict[str, int],
    pieces: Iterable[str] | None = None,
) -> list[Suggestion]:
    """Suggestions for the shapes above; ``counts`` are the document's word counts and
    ``pieces`` its distinct whitespace-separated pieces (a match never spans
    whitespace, so a pattern no piece holds is not searched for in the whole text)."""
    shaped = [piece for piece in pieces if not piece.isalpha()] if pieces is not None else None

    def present(pattern: re.Pattern[str]) -> bool:
        return shaped is None or any(pattern.search(piece) for piece in shaped)

    found: list[Suggestion] = []
    if present(_SENTENCE_GLUE):
        found.extend(_sentence_glue(text, counts))
    if present(_NUMBER_WORD):
        found.extend(_number_word(text, lex, counts))
    if present(_ORDINAL_ACRONYM):
        found.extend(_ordinal_acronym(text))
    pattern = _hyphen_pattern(lex)
    if shaped is None or any(pattern.search(piece) for piece in shaped if "-" in piece):
        found.extend(_hyphen_camel(text, lex, counts))
    found.extend(_content_pairs(text, lex, counts, lower_counts))
    return found


def _chunk_is_urlish(text: str, start: int, end: int, dotted: bool = False) -> bool:
    """URLs, addresses, file names and code around the match: not prose (as glued.py).
    ``dotted``: the match itself holds "word.Word", so only other signs count."""
    chunk = glued._chunk(text, start, end)
    url = _ADDRESS if dotted else glued._URLISH
    return bool(url.search(chunk) or glued._CODEISH.search(chunk) or _DOMAIN.search(chunk))


def _sentence_glue(text: str, counts: dict[str, int]) -> list[Suggestion]:
    out: list[Suggestion] = []
    for m in _SENTENCE_GLUE.finditer(text):
        right = m.group(2)
        if _chunk_is_urlish(text, m.start(), m.end(), dotted=True):
            continue
        # "Node.Js", "Vol.II": the right half must be a word used as one in the text
        # or a common capitalised word.
        if counts.get(right, 0) == 0 and counts.get(right.lower(), 0) == 0:
            continue
        # The suggestion covers the boundary only (".The"), so that a glue inside the
        # word before it ("warmhospitality.The") is suggested on its own.
        at = m.start(2) - 1
        while at > m.start(1) and text[at - 1] in '.!?"”’»)':
            at -= 1
        before = text[at : m.end()]
        out.append(Suggestion(KIND, at, m.end(), before, f"{text[at : m.start(2)]} {right}"))
    return out


def _number_word(text: str, lex: Lexicon, counts: dict[str, int]) -> list[Suggestion]:
    out: list[Suggestion] = []
    for m in _NUMBER_WORD.finditer(text):
        digits, word = m.group(1), m.group(2)
        # "3Com", "7Eleven" are names: a one-digit number needs the word used on its own
        # in the document; a longer figure ("120Korean") a common word.
        if counts.get(word, 0) < 2 and (len(digits) < 2 or lex.zipf(word.lower()) < _PART):
            continue
        if _chunk_is_urlish(text, m.start(), m.end()):
            continue
        out.append(Suggestion(KIND, m.start(), m.end(), m.group(), f"{digits} {word}"))
    return out


def _ordinal_acronym(text: str) -> list[Suggestion]:
    return [
        Suggestion(KIND, m.start(), m.end(), m.group(), f"{m.group(1)} {m.group(2)}")
        for m in _ORDINAL_ACRONYM.finditer(text)
    ]


def _hyphen_pattern(lex: Lexicon) -> re.Pattern[str]:
    return _hyphen_regex(lex.camel_left)


@functools.lru_cache(maxsize=8)
def _hyphen_regex(lefts_set: frozenset[str]) -> re.Pattern[str]:
    lefts = "|".join(sorted(lefts_set, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])((?i:{lefts}))([A-Z][a-z]+)(?=-[A-Z])")


def _hyphen_camel(text: str, lex: Lexicon, counts: dict[str, int]) -> list[Suggestion]:
    """``TheKorea-Japan``: a function word, a capitalised word, then a hyphen."""
    out: list[Suggestion] = []
    for m in _hyphen_pattern(lex).finditer(text):
        left, right = m.group(1), m.group(2)
        if not (left.islower() or left.istitle()):
            continue
        if counts.get(right, 0) == 0 and lex.zipf(right.lower()) < _PART:
            continue
        if lex.zipf((left + right).lower()) > 0:
            continue  # a word: "Therapy-", "Tokyo-" never reach here, "Often-" would
        out.append(Suggestion(KIND, m.start(), m.end(), m.group(), f"{left} {right}"))
    return out


def _content_pairs(
    text: str, lex: Lexicon, counts: dict[str, int], lower_counts: dict[str, int]
) -> list[Suggestion]:
    """``economicgrowth``, ``meetingwith``: an unknown token, two known words."""
    proposals: dict[str, str] = {}
    for token in counts:
        if 5 <= len(token) <= 24 and token[1:].islower() and token.isascii():
            split = _best_split(token, lex, lower_counts)
            if split:
                proposals[token] = split
    out: list[Suggestion] = []
    for token, after in proposals.items():
        at = text.find(token)
        while at >= 0:
            end = at + len(token)
            alone = _LOWER_TOKEN.fullmatch(text, at, end) and _alone(text, at, end)
            # dotted: "warmhospitality.The" is two glues, not an address.
            if alone and not _chunk_is_urlish(text, at, end, dotted=True):
                out.append(Suggestion(KIND, at, end, token, after))
            at = text.find(token, end)
    return out


def _alone(text: str, start: int, end: int) -> bool:
    """Not inside a longer word, a handle or a path, and not before a hyphen. After one
    it may stand: "rules-basedinternational" glues a compound's end to the next word."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum() or before in "@#/.'’_" or after in "@/'’-_")


def _best_split(token: str, lex: Lexicon, lower_counts: dict[str, int]) -> str | None:
    low = token.lower()
    capital = token[0].isupper()
    if capital and len(token) < _MIN_TOKEN:
        return None  # a short name
    whole = lex.zipf(low)
    # A word wordfreq knows ("peacekeeping") is not glue, unless it lists the glued form
    # only as a rare typo of a far commoner pair ("endof" 1.2; "end of" ~4): glued.py's
    # rule for function-word pairs, in English where wordfreq lists such typos.
    typo_ok = 0 < whole < _TYPO and lex.language in _TYPO_LANGUAGES
    if whole > 0 and not typo_ok:
        return None
    if not typo_ok and _known_elsewhere(low):
        return None  # "existants", "tenus": a word of another language quoted or mixed in
    if lower_counts.get(low, 0) > (1 if capital else 2):
        return None  # written this way again and again: the document's own word or a name
    best: tuple[float, str] | None = None
    for cut in range(3, len(token) - 1):
        left, right = token[:cut], token[cut:]
        if left.lower() in _PREFIX_WORDS:
            continue  # "nonproliferation", "cybersecurity": written as one word
        z_left, z_right = lex.zipf(left.lower()), lex.zipf(right)
        short = len(right) <= 3 or len(left) <= 3 or len(token) < _MIN_TOKEN
        need = _SHORT_PART if short else _PART
        if capital:
            need = max(need, _TITLE_PART)
            if min(len(left), len(right)) < 4:
                continue
        if len(right) < 2 or min(z_left, z_right) < need:
            continue
        if _is_inflection(token, left, right, lex):
            continue
        if typo_ok and z_left + z_right - 9 - whole < _GAP:
            continue  # the glued form is too common to be a mere typo of the pair
        score = min(z_left, z_right)
        if best is None or score > best[0]:
            best = (score, f"{left} {right}")
    return best[1] if best else None


# Releases mix languages (a French regulation on an English page, Spanish names):
# a token any of these knows is a word, not a glue.
_OTHER_LANGUAGES = ("en", "fr", "es", "de", "it", "pt", "nl")


@functools.lru_cache(maxsize=4096)
def _known_elsewhere(word: str) -> bool:
    from wordfreq import zipf_frequency

    return any(zipf_frequency(word, language) > 0 for language in _OTHER_LANGUAGES)


def _is_inflection(token: str, left: str, right: str, lex: Lexicon) -> bool:
    """``reaffirmed`` = "reaffirm" + "ed"; ``meetings`` = "meeting" + "s": not glue."""
    return right in ("s", "es", "ed", "ing", "er", "ers", "ly", "ment", "ness", "ism", "ist")

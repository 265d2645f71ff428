"""Suggest repairs for words glued together when a web page's styling was stripped.

A page that wrote ``the <b>Seoul Initiative</b> on`` can come out of a text
extractor as ``theSeoul Initiativeon``. This module finds such tokens and
proposes the spaced form; it never edits the text.

How a token is judged (the token must also be unknown to wordfreq -- or, for a
function word glued to "the"/"a", far rarer than the spaced pair would be):

* camel glue -- ``theSeoul``: a function word, then a capitalised word or an
  acronym that the document uses on its own elsewhere (or, after a lowercase
  function word, a common word). ``TheSeoul`` only at the start of a sentence.
* lowercase glue -- ``Initiativeon``, ``ofthe``, ``ofpeacekeeping``: a word of
  four letters or more plus a very common function word. A capitalised first
  part must stand alone elsewhere in the document; a lowercase one must be
  common (zipf >= 3.5, trusted suffixes only) or used alone in the document.
* a number glued to a function word -- ``page 1of 8``.

Guards: tokens that recur in the same CamelCase form (product names), tokens
inside URLs, e-mail addresses, hashtags, handles, paths, codes with digits
("A4P+", "C34"), hyphenated compounds, function calls and words with
apostrophes are left alone. Two glued content words ("SeoulInitiative") are not
looked for: company names ("XenSource") look exactly the same.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from briefing.ingest.cleanup.lexicon import Lexicon, detect_language, lexicon
from briefing.model.release import Suggestion

KIND = "glued-words"

# Latin letters only: Korean or Chinese text is never a candidate.
_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_WORD = re.compile(f"[{_LETTERS}]+")
_NUMBER_GLUE = re.compile(f"(?<![\\w.,])(\\d+)([{_LETTERS}]+)(?![\\w])")

# Zipf of a word wordfreq and the document make us trust as a content part.
_COMMON = 3.0
# Zipf a word needs to be split off a bare suffix with no help from the document.
_BARE_COMMON = 3.5
# How much rarer than the spaced pair a known glued form must be ("ofthe" is a
# common typo that wordfreq lists at 3.3; "of the" itself would be ~6).
_GAP = 2.5
# Right halves allowed when two function words are glued ("inthe", "dela").
_DETERMINERS = {
    "en": frozenset({"the", "a", "an"}),
    "fr": frozenset({"la", "le", "les", "un", "une"}),
    "es": frozenset({"la", "el", "los", "las", "un", "una"}),
}
_APOSTROPHES = "'\u2019"
_HYPHENS = "-\u2010\u2011"
_ELISIONS = frozenset({"l", "d", "j", "n", "s", "c", "m", "t", "qu"})
# What may stand before a sentence-initial "TheSeoul" on the same line.
_SENTENCE_OPENERS = set('.!?:;"“”‘’«»()[]–—•*·-')
_URLISH = re.compile(r"@|#|://|www\.|[/\\=_]|[A-Za-z]\.[A-Za-z]")


@dataclass(frozen=True)
class _Proposal:
    after: str
    at_sentence_start: bool = False  # only valid there ("TheSeoul Initiative")


def find_glued_words(text: str, language: str | None = None) -> list[Suggestion]:
    """Suggest spaces for words glued together in ``text``; the text is not changed.

    ``language`` ("en", "fr", "es"; others fall back to "en") picks the word
    frequencies and function words; ``None`` guesses it from the text.
    Returns suggestions of kind ``"glued-words"`` in text order, with
    ``start``/``end`` as code-point offsets of the glued token.
    """
    counts = Counter(_WORD.findall(text))
    if not counts:
        return []
    lower_counts: Counter[str] = Counter()
    for word, n in counts.items():
        lower_counts[word.lower()] += n
    lex = lexicon(language or detect_language(lower_counts))

    proposals: dict[str, _Proposal] = {}
    for token in counts:
        proposal = _judge(token, counts, lower_counts, lex)
        if proposal is not None:
            proposals[token] = proposal

    found: list[Suggestion] = []
    if proposals:
        found.extend(_locate(text, proposals))
    if lex.after_number:
        found.extend(_number_glue(text, lex))
    found.sort(key=lambda s: s.start)
    return found


# -- judging a token (position-free, once per distinct token) ---------------------


def _judge(
    token: str, counts: Counter[str], lower_counts: Counter[str], lex: Lexicon
) -> _Proposal | None:
    if len(token) < 4:
        return None
    rest = token[1:]
    if rest.islower():
        return _lowercase_glue(token, counts, lower_counts, lex)
    if token.isupper():
        return None
    return _camel_glue(token, counts, lex)


def _camel_glue(token: str, counts: Counter[str], lex: Lexicon) -> _Proposal | None:
    """``theSeoul``, ``TheSeoul``, ``theUN``: a function word glued to a capitalised word."""
    cut = _single_cut(token)
    if cut is None or counts[token] > 1:
        return None  # several humps, or a CamelCase name the document repeats
    left, right = token[:cut], token[cut:]
    if lex.zipf(token) > 0:
        return None  # a word or name wordfreq knows: "YouTube", "LinkedIn", "OpenAI"
    right_is_acronym = right.isupper()
    if not (right_is_acronym and len(right) >= 2) and not _is_title(right):
        return None
    seen_right = counts[right] > 0
    if left.lower() in lex.function_words and (left.islower() or _is_title(left)):
        if left.islower():
            # "theSeoul": strong; a common right word is enough without the document.
            trusted = seen_right or (not right_is_acronym and lex.zipf(right) >= _COMMON)
            return _Proposal(f"{left} {right}") if trusted else None
        # "TheSeoul": only where a sentence starts, and only with the document's word.
        return _Proposal(f"{left} {right}", at_sentence_start=True) if seen_right else None
    return None


def _single_cut(token: str) -> int | None:
    """The one place where a new word starts inside ``token``, if there is exactly one.

    A cut is lower->Upper ("the|Seoul") or, inside a capital run, the last
    capital before lowercase ("UN|Peacekeeping").
    """
    cuts = []
    for i in range(1, len(token)):
        a, b = token[i - 1], token[i]
        hump = a.islower() and b.isupper()
        acronym_end = a.isupper() and b.isupper() and i + 1 < len(token) and token[i + 1].islower()
        if hump or acronym_end:
            cuts.append(i)
    return cuts[0] if len(cuts) == 1 else None


def _is_title(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and word[1:].islower()


def _lowercase_glue(
    token: str, counts: Counter[str], lower_counts: Counter[str], lex: Lexicon
) -> _Proposal | None:
    """``Initiativeon``, ``ofthe``, ``ofpeacekeeping``: a known word plus a function word."""
    low = token.lower()
    capitalised = token[0].isupper()
    whole = lex.zipf(low)
    if capitalised and counts[token] > 1 and whole == 0:
        return None  # an unknown capitalised word used repeatedly is a name
    splits: list[tuple[str, str, bool]] = []  # (first, second, function word first?)
    for affix in lex.suffixes:
        if len(low) > len(affix) and low.endswith(affix):
            splits.append((token[: -len(affix)], token[-len(affix) :], False))
    for affix in lex.prefixes:
        if len(low) > len(affix) and low.startswith(affix):
            splits.append((token[: len(affix)], token[len(affix) :], True))
    best: tuple[float, str] | None = None
    for first, second, affix_first in splits:
        score = _split_score(first, second, affix_first, whole, counts, lower_counts, lex)
        if score is not None and (best is None or score > best[0]):
            best = (score, f"{first} {second}")
    return _Proposal(best[1]) if best else None


def _split_score(
    first: str,
    second: str,
    affix_first: bool,
    whole: float,
    counts: Counter[str],
    lower_counts: Counter[str],
    lex: Lexicon,
) -> float | None:
    """How believable ``first second`` is as the split of an unspaced token, or None."""
    affix, content = (first, second) if affix_first else (second, first)
    a_low, c_low = affix.lower(), content.lower()
    # Two function words ("inthe", "ofa", "dela"): wordfreq may list the glued
    # form as a common typo, so compare it with what the spaced pair would score.
    if affix_first and c_low in _DETERMINERS[lex.language]:
        pair = lex.zipf(a_low) + lex.zipf(c_low) - 9  # independence estimate
        return pair if whole == 0 or pair - whole >= _GAP else None
    if whole > 0 or len(content) < 4:
        return None  # a real word or a name: "notwithstanding", "Hardin", "onto"
    known = lex.zipf(c_low)
    in_document = lower_counts[c_low] > 0
    if first[0].isupper():
        # "Initiativeon" is believed only when the document writes "Initiative"
        # alone; "Marchesin", "Inyoung", "Lacroix" are how names look.
        return known + 1 if not affix_first and counts[content] > 0 else None
    if affix_first:
        return known + 1 if in_document and known >= 2.0 else None
    if in_document and known >= 2.0:
        return known + 1
    return known if a_low in lex.bare_suffixes and known >= _BARE_COMMON else None


# -- locating the judged tokens and checking where they stand ---------------------


def _locate(text: str, proposals: dict[str, _Proposal]) -> list[Suggestion]:
    """Every standalone occurrence of a proposed token, as a Suggestion."""
    alternation = "|".join(sorted(map(re.escape, proposals), key=len, reverse=True))
    pattern = re.compile(f"(?<![{_LETTERS}])(?:{alternation})(?![{_LETTERS}])")
    out: list[Suggestion] = []
    for match in pattern.finditer(text):
        token = match.group()
        proposal = proposals[token]
        start, end = match.span()
        if not _stands_alone(text, start, end):
            continue
        if proposal.at_sentence_start and not _sentence_start(text, start):
            continue
        out.append(Suggestion(KIND, start, end, token, proposal.after))
    return out


def _stands_alone(text: str, start: int, end: int) -> bool:
    """False inside codes, compounds, URLs, addresses, handles and elided words."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or after.isalnum() or "_" in (before, after):
        return False  # "A4P", Hangul or Greek letters, snake_case
    if before in _HYPHENS or after in _HYPHENS or "+" in (before, after):
        return False  # "ROK-France", "e-mail", "A4P+"
    if after in _APOSTROPHES and not _possessive(text, end):
        return False  # "don't"
    if after == "(":
        return False  # a function call in code: "atmark()"
    if before in _APOSTROPHES and not _elided(text, start - 1):
        return False
    return not _URLISH.search(_chunk(text, start, end))


def _possessive(text: str, quote: int) -> bool:
    tail = text[quote + 1 : quote + 3]
    return tail[:1] in ("s", "S") and not tail[1:2].isalnum()


def _elided(text: str, quote: int) -> bool:
    head = _WORD.search(text[max(0, quote - 3) : quote][::-1])
    if head is None or head.start() != 0:
        return False
    return head.group()[::-1].lower() in _ELISIONS


def _chunk(text: str, start: int, end: int) -> str:
    """The whitespace-delimited piece of ``text`` around ``start:end`` (bounded)."""
    lo = start
    while lo > 0 and start - lo < 200 and not text[lo - 1].isspace():
        lo -= 1
    hi = end
    while hi < len(text) and hi - end < 200 and not text[hi].isspace():
        hi += 1
    return text[lo:hi]


def _sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in "\r\n" or text[i] in _SENTENCE_OPENERS


def _number_glue(text: str, lex: Lexicon) -> list[Suggestion]:
    """``page 1of 8`` -> ``1 of``: a number, then a function word, then a space."""
    out: list[Suggestion] = []
    for match in _NUMBER_GLUE.finditer(text):
        digits, word = match.groups()
        if word not in lex.after_number:
            continue
        start, end = match.span()
        if _URLISH.search(_chunk(text, start, end)):
            continue
        out.append(Suggestion(KIND, start, end, match.group(), f"{digits} {word}"))
    return out

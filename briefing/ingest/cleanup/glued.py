"""Suggest repairs for words glued together when a web page's styling was stripped.

A page that wrote ``the <b>Seoul Initiative</b> on`` can come out of a text
extractor as ``theSeoul Initiativeon``. This module finds such tokens and
proposes the spaced form; it never edits the text.

How a token is judged (the token must also be unknown to wordfreq -- or, for a
function word glued to "the", far rarer than the spaced pair would be):

* camel glue -- ``theSeoul``: a lowercase function word, then a capitalised
  word that wordfreq knows well or that the document uses on its own, or an
  acronym the document uses on its own (``theUN``). ``TheSeoul`` only at the
  start of a sentence and only with the document's word.
* lowercase glue -- ``Initiativeon``, ``ofthe``, ``ofpeacekeeping``: a word of
  four letters or more plus a very common function word. A capitalised word
  must also stand alone mid-sentence in the document, or else be very common,
  end in a trusted suffix and sit inside a capitalised phrase
  ("Initiativeon Technology"); a lowercase one must be used alone in the
  document, or be common (zipf >= 3.5, five letters or more) with a trusted
  suffix ("on", "of", "the", "and", "for", "with", "from", "by") or prefix
  ("the", "of", "and"). Never "in"/"to"/"at" without the document: they end
  names and code ("Marchesin", "Taketo", "openat").
* a number glued to a function word -- ``page 1of 8``.

Guards: tokens that recur in the same CamelCase form (product names), tokens
inside URLs, e-mail addresses, hashtags, handles, paths, codes with digits
("A4P+", "C34"), hyphenated compounds, function calls and words with
apostrophes are left alone. Two glued content words ("SeoulInitiative") are not
looked for: company names ("XenSource") look exactly the same. Lowercase content
pairs ("economicgrowth"), numbers, sentence ends and ordinals glued to the next word
are in ``glued_more.py``.
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

# Zipf of a word wordfreq and the document make us trust as a content part.
_COMMON = 3.0
# wordfreq's score under which a camel token like "theUS" (1.66) is noise, not a name.
_CAMEL_NOISE = 2.0
# Zipf a capitalised word needs to be split off a trusted suffix on its own.
_TITLE_COMMON = 4.0
# Zipf a word needs to be split off a bare suffix with no help from the document.
_BARE_COMMON = 3.5
# How much rarer than the spaced pair a known glued form must be ("ofthe" is a
# common typo that wordfreq lists at 3.3; "of the" itself would be ~6).
_GAP = 2.5
# Right halves allowed when two function words are glued ("inthe", "dela").
_DETERMINERS = {
    "en": frozenset({"the"}),
    "fr": frozenset({"la", "le", "les", "un", "une"}),
    "es": frozenset({"la", "el", "los", "las", "un", "una"}),
}
_DETERMINER_ENDS = {lang: tuple(words) for lang, words in _DETERMINERS.items()}
# Languages where a glued pair wordfreq lists as a typo ("ofthe" 3.3) is still
# split. Not French or Spanish: "dune", "dela" are words or names there, and
# not "a"/"an" in English: "fora" is the plural of "forum".
_KNOWN_GLUE = frozenset({"en"})
# Endings whose removal from an unknown token leaves a known word: then the token
# is an inflection wordfreq lacks ("formatters"), not a glue ("for matters").
_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly")
_APOSTROPHES = "'\u2019"
_HYPHENS = "-\u2010\u2011"
_ELISIONS = frozenset({"l", "d", "j", "n", "s", "c", "m", "t", "qu"})
# What may stand before a sentence-initial "TheSeoul" on the same line.
_SENTENCE_OPENERS = set('.!?:;"“”‘’«»()[]–—•*·-')
_URLISH = re.compile(r"@|#|://|www\.|[/\\=_]|[A-Za-z]\.[A-Za-z]")
# Marks of code rather than prose around a token: `toText`, <aKill>, *fromlist*, a::b.
_CODEISH = re.compile(r"[`<>{}|\[\]]|\*[A-Za-z]|::|->|\(\)")


@dataclass(frozen=True)
class _Proposal:
    after: str
    at_sentence_start: bool = False  # only valid there ("TheSeoul Initiative")
    # A capitalised word the text must also use mid-sentence ("the Initiative")
    # for the split to hold: "Take" opening sentences does not make "Taketo" glued.
    title_word: str = ""
    # Only when the next word is capitalised too, as inside a title.
    before_capital: bool = False


def find_glued_words(text: str, language: str | None = None) -> list[Suggestion]:
    """Suggest spaces for words glued together in ``text``; the text is not changed.

    ``language`` ("en", "fr", "es"; others fall back to "en") picks the word
    frequencies and function words; ``None`` guesses it from the text.
    Returns suggestions of kind ``"glued-words"`` in text order, with
    ``start``/``end`` as code-point offsets of the glued token.
    """
    # Words never span whitespace: find them once per distinct whitespace-separated
    # piece (a C split of the text) instead of running the regex over all of it. The
    # counts, and their first-seen order, are those of ``_WORD.findall(text)``.
    pieces = Counter(text.split())
    counts = _word_counts(pieces)
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

    titles = {p.title_word for p in proposals.values() if p.title_word}
    if titles:
        used = _used_mid_sentence(text, titles)
        proposals = {t: p for t, p in proposals.items() if not p.title_word or p.title_word in used}

    found: list[Suggestion] = []
    if proposals:
        found.extend(_locate(text, proposals))
    if lex.after_number:
        found.extend(_number_glue(text, lex, pieces))
    from briefing.ingest.cleanup.glued_more import find_more_glue

    found.extend(find_more_glue(text, lex, counts, lower_counts, pieces))
    return _without_overlaps(found)


def _without_overlaps(found: list[Suggestion]) -> list[Suggestion]:
    """In text order; where two rules claim the same characters, the first found wins."""
    taken: list[Suggestion] = []
    for s in sorted(enumerate(found), key=lambda pair: (pair[1].start, pair[0])):
        suggestion = s[1]
        if taken and suggestion.start < taken[-1].end:
            continue
        taken.append(suggestion)
    return taken


def _word_counts(pieces: Counter[str]) -> Counter[str]:
    """Counts of the words (``_WORD``) inside whitespace-separated ``pieces``."""
    counts: Counter[str] = Counter()
    findall = _WORD.findall
    for piece, n in pieces.items():
        if piece.isalpha() and _WORD.fullmatch(piece):
            counts[piece] += n  # the common case: the piece is one word
            continue
        for word in findall(piece):
            counts[word] += n
    return counts


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
    right_is_acronym = right.isupper()
    if not (right_is_acronym and len(right) >= 2) and not _is_title(right):
        return None
    seen_right = counts[right] > 0
    # A word or name wordfreq knows ("YouTube", "InBev", "OnStar") is left alone;
    # "theUS", "theUN", "ofJapan" are rare noise there (zipf 1-1.7), so some slack when
    # the left is lowercase and the document writes the right part alone or it is a
    # very common word.
    supported = seen_right or lex.zipf(right) >= _TITLE_COMMON
    limit = _CAMEL_NOISE if supported and left.islower() else 0.0
    if lex.zipf(token) > limit:
        return None
    if left.lower() in lex.camel_left and (left.islower() or _is_title(left)):
        if left.islower():
            # "theSeoul" with "Seoul" alone elsewhere, or a common word.
            common = not right_is_acronym and lex.zipf(right) >= _COMMON
            trusted = seen_right or common
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
    determiners = _DETERMINERS[lex.language]
    if not (
        low.endswith(lex.suffix_tuple)
        or low.startswith(lex.prefix_tuple)
        or low.endswith(_DETERMINER_ENDS[lex.language])
    ):
        return None  # most words: no function word at either end
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
    for det in determiners:  # "inthe", "Onthe", "dela": two function words
        cut = len(low) - len(det)
        if low.endswith(det) and low[:cut] in lex.function_words:
            splits.append((token[:cut], token[cut:], True))
    scored = [_split_score(f, s, a, whole, counts, lower_counts, lex) for f, s, a in splits]
    found = [x for x in scored if x is not None]
    return max(found, key=lambda x: x[0])[1] if found else None


def _split_score(
    first: str,
    second: str,
    affix_first: bool,
    whole: float,
    counts: Counter[str],
    lower_counts: Counter[str],
    lex: Lexicon,
) -> tuple[float, _Proposal] | None:
    """How believable ``first second`` is as the split of an unspaced token, or None."""
    affix, content = (first, second) if affix_first else (second, first)
    a_low, c_low = affix.lower(), content.lower()
    after = f"{first} {second}"
    # Two function words ("inthe", "ofa", "dela"): wordfreq may list the glued
    # form as a common typo, so compare it with what the spaced pair would score.
    if affix_first and c_low in _DETERMINERS[lex.language]:
        pair = lex.zipf(a_low) + lex.zipf(c_low) - 9  # independence estimate
        if whole == 0 or (lex.language in _KNOWN_GLUE and pair - whole >= _GAP):
            return pair, _Proposal(after)
        return None
    if whole > 0 or len(content) < 4 or _inflection(first + second, lex):
        return None  # a real word or a name: "notwithstanding", "Hardin", "onto"
    known = lex.zipf(c_low)
    # Without the document's word, only a common word of five letters or more:
    # "offest", "stanby" are typos, not "of fest", "stan by".
    bare = known >= _BARE_COMMON and len(content) >= 5
    if first[0].isupper():
        # "Initiativeon" is believed when the document writes "Initiative" alone
        # (mid-sentence too: checked later), since "Marchesin", "Inyoung",
        # "Lacroix" are how names look.
        if affix_first:
            return None
        if counts[content] > 0:
            return known + 1, _Proposal(after, title_word=content)
        # Otherwise only a very common word before a trusted suffix, inside a
        # capitalised phrase ("Initiativeon Technology"; "Dan Cashon." is a name).
        if a_low in lex.bare_suffixes and bare and known >= _TITLE_COMMON:
            return known, _Proposal(after, before_capital=True)
        return None
    if lower_counts[c_low] > 0 and known >= 2.0:
        return known + 1, _Proposal(after)
    trusted = lex.strong if affix_first else lex.bare_suffixes
    return (known, _Proposal(after)) if a_low in trusted and bare else None


def _inflection(token: str, lex: Lexicon) -> bool:
    low = token.lower()
    return any(
        low.endswith(end) and len(low) - len(end) >= 4 and lex.zipf(low[: -len(end)]) >= 1.5
        for end in _ENDINGS
    )


# -- locating the judged tokens and checking where they stand ---------------------


def _locate(text: str, proposals: dict[str, _Proposal]) -> list[Suggestion]:
    """Every standalone occurrence of a proposed token, as a Suggestion."""
    out: list[Suggestion] = []
    for start, token in _occurrences(text, list(proposals)):
        end = start + len(token)
        proposal = proposals[token]
        if not _stands_alone(text, start, end):
            continue  # also rejects a match inside a longer word
        if proposal.at_sentence_start and not _sentence_start(text, start):
            continue
        if proposal.before_capital and not _capital_follows(text, end):
            continue
        out.append(Suggestion(KIND, start, end, token, proposal.after))
    return out


def _occurrences(text: str, tokens: list[str]) -> list[tuple[int, str]]:
    """Start offsets of every occurrence of each token (inside longer words too)."""
    found: list[tuple[int, str]] = []
    if len(tokens) <= 16:
        # str.find is a fast C scan; an alternation regex steps through every
        # character in Python's engine, several times slower on a 5 MB text.
        for token in tokens:
            at = text.find(token)
            while at >= 0:
                found.append((at, token))
                at = text.find(token, at + 1)
    else:
        alternation = "|".join(sorted(map(re.escape, tokens), key=len, reverse=True))
        found.extend((m.start(), m.group()) for m in re.finditer(alternation, text))
    return found


def _used_mid_sentence(text: str, words: set[str]) -> set[str]:
    """The capitalised ``words`` that ``text`` also writes after a lowercase word."""
    used: set[str] = set()
    for word in words:
        at = text.find(word)
        while at >= 0 and word not in used:
            end = at + len(word)
            after = text[end] if end < len(text) else " "
            if at >= 2 and text[at - 1] == " " and text[at - 2].islower() and not after.isalpha():
                used.add(word)
            at = text.find(word, at + 1)
    return used


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
    chunk = _chunk(text, start, end)
    return not (_URLISH.search(chunk) or _CODEISH.search(chunk))


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


def _capital_follows(text: str, end: int) -> bool:
    """True when a space and a capitalised word follow ``end``: "...on Technology"."""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()


def _sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in "\r\n" or text[i] in _SENTENCE_OPENERS


def _number_glue(text: str, lex: Lexicon, pieces: Counter[str] | None = None) -> list[Suggestion]:
    """``page 1of 8`` -> ``1 of``: a number, then a function word, then a space.

    ``pieces`` are the whitespace-separated pieces of ``text``: a match never spans
    whitespace, so when no piece has one the text need not be scanned."""
    words = "|".join(sorted(lex.after_number))
    pattern = re.compile(f"[0-9](?:{words})(?![\\w])")
    if pieces is not None and not any(
        pattern.search(piece) for piece in pieces if not piece.isalpha()
    ):
        return []
    out: list[Suggestion] = []
    # One digit then the word: the engine skips quickly to digits; walk back by hand.
    for match in pattern.finditer(text):
        start, end = match.span()
        word_start = start + 1
        while start > 0 and text[start - 1].isdigit():
            start -= 1
        before = text[start - 1] if start > 0 else " "
        if before.isalnum() or before in "_.,-+":
            continue  # "A1of", "1.5of", "2024-25of": part of a code or a figure
        if _URLISH.search(_chunk(text, start, end)):
            continue
        digits, word = text[start:word_start], text[word_start:end]
        out.append(Suggestion(KIND, start, end, text[start:end], f"{digits} {word}"))
    return out

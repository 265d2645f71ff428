"""Word knowledge for cleanup: function words per language and cached wordfreq look-ups."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

SUPPORTED = ("en", "fr", "es")


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Short, very frequent words that styled web pages glue to their neighbours
# ("the<b>Seoul</b>", "Initiative<i>on</i>"). Kept per language because "de"
# or "en" are ordinary words in one language and not in another.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the of and to in on for at by with from a an as is or into that this its our their his her"
    ),
    "fr": _words("de du des la le les et en au aux un une pour par sur dans avec"),
    "es": _words("de del la el los las en con por para al un una"),
}

# Function words that may end a glued token ("Initiativeon") when the document
# also uses the other part on its own. "as", "is", "or", "an" are left out:
# they end too many names ("Thomas", "Davis").
_SUFFIXES: dict[str, frozenset[str]] = {
    "en": _words("the of and to in on for by with from"),
    "fr": _words("de du des la le les et en au aux pour par sur dans avec"),
    "es": _words("de del la el los las en con por para al"),
}

# The suffixes trusted on a lowercase token even without the document's word,
# when the rest is a common word. "in", "to", "at" are not: they end too many
# foreign words and names ("violato", "Marchesin"); nor Spanish "la", "lo",
# which end verbs with a pronoun attached ("otorgarla").
_BARE_SUFFIXES: dict[str, frozenset[str]] = {
    "en": _words("the of and on for with from by"),
    "fr": _words("de du des et pour par sur dans avec"),
    "es": _words("de del en con por para"),
}

# Function words that may start a glued lowercase token ("ofpeacekeeping");
# always with the document's word, since many real words start with "in", "at".
_PREFIXES: dict[str, frozenset[str]] = {
    "en": _words("the of and to for with from"),
    "fr": _words("de du des la le les et pour par sur dans avec"),
    "es": _words("de del la el los las con por para"),
}

# Function words that may stand glued before a capitalised word ("theSeoul").
# "a", "is", "as" are left out: "aKill", "isValid" are code, not prose; "toText",
# "inTags" are too, but "talks inSeoul" is how a press release glues.
_CAMEL_LEFT: dict[str, frozenset[str]] = {
    "en": _words("the of and to in on for at by with from"),
    "fr": _words("de du des la le les et en au aux pour par sur dans avec"),
    "es": _words("de del la el los las en con por para al"),
}

# The strongest of those: they may start a lowercase glue ("ofprogress") even
# when the document never writes the word alone, as no real prefix looks like them.
_STRONG: dict[str, frozenset[str]] = {
    "en": _words("the of and"),
    "fr": _words("des du les et"),
    "es": _words("del los las"),
}

# Function words seen glued after a number ("page 1of 8"). French is left out
# on purpose: "2de" and "1re" are ordinals there.
_AFTER_NUMBER: dict[str, frozenset[str]] = {
    "en": frozenset({"of", "and", "the"}),
    "fr": frozenset(),
    "es": frozenset({"de", "del"}),
}

# Words that mark a language well and rarely occur in the other two.
_MARKERS: dict[str, frozenset[str]] = {
    "en": _words("the and of to is that with was for"),
    "fr": _words("le les des et est une dans du sur pour"),
    "es": _words("el los las del y que por una para con"),
}


def detect_language(counts: Mapping[str, int]) -> str:
    """Guess en/fr/es from lowercase word counts; "en" when nothing stands out.

    Cheap on purpose: a handful of marker words per language is enough to pick
    the frequency list and the function words, and costs nothing to compute.
    """
    scores = {lang: sum(counts.get(w, 0) for w in words) for lang, words in _MARKERS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] > scores["en"] else "en"


@dataclass
class Lexicon:
    """What the glue finder knows about one language's words.

    ``zipf`` wraps ``wordfreq.zipf_frequency`` with a cache: wordfreq costs
    about 2 µs a call, and a long release asks about the same words again and
    again. wordfreq is imported on first use because importing it takes ~0.3 s.
    """

    language: str
    function_words: frozenset[str]
    camel_left: frozenset[str]
    strong: frozenset[str]
    suffixes: frozenset[str]
    bare_suffixes: frozenset[str]
    prefixes: frozenset[str]
    after_number: frozenset[str]
    _cache: dict[str, float] = field(default_factory=dict, repr=False)
    # The affixes as tuples, so one str.endswith/startswith call tests them all.
    suffix_tuple: tuple[str, ...] = field(init=False, repr=False)
    prefix_tuple: tuple[str, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.suffix_tuple = tuple(self.suffixes)
        self.prefix_tuple = tuple(self.prefixes)

    def zipf(self, word: str) -> float:
        """Zipf frequency of ``word`` (any case): 0 for unknown, ~7 for "the"."""
        key = word.lower()
        value = self._cache.get(key)
        if value is None:
            from wordfreq import zipf_frequency  # slow import: only when needed

            value = zipf_frequency(key, self.language)
            self._cache[key] = value
        return value


_LEXICONS: dict[str, Lexicon] = {}


def lexicon(language: str) -> Lexicon:
    """The shared Lexicon for ``language`` (unsupported languages fall back to "en")."""
    lang = language.lower()[:2] if language else "en"
    if lang not in SUPPORTED:
        lang = "en"
    found = _LEXICONS.get(lang)
    if found is None:
        found = Lexicon(
            lang,
            _FUNCTION_WORDS[lang],
            _CAMEL_LEFT[lang],
            _STRONG[lang],
            _SUFFIXES[lang],
            _BARE_SUFFIXES[lang],
            _PREFIXES[lang],
            _AFTER_NUMBER[lang],
        )
        _LEXICONS[lang] = found
    return found


def warm_up(language: str = "en") -> None:
    """Import wordfreq and load ``language``'s list now (~0.6 s) rather than on first use."""
    lexicon(language).zipf("the")

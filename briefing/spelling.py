"""Spell checking for what the user writes: summaries, annotations and the brief (no Qt).

Uses pyspellchecker (MIT; word-frequency dictionaries for English, French, Spanish,
German, Portuguese, Italian, Dutch, Russian, Arabic and more; 0.1 s to load one). A
briefing note is full of names — people, places, ministries — that no dictionary holds,
so a word is also correct when it appears in one of the project's releases (the release
is the authority on how its names are spelled), or in the user's own dictionary (a
plain UTF-8 word list, one per line, written atomically). Words in scripts with no
dictionary here (Hangul, kana, CJK) are never flagged, nor acronyms, words with digits
or inner capitals (eGovernment, McCain), or web and e-mail addresses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

LANGUAGES = ("en", "fr", "es", "de", "pt", "it", "nl", "ru", "ar")
# A word: letters, with inner apostrophes or hyphens ("don't", "peace-building").
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", re.UNICODE)
_SKIP_AROUND = re.compile(r"\S*(?:://|www\.|@)\S*")  # URLs and addresses, skipped whole
_NO_DICTIONARY = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u4e00-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True, slots=True)
class Misspelling:
    start: int  # code points into the text checked
    end: int
    word: str


@dataclass
class Speller:
    """One language's checker plus the words the project and the user vouch for."""

    language: str = "en"
    user_words_path: Path | None = None
    known: set[str] = field(default_factory=set)  # from the releases (lower case)
    _checker: object = None
    _user: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        from spellchecker import SpellChecker  # ~0.1 s: built when first needed

        language = self.language if self.language in LANGUAGES else "en"
        self._checker = SpellChecker(language=language)
        if self.user_words_path is not None and self.user_words_path.exists():
            text = self.user_words_path.read_text(encoding="utf-8", errors="replace")
            self._user = {w.strip().lower() for w in text.splitlines() if w.strip()}

    def learn_from(self, texts: Iterable[str]) -> None:
        """Accept every word of ``texts`` (the project's releases)."""
        self.known.update(words_in(texts))

    def check(self, text: str) -> list[Misspelling]:
        """Words of ``text`` the dictionary, the releases and the user do not know."""
        skipped = [(m.start(), m.end()) for m in _SKIP_AROUND.finditer(text)]
        candidates: list[tuple[int, int, str]] = []
        for match in _WORD.finditer(text):
            word = match.group()
            if any(s <= match.start() < e for s, e in skipped) or not self._checkable(word):
                continue
            candidates.append((match.start(), match.end(), word))
        unknown = self._checker.unknown([w.lower() for _s, _e, w in candidates])
        return [Misspelling(s, e, w) for s, e, w in candidates if w.lower() in unknown]

    def _checkable(self, word: str) -> bool:
        lower = word.lower()
        if len(word) < 2 or _NO_DICTIONARY.search(word):
            return False
        if word.isupper() or any(c.isupper() for c in word[1:]):  # NATO, eGovernment
            return False
        return lower not in self.known and lower not in self._user

    def suggestions(self, word: str, limit: int = 5) -> list[str]:
        """Likely corrections, most probable first, in the word's own capitalisation."""
        candidates = self._checker.candidates(word.lower()) or set()
        ranked = sorted(candidates, key=lambda w: -self._checker.word_usage_frequency(w))
        shaped = [_like(word, w) for w in ranked if w != word.lower()]
        return shaped[:limit]

    def add_word(self, word: str) -> None:
        """Accept ``word`` from now on, and keep it in the user's word list."""
        self._user.add(word.lower())
        if self.user_words_path is None:
            return
        from briefing.storage.atomic import write_atomic

        data = "\n".join(sorted(self._user)) + "\n"
        self.user_words_path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.user_words_path, lambda handle: handle.write(data.encode("utf-8")))


def words_in(texts: Iterable[str]) -> set[str]:
    """Every word of ``texts``, in lower case (~0.1 s a MB: run it off the GUI thread)."""
    words: set[str] = set()
    for text in texts:
        words.update(m.group().lower() for m in _WORD.finditer(text))
    return words


def user_words_path() -> Path:
    """The user's own word list (``$BRIEFING_STATE_DIR`` overrides, as for recovery)."""
    import os

    override = os.environ.get("BRIEFING_STATE_DIR")
    if override:
        return Path(override) / "user-words.txt"
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(
        os.path.expanduser("~"), ".local", "share"
    )
    return Path(base) / "briefing" / "user-words.txt"


def _like(original: str, word: str) -> str:
    """``word`` capitalised as ``original`` is."""
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word

"""Spell checking in the summary, annotation and brief editors — never in the release.

The dictionary (~0.1 s to load) and the words of the project's releases (which make
names correct: ~0.1 s a MB) are prepared off the GUI thread after the first paint; the
editors are underlined from then on. The language is QSettings ``spelling/language``
(``en`` by default; fr, es, de, pt, it, nl, ru, ar also; Hangul and CJK never flagged).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from briefing.app.shell.background import run_in_background

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit

    from briefing.app.panels.spell_highlighter import SpellHighlighter
    from briefing.app.shell.parts import Parts
    from briefing.spelling import Speller

LANGUAGE_SETTING = "spelling/language"


def make_speller(language: str) -> Speller:
    from briefing.spelling import Speller, user_words_path

    return Speller(language, user_words_path())


class SpellingFeature:
    """Underlines misspellings in ``editors`` once the dictionary is ready."""

    def __init__(self, parts: Parts, editors: list[QPlainTextEdit]) -> None:
        self.parts, self.editors = parts, editors
        self.speller: Speller | None = None
        self.highlighters: list[SpellHighlighter] = []
        self._learning = 0  # the latest request for the releases' words
        parts.ctrl.releasesChanged.connect(self.learn)
        parts.after_first_paint(self.start)

    def start(self) -> None:
        language = str(self.parts.settings.value(LANGUAGE_SETTING, "en") or "en")
        run_in_background(partial(make_speller, language), self._ready, self._failed)

    def _ready(self, speller: Speller) -> None:
        from briefing.app.panels.spell_highlighter import SpellHighlighter

        self.speller = speller
        self.highlighters = [SpellHighlighter(editor, speller) for editor in self.editors]
        self.learn()

    def _failed(self, _error: Exception) -> None:
        self.speller = None  # no dictionary: the editors work without underlines

    def learn(self) -> None:
        """Take the words of the project's releases (names are spelled as there)."""
        if self.speller is None:
            return
        from briefing.spelling import words_in

        self._learning += 1
        texts = [release.text for release in self.parts.project.releases]
        run_in_background(
            partial(words_in, texts), partial(self._learned, self._learning), self._failed_learning
        )

    def _learned(self, request: int, words: set[str]) -> None:
        if request != self._learning or self.speller is None:
            return
        self.speller.known = words
        for highlighter in self.highlighters:
            highlighter.rehighlight()

    def _failed_learning(self, _error: Exception) -> None:
        pass  # the dictionary alone still works

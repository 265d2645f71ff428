"""Glued-word suggestions computed after the window is up, off the GUI thread.

Finding glued words needs word-frequency lists that take about a second to load the
first time (and ~0.3 s per 5 MB after that). The app therefore reads releases with
``suggest=False`` (see ``files.load_release_file``), shows them at once, and lets this
feature add the glued-word suggestions a moment later. If the user edits the text
before the result arrives, the result is for stale text: it is dropped and the search
runs again on the current text, so a suggestion never points at the wrong characters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from briefing.app.features import files
from briefing.app.shell.background import run_in_background
from briefing.app.shell.i18n import translate

if TYPE_CHECKING:
    from briefing.app.features.suggestions_feature import SuggestionFeature
    from briefing.app.shell.parts import Parts
    from briefing.model import Release, Suggestion


DELAY_MS = 300


def _find(text: str, language: str) -> list[Suggestion]:
    from briefing.ingest.cleanup import find_glued_words

    return find_glued_words(text, language or None)


class LateSuggestions:
    """Adds glued-word suggestions to each release shown that was read without them."""

    def __init__(self, parts: Parts, suggestions: SuggestionFeature) -> None:
        self.suggestions = suggestions
        self.parts = parts
        self.w = parts.window
        self._running: set[str] = set()  # release ids with a search in flight
        parts.release_listeners.append(self.request)

    def request(self, rid: str) -> None:
        """Search release ``rid`` shortly, if it still lacks its suggestions: the window
        paints first (the search competes with it for the interpreter)."""
        QTimer.singleShot(DELAY_MS, lambda: self._start(rid))

    def _start(self, rid: str) -> None:
        session = self.parts.ctrl.session(rid)
        if session is None or rid in self._running:
            return
        release = session.release
        if not files.suggestions_pending(release):
            return
        # Through the controller, so the outline, find and key facts hear of the commit.
        self.parts.ctrl.commit_text()
        text, language = release.text, release.language
        self._running.add(rid)
        run_in_background(
            lambda: _find(text, language),
            lambda found: self._arrived(rid, release, text, found),
            lambda error: self._failed(rid, error),
        )

    def _arrived(self, rid: str, release: Release, text: str, found: list[Suggestion]) -> None:
        self._running.discard(rid)
        session = self.parts.ctrl.session(rid)
        if session is None or session.release is not release:
            return  # the release was closed or replaced meanwhile
        self.parts.ctrl.commit_text()
        if release.text != text:
            self._start(rid)  # edited meanwhile: search the current text instead
            return
        files.mark_suggestions_done(release)
        session.add_suggestions(found)
        self.suggestions.refresh()

    def _failed(self, rid: str, error: Exception) -> None:
        self._running.discard(rid)
        message = translate("Suggestions", "Glued-word suggestions unavailable: {error}")
        self.w.statusBar().showMessage(message.format(error=error), 5000)

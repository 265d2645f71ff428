"""Makes drafts (summaries, the bottom line) offline or by a language model, one at a time
per kind, off the GUI thread when slow; shared by the inspector's and the brief's Suggest."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from briefing import analysis
from briefing.app.features.drafting_runner import DraftingRunner
from briefing.app.shell.i18n import translate

if TYPE_CHECKING:
    from briefing.analysis import SummarySuggestion
    from briefing.app.shell.parts import Parts
    from briefing.model import Node, Release

STATUS_MS = 8000


class Drafter:
    """Makes one draft at a time per caller, offline or by the model, off the GUI thread
    when slow. A newer request supersedes an older one (its result is dropped)."""

    def __init__(self, parts: Parts) -> None:
        self.parts = parts
        self.w = parts.window
        self.runner = DraftingRunner()
        self.serials: dict[str, int] = {}

    def draft(
        self,
        kind: str,
        release: Release,
        node: Node | None,
        offline: Callable[[], SummarySuggestion],
        on_result: Callable[[SummarySuggestion], None],
        on_busy: Callable[[str], None],
    ) -> None:
        serial = self.serials[kind] = self.serials.get(kind, 0) + 1

        def current(result: SummarySuggestion) -> None:
            if self.serials.get(kind) == serial:
                on_result(result)

        def offline_draft(note: str = "") -> None:
            if note:
                self.w.statusBar().showMessage(note, STATUS_MS)
            self.runner.run(kind, len(release.text), offline, current, failed)

        def failed(error: Exception) -> None:
            if self.serials.get(kind) == serial:
                self.w.statusBar().showMessage(
                    translate("Drafting", "No draft: {error}").format(error=error), STATUS_MS)

        from briefing.app.panels.llm_settings import load_llm_settings

        llm = load_llm_settings(self.parts.settings)
        if llm is None:
            on_busy(translate("Drafting", "Drafting (offline)…"))
            offline_draft()
            return
        host = urlparse(llm.endpoint).netloc or llm.endpoint
        asking = translate("Drafting", "Asking the language model at {host}…").format(host=host)
        on_busy(asking)
        self.w.statusBar().showMessage(asking, STATUS_MS)

        def model_failed(error: Exception) -> None:
            if self.serials.get(kind) == serial:
                offline_draft(translate("Drafting", "Language model unavailable ({error}); showing "
                                        "the offline draft").format(error=error))

        def model_done(result: SummarySuggestion) -> None:
            if self.serials.get(kind) == serial:
                self.w.statusBar().showMessage(
                    translate("Drafting", "Drafted by the language model at {host}").format(
                        host=host),
                                               STATUS_MS)
                on_result(result)

        # Always in a worker: even a local server can take seconds to answer.
        self.runner.run(kind, len(release.text), lambda: analysis.llm_summary(release, llm, node),
                        model_done, model_failed, force_worker=True)

"""Installs the feature parts of the window (kept out of main_window to keep it small)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.app.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add each part's widgets and connections to ``window`` (order: inspector first)."""
    from briefing.app.annotations import AnnotationFeature
    from briefing.app.nodes import NodeFeature

    window.features = [NodeFeature(window)]
    window.features.append(AnnotationFeature(window))
    from briefing.app.brief_tab import BriefTab

    window.brief_tab = BriefTab(window)
    from briefing.app.i18n import translate

    window.tabs.addTab(window.brief_tab, translate("MainWindow", "&Brief"))
    window.actions["actionFocusBrief"].triggered.connect(
        lambda: window.tabs.setCurrentWidget(window.brief_tab)
    )
    from briefing.app.find import FindFeature
    from briefing.app.suggestions import SuggestionFeature
    from briefing.app.theme import ThemeFeature

    window.finder = FindFeature(window)  # find bar under the tabs, Find Results dock
    window.suggestions = SuggestionFeature(window)  # Suggestions dock
    from briefing.app.late_suggestions import LateSuggestions

    window.late_suggestions = LateSuggestions(window)  # glued words, off the GUI thread
    window.theme = ThemeFeature(window)  # light/dark follow the system
    from briefing.app import project_feature

    project_feature.install(window)  # project files, autosave, update, export, preview
    from briefing.app.drafting_feature import DraftingFeature
    from briefing.app.facts_feature import FactsFeature

    window.drafting = DraftingFeature(window)  # Suggest summary / bottom line, LLM settings
    window.facts = FactsFeature(window)  # Key facts dock, Add to brief

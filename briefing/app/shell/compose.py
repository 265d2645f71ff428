"""The composition root: builds the main window and its features, in plain order.

Each feature is handed the window's :class:`~briefing.app.shell.parts.Parts` and, by
name, the few features it works with; nothing looks another feature up on the window.
The order below is the dependency order: a feature comes after what it is handed.
Tests, benchmarks and ``launch`` all build the window here.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from briefing.app.shell.main_window import MainWindow


def build_window(settings: QSettings | None = None) -> MainWindow:
    """The main window with every feature installed and the last layout restored."""
    from briefing.app.features.annotations_feature import AnnotationFeature
    from briefing.app.features.compare_feature import CompareFeature
    from briefing.app.features.drafting_feature import DraftingFeature
    from briefing.app.features.edit_mode_feature import EditMode
    from briefing.app.features.empty_state_feature import EmptyState
    from briefing.app.features.export_feature import ExportFeature
    from briefing.app.features.facts_feature import FactsFeature
    from briefing.app.features.files_feature import FilesFeature
    from briefing.app.features.find_feature import FindFeature
    from briefing.app.features.inspector_feature import NodeFeature
    from briefing.app.features.late_suggestions_feature import LateSuggestions
    from briefing.app.features.original_file_feature import OriginalFileSaver
    from briefing.app.features.print_feature import PrintFeature
    from briefing.app.features.project_feature import ProjectDocument
    from briefing.app.features.recovery_feature import Autosaver
    from briefing.app.features.sources_feature import SourcesFeature
    from briefing.app.features.spelling_feature import SpellingFeature
    from briefing.app.features.suggestions_feature import SuggestionFeature
    from briefing.app.features.update_feature import ReleaseUpdater
    from briefing.app.features.welcome_feature import WelcomeFeature
    from briefing.app.panels.brief_tab import BriefTab
    from briefing.app.panels.preview_tab import PreviewTab
    from briefing.app.shell import accessibility, i18n, outline_header
    from briefing.app.shell.help_feature import HelpFeature
    from briefing.app.shell.i18n import translate
    from briefing.app.shell.menus import build_menus
    from briefing.app.shell.settings import restore_layout
    from briefing.app.shell.theme_feature import ThemeFeature

    w = MainWindow(settings)
    parts = w.parts

    # The panels around the source text.
    w.node_feature = NodeFeature(parts)  # the Inspector dock
    w.inspector = w.node_feature.inspector
    w.annotations = AnnotationFeature(parts, w.inspector)  # Annotations dock, highlights
    w.annotation_panel = w.annotations.panel
    w.edit_mode = EditMode(parts)  # the release text is read-only until asked
    w.brief_tab = BriefTab(parts)
    parts.tabs.addTab(w.brief_tab, translate("MainWindow", "&Brief"))
    parts.actions["actionFocusBrief"].triggered.connect(w.brief_tab.bring_forward)
    w.finder = FindFeature(parts, w.inspector, w.annotations, w.brief_tab)
    w.find_bar = w.finder.bar  # under the tabs; the Find Results dock
    w.suggestions = SuggestionFeature(parts)  # Suggestions dock
    w.late_suggestions = LateSuggestions(parts, w.suggestions)  # glued words, off the GUI thread
    w.theme = ThemeFeature(parts, w.inspector, w.annotations, w.finder)  # light/dark

    # The project as a file, and what comes in and goes out of it.
    w.project_doc = ProjectDocument(parts)
    w.recovery = Autosaver(parts, w.project_doc)
    w.files = FilesFeature(parts, w.project_doc)  # File › Open, Import, drops
    w.sources = SourcesFeature(parts, w.project_doc, w.files)  # New, Close, URL, Paste
    w.release_updater = ReleaseUpdater(parts, w.files, w.annotations)
    w.original_saver = OriginalFileSaver(parts)
    w.comparer = CompareFeature(parts, w.annotations)  # File › Compare Releases
    w.exporter = ExportFeature(parts, w.project_doc)
    w.preview = PreviewTab(parts, w.exporter)
    w.printer = PrintFeature(parts, w.exporter)  # File › Print, with a print preview
    parts.tabs.addTab(w.preview, translate("MainWindow", "&Preview"))
    w.drafting = DraftingFeature(parts, w.inspector, w.brief_tab)  # summaries, bottom line
    w.facts = FactsFeature(parts)  # Key facts dock, Add to brief
    # Spell checking where the user writes (never in the release text).
    w.spelling = SpellingFeature(
        parts, [w.inspector.summary, w.inspector.annotation_editor.comment, w.brief_tab.body]
    )

    # Menus, then what hangs on them: Welcome, Help, Preferences, names, live language.
    build_menus(parts, w.files.open_path)
    w.welcome = WelcomeFeature(parts, w.project_doc, w.files)
    w.welcome.add_to_menu()
    # Nothing open: the welcome page alone.
    w.empty_state = EmptyState(parts, w.project_doc, w.welcome, w.edit_mode.marker)
    w.help = HelpFeature(parts, w.recovery)
    accessibility.install(parts)
    w.retranslator = i18n.Retranslator(w)
    w.undo_texts = i18n.UndoTexts(w, parts.undo_stack, parts.actions)
    for hook in (w.undo_texts.refresh, w.update_word_status, parts.ctrl.outline.retranslate,
                 w.update_node_status, w.node_feature.refresh, w.project_doc.retranslate,
                 w.annotation_panel.retranslate, w.suggestions.refresh, w.facts.retranslate,
                 w.edit_mode.retranslate):
        w.retranslator.hooks.append(hook)

    w.connect_frame()
    outline_header.install(parts.tree)  # right-click the header: show or hide columns
    restore_layout(w, parts.tree, parts.tabs, parts.settings)
    parts.actions["actionResetLayout"].triggered.connect(w.reset_layout)
    return w

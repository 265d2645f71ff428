"""Installs the project-file and export parts of the window (called by ``extensions``).

Kept apart from ``extensions`` so the parts owned by different people do not collide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.app.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add ``project_doc``, ``recovery``, ``release_updater``, ``original_saver``,
    ``exporter``, ``preview``."""
    from briefing.app.export_feature import ExportFeature
    from briefing.app.preview_tab import PreviewTab
    from briefing.app.project_document import ProjectDocument
    from briefing.app.project_update import ReleaseUpdater
    from briefing.app.recovery_autosave import Autosaver

    window.project_doc = ProjectDocument(window)
    window.recovery = Autosaver(window)
    window.release_updater = ReleaseUpdater(window)
    from briefing.app.original_file import OriginalFileSaver

    window.original_saver = OriginalFileSaver(window)
    window.exporter = ExportFeature(window)
    window.preview = PreviewTab(window)
    from briefing.app.i18n import translate

    window.tabs.addTab(window.preview, translate("MainWindow", "&Preview"))

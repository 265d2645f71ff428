"""File › Save Original File As…: write out a release's original file, as the project keeps it.

The project keeps the bytes of each release's original file (Preferences), so the release
as received survives the file being moved, deleted or replaced; this gets it back out,
byte for byte (checked against the project's sha256 when it has one).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from briefing.app.shell import messages
from briefing.app.shell.i18n import translate

if TYPE_CHECKING:
    from briefing.app.shell.parts import Parts
    from briefing.model import Release


def choose_original_path(parent: QWidget, title: str, start: str) -> str:
    """Ask where to write the file (blocking; tests monkeypatch it); '' when cancelled."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, start)
    return path


class OriginalFileSaver:
    """The Save Original File As action of one parts.window."""

    def __init__(self, parts: Parts) -> None:
        self.parts = parts
        self.w = parts.window
        self.action = parts.actions["actionSaveOriginal"]
        self.action.triggered.connect(self.choose)
        self.action.setEnabled(False)
        parts.release_listeners.append(self._update_enabled)
        parts.ctrl.releasesChanged.connect(self._update_enabled)

    def _current(self) -> Release | None:
        rid = self.parts.ctrl.current_rid
        return self.parts.project.release(rid) if rid is not None else None

    def _update_enabled(self, *_args: object) -> None:
        release = self._current()
        self.action.setEnabled(release is not None and release.source.has_original)

    def choose(self) -> None:
        release = self._current()
        if release is None or not release.source.has_original:
            self.w.statusBar().showMessage(
                translate(
                    "OriginalFile", "This release's original file is not kept in the project."
                ),
                6000,
            )
            return
        name = Path(release.source.path).name or f"{release.id}.{release.source.format}"
        start = str(Path(self.parts.recent.save_dir()) / name)
        path = choose_original_path(self.w, translate("OriginalFile", "Save Original File"), start)
        if path:
            self.save(release, Path(path))

    def save(self, release: Release, path: Path) -> bool:
        """Write ``release``'s original bytes to ``path`` (atomically); False on failure."""
        from briefing.storage import ProjectFileError
        from briefing.storage.atomic import atomic_write

        data = release.source.original or b""
        digest = release.source.sha256.lower()
        if digest and hashlib.sha256(data).hexdigest() != digest:
            messages.show_error(
                self.w,
                translate(
                    "OriginalFile",
                    "{name}: the copy kept in the project does not match the "
                    "file it was read from (its sha256 differs); not written",
                ).format(name=Path(release.source.path).name or release.id),
            )
            return False
        try:
            atomic_write(path, data, backup=False)
        except ProjectFileError as error:
            messages.show_error(self.w, str(error))
            return False
        self.w.statusBar().showMessage(
            translate("OriginalFile", "Saved {name}").format(name=path.name), 4000
        )
        return True

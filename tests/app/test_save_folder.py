"""Save As and Export start in the Documents folder or where the user last saved — never,
by default, in the release's own (often shared) folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

SAMPLE_TEXT = "Ministers meet\n\n1. The ministers met in Geneva on Monday.\n\n2. They agreed to meet again.\n"


def test_first_save_starts_in_documents_then_where_last_saved(window, tmp_path, monkeypatch):
    shared = tmp_path / "shared-folder"
    shared.mkdir()
    release = shared / "statement.txt"
    release.write_text(SAMPLE_TEXT, encoding="utf-8")
    assert window.files.open_path(release)
    asked: list[str] = []
    mine = tmp_path / "my-notes"
    mine.mkdir()

    def choose(_parent, _title, start):
        asked.append(start)
        return str(mine / "work.briefing")

    monkeypatch.setattr("briefing.app.features.project_feature.choose_save_path", choose)
    assert window.project_doc.save_as()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = documents if documents and Path(documents).is_dir() else str(Path.home())
    assert Path(asked[0]).parent == Path(expected)
    assert str(shared) not in asked[0]
    # Next time: where the user last saved.
    assert window.parts.recent.save_dir() == str(mine.resolve())

"""File › Export Briefing Note…, Copy Brief as Markdown, and the Preview tab."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import make_release
from .test_annotate_and_summarise import PARAS, annotate


def prepared(window, qtbot) -> None:
    window.set_release(make_release(PARAS))
    annotate(window, qtbot, "agreed to strengthen", "Key commitment", ("Key point",))
    annotate(window, qtbot, "Le Drian", "Visitor")
    window.select_node("r1", "p2")
    qtbot.keyClicks(window.inspector.summary, "Ministers agreed to cooperate.")
    window.inspector.include.setChecked(True)
    window.actions["actionDraftBrief"].trigger()


def fill_and_export(window, qtbot, target, fmt=".docx") -> None:
    window.actions["actionExportDocx"].trigger()
    dialog = window.exporter.dialog
    assert dialog.isVisible() and not dialog.isModal()  # the window stays usable
    dialog.format.setCurrentText(fmt)
    dialog.classification.setCurrentText("PROTECTED A")
    dialog.paper.setCurrentText("letter")
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def test_export_docx_with_comments(window, qtbot, tmp_path, errors):
    import docx

    prepared(window, qtbot)
    target = tmp_path / "note.docx"
    window.actions["actionExportDocx"].trigger()
    window.exporter.dialog.comments.setChecked(True)  # a working copy
    fill_and_export(window, qtbot, target)
    assert window.exporter.busy  # running on a pool thread; the result comes back queued
    qtbot.waitUntil(lambda: not window.exporter.busy, timeout=30000)
    assert errors == []
    assert target.is_file()
    document = docx.Document(str(target))
    assert len(document.comments) == len(window.project.annotations) == 2
    # The note's end is held together in a one-cell table row, so read the cells too.
    text = "\n".join(
        [p.text for p in document.paragraphs]
        + [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    )
    assert "PROTECTED A" in "\n".join(
        p.text for s in document.sections for p in s.header.paragraphs) or "PROTECTED A" in text
    assert "Ministers agreed to cooperate." in text
    message = window.statusBar().currentMessage()
    assert "Exported note.docx" in message and "2 comment" in message
    assert window.exporter.open_button.isVisible()
    opened = []
    import briefing.app.features.export_feature as feature

    original = feature.open_url
    feature.open_url = lambda url: opened.append(url.toLocalFile()) or True
    try:
        window.exporter.open_button.click()
    finally:
        feature.open_url = original
    assert opened == [str(tmp_path)]


def test_export_markdown_and_clipboard(window, qtbot, tmp_path, errors):
    prepared(window, qtbot)
    target = tmp_path / "note"
    fill_and_export(window, qtbot, target, ".md")
    qtbot.waitUntil(lambda: not window.exporter.busy, timeout=30000)
    written = tmp_path / "note.md"
    assert written.is_file() and errors == []
    assert "Ministers agreed to cooperate." in written.read_text(encoding="utf-8")
    QApplication.clipboard().clear()
    window.actions["actionCopyBriefMarkdown"].trigger()
    qtbot.waitUntil(lambda: "Ministers agreed" in QApplication.clipboard().text(), timeout=10000)
    assert "PROTECTED A" in QApplication.clipboard().text()  # the dialog's choice


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root writes into read-only folders")
def test_export_to_unwritable_target_gives_one_clear_message(window, qtbot, tmp_path, errors):
    prepared(window, qtbot)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        fill_and_export(window, qtbot, locked / "note.docx")
        qtbot.waitUntil(lambda: not window.exporter.busy, timeout=30000)
    finally:
        locked.chmod(0o700)
    assert len(errors) == 1 and "note.docx" in errors[0]
    assert window.exporter.dialog.export_button.isEnabled()


def test_export_to_a_folder_path_gives_one_clear_message(window, qtbot, tmp_path, errors):
    # Works as root too: a folder where the file should go cannot be replaced by a file.
    prepared(window, qtbot)
    (tmp_path / "note.docx").mkdir()
    fill_and_export(window, qtbot, tmp_path / "note.docx")
    qtbot.waitUntil(lambda: not window.exporter.busy, timeout=30000)
    assert len(errors) == 1 and "note.docx" in errors[0]
    assert "Traceback" not in errors[0]
    window.select_node("r1", "p1")  # still usable
    qtbot.keyClicks(window.inspector.summary, "still works")
    assert window.project.releases[0].node("p1").summary == "still works"


def test_missing_template_is_reported(window, qtbot, tmp_path, errors):
    prepared(window, qtbot)
    window.actions["actionExportDocx"].trigger()
    window.exporter.dialog.template.setText(str(tmp_path / "nope.docx"))
    fill_and_export(window, qtbot, tmp_path / "out.docx")
    qtbot.waitUntil(lambda: not window.exporter.busy, timeout=30000)
    assert len(errors) == 1 and "template" in errors[0]


def test_preview_falls_back_to_rich_text(window, qtbot, monkeypatch):
    monkeypatch.setattr("briefing.app.panels.preview_tab.can_render_pages", lambda: False)
    prepared(window, qtbot)
    window.actions["actionPreview"].trigger()
    preview = window.preview
    assert window.tabs.currentWidget() is preview
    qtbot.waitUntil(lambda: not preview.progress.isVisible(), timeout=20000)
    assert preview.stack.currentWidget() is preview.text
    assert "Ministers agreed to cooperate." in preview.text.toPlainText()
    assert "not installed" in preview.status.text()
    # An edit makes it stale; showing the tab again re-renders.
    window.tabs.setCurrentWidget(window.editor)
    window.select_node("r1", "p1")
    qtbot.keyClicks(window.inspector.summary, "x")
    assert preview.stale
    window.tabs.setCurrentWidget(preview)
    assert not preview.stale


def test_preview_renders_pages_with_libreoffice(window, qtbot):
    from briefing.app.panels.preview_tab import can_render_pages

    if not can_render_pages():
        pytest.skip("LibreOffice (soffice) and pdftoppm are needed for page previews")
    prepared(window, qtbot)
    window.actions["actionPreview"].trigger()
    preview = window.preview
    assert preview.progress.isVisible()  # rendering in the background
    qtbot.waitUntil(lambda: not preview.progress.isVisible(), timeout=180000)
    assert preview.page_count() >= 1, preview.status.text()
    assert preview.stack.currentIndex() == 0
    label = preview.pages.findChild(type(preview.status), "previewPage1")
    assert label is not None and not label.pixmap().isNull()
    assert label.pixmap().width() > 300


def test_dialog_lists_checks_marks_reviewed_and_shows_warnings(window, qtbot, tmp_path, errors):
    import docx

    from briefing.export.note import DRAFT_MARK

    prepared(window, qtbot)
    window.actions["actionExportDocx"].trigger()
    dialog = window.exporter.dialog
    # To send: no comments unless the user asks for a working copy.
    assert not dialog.comments.isChecked()
    checks = [dialog.checks.item(i).text() for i in range(dialog.checks.count())]
    assert any(c.startswith("To, From and File no. are empty") for c in checks)
    assert any("DRAFT mark" in c for c in checks)
    assert not dialog.reviewed.isChecked()
    # Exporting now: the note says DRAFT, and the dialog lists the export's warnings.
    target = tmp_path / "draft.docx"
    fill_and_export(window, qtbot, target)
    qtbot.waitUntil(lambda: not window.exporter.busy, timeout=30000)
    assert errors == []
    document = docx.Document(str(target))
    assert DRAFT_MARK in [p.text for p in document.sections[0].header.paragraphs]
    assert len(document.comments) == 0
    shown = [dialog.checks.item(i).text() for i in range(dialog.checks.count())]
    assert any("staff annotations left out" in w for w in shown)
    assert "warning" in window.statusBar().currentMessage()
    # Marking it reviewed is an edit of the brief: undoable, saved with the project.
    dialog.reviewed.setChecked(True)
    assert window.project.brief.reviewed is True
    assert window.undo_stack.undoText() == "Mark Brief Reviewed"
    checks = [dialog.checks.item(i).text() for i in range(dialog.checks.count())]
    assert not any("DRAFT" in c for c in checks)
    fill_and_export(window, qtbot, target)
    qtbot.waitUntil(lambda: not window.exporter.busy, timeout=30000)
    document = docx.Document(str(target))
    assert DRAFT_MARK not in [p.text for p in document.sections[0].header.paragraphs]
    window.undo_stack.undo()
    assert window.project.brief.reviewed is False and not dialog.reviewed.isChecked()


def test_dialog_house_format_and_decision_date(window, qtbot, tmp_path, errors):
    import docx

    prepared(window, qtbot)
    window.project.brief.header.purpose = "decision"
    window.actions["actionExportDocx"].trigger()
    dialog = window.exporter.dialog
    checks = [dialog.checks.item(i).text() for i in range(dialog.checks.count())]
    assert any("no decision date" in c for c in checks)
    dialog.house.setCurrentIndex(dialog.house.findData("uk"))
    dialog.decide_by.setText("1 December 2026")
    checks = [dialog.checks.item(i).text() for i in range(dialog.checks.count())]
    assert not any("no decision date" in c for c in checks)
    target = tmp_path / "submission.docx"
    fill_and_export(window, qtbot, target)
    qtbot.waitUntil(lambda: not window.exporter.busy, timeout=30000)
    assert errors == []
    document = docx.Document(str(target))
    assert document.paragraphs[0].text == "Submission"
    assert window.settings.value("export/house") == "uk"

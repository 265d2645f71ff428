"""File › Update Release…: re-anchor annotations, carry summaries, list orphans, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import make_release
from .test_annotate_and_summarise import PARAS, annotate

NEW_TEXT = """Test release

1. Foreign Minister Chung met Minister Le Drian in Brussels on Monday morning.

2. A new paragraph was added by the ministry.

3. The two ministers agreed to strengthen cooperation on peacekeeping.

4. 외교부 장관은 평화유지 협력을 강조하였다 😀 그리고 회담을 마쳤다.
"""


def test_update_release_reanchors_and_lists_orphans(window, qtbot, tmp_path, monkeypatch):
    window.set_release(make_release(PARAS))
    moved = annotate(window, qtbot, "agreed to strengthen", "moves down")
    gone = annotate(window, qtbot, "la coopération est essentielle", "French line is cut")
    window.select_node("r1", "p2")
    qtbot.keyClicks(window.inspector.summary, "Cooperation on peacekeeping")
    window.inspector.include.setChecked(True)
    window.select_node("r1", "p3")
    qtbot.keyClicks(window.inspector.summary, "French quote")
    newer = tmp_path / "release-v2.txt"
    newer.write_text(NEW_TEXT, encoding="utf-8")
    monkeypatch.setattr("briefing.app.features.update_feature.choose_release_path",
                        lambda *_a: str(newer))
    previewed = []
    monkeypatch.setattr("briefing.app.features.update_feature.confirm_update",
                        lambda _parent, comparison, _links: previewed.append(comparison) or True)

    window.actions["actionUpdateRelease"].trigger()
    window.files.reading.wait()  # read off the GUI thread

    # The differences were shown first: the new paragraph 2 is "added", the others renumbered.
    assert [c.status for c in previewed[0].differences].count("added") == 1

    release = window.project.releases[0]
    assert "A new paragraph was added" in release.text
    assert window.editor.toPlainText() == release.text
    assert release.text[moved.anchor.start:moved.anchor.end] == "agreed to strengthen"
    assert not moved.orphaned
    assert gone.orphaned and gone in window.project.annotations  # kept, never dropped
    # The summary moved with its passage; the one whose passage is gone is kept as an
    # orphaned annotation carrying its text.
    carried = [n for n in release.nodes() if n.summary == "Cooperation on peacekeeping"]
    assert len(carried) == 1 and carried[0].include_in_brief
    assert "agreed to strengthen" in release.node_text(carried[0])
    kept = [a for a in window.project.annotations if "French quote" in a.body]
    assert len(kept) == 1 and kept[0].orphaned
    # Listed: the Annotations panel shows the orphans, and the status bar says so.
    panel = window.annotation_panel
    assert panel.tag_filter.currentText() == "Orphaned"
    assert panel.count() == 2
    assert "⚠ orphaned" in panel.list.model().index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert "Orphaned" in window.statusBar().currentMessage()
    assert window.isWindowModified()
    # Highlights only for placed annotations (an orphan's offsets are from the old text).
    assert set(window.ctrl.session().annotations.keys) == {moved.id}

    # One undo step brings the old text and anchors back; redo re-applies.
    window.undo_stack.undo()
    assert window.project.releases[0].text == make_release(PARAS).text
    assert not gone.orphaned and len(window.project.annotations) == 2
    assert window.editor.toPlainText() == window.project.releases[0].text
    window.undo_stack.redo()
    assert gone.orphaned and len(window.project.annotations) == 3


def test_update_release_survives_save_and_reopen(window, qtbot, tmp_path, monkeypatch,
                                                 settings):
    from .test_project_files import new_window

    window.set_release(make_release(PARAS))
    annotate(window, qtbot, "la coopération est essentielle", "to be orphaned")
    newer = tmp_path / "v2.txt"
    newer.write_text(NEW_TEXT, encoding="utf-8")
    assert window.release_updater.update_and_wait(str(newer))
    path = tmp_path / "updated.briefing"
    monkeypatch.setattr("briefing.app.features.project_feature.choose_save_path",
                        lambda *_a: str(path))
    assert window.project_doc.save()
    window.close()
    other = new_window(qtbot, settings)
    assert other.open_path(path)
    assert [a.orphaned for a in other.project.annotations] == [True]
    assert "Orphaned" in other.statusBar().currentMessage()


def test_update_release_with_unreadable_file(window, tmp_path, errors):
    window.set_release(make_release(PARAS))
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip")
    assert not window.release_updater.update_and_wait(str(bad))
    assert len(errors) == 1 and "broken.docx" in errors[0]
    assert window.project.releases[0].text == make_release(PARAS).text


def test_update_release_moves_brief_citations_with_their_paragraphs(window, tmp_path):
    """Node ids follow reading order, so after an inserted paragraph "p2" names other
    text: the brief's citations must follow the passages (one undo step with the rest)."""
    from briefing.brief.cite import cite_text
    from briefing.model import Brief, BriefParagraph

    window.set_release(make_release(PARAS))
    brief = Brief()
    brief.section("key_points").paragraphs = [
        BriefParagraph("They agreed on peacekeeping.", cites=[("r1", "p2")]),
        BriefParagraph("The minister spoke in French.", cites=[("r1", "p3")]),
        BriefParagraph("They met in Brussels.", cites=[("r1", "p1")]),
    ]
    window.ctrl.set_brief(brief)

    def shown() -> list[str]:
        points = window.project.brief.section("key_points").paragraphs
        return [cite_text(window.project, p.cites) for p in points]

    assert shown() == ["(para 2)", "(para 3)", "(para 1)"]
    newer = tmp_path / "v2.txt"
    newer.write_text(NEW_TEXT, encoding="utf-8")
    assert window.release_updater.update_and_wait(str(newer))
    # Paragraph 2 is now printed as 3; the French paragraph is gone (its citation is
    # removed, not pointed at the new paragraph 3); paragraph 1 was reworded in place.
    assert shown() == ["(para 3)", "", "(para 1)"]
    points = window.project.brief.section("key_points").paragraphs
    assert [p.text for p in points][1] == "The minister spoke in French."
    assert "1 brief citation(s)" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert shown() == ["(para 2)", "(para 3)", "(para 1)"]
    window.undo_stack.redo()
    assert shown() == ["(para 3)", "", "(para 1)"]


def test_update_release_preview_cancelled_changes_nothing(window, tmp_path, monkeypatch):
    window.set_release(make_release(PARAS))
    before = window.project.releases[0].text
    newer = tmp_path / "release-v2.txt"
    newer.write_text(NEW_TEXT, encoding="utf-8")
    monkeypatch.setattr("briefing.app.features.update_feature.choose_release_path",
                        lambda *_a: str(newer))
    monkeypatch.setattr("briefing.app.features.update_feature.confirm_update",
                        lambda *_a: False)
    window.actions["actionUpdateRelease"].trigger()
    window.files.reading.wait()  # read off the GUI thread
    assert window.project.releases[0].text == before
    assert not window.ctrl.undo_stack.canUndo()
    assert "cancelled" in window.statusBar().currentMessage()


def test_update_release_preview_dialog_offers_apply(window, qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    from briefing.app.features.update_feature import confirm_update
    from briefing.compare import compare_releases
    from briefing.ingest import release_from_text

    old = make_release(PARAS)
    new = release_from_text(NEW_TEXT, release_id="r1")
    pressed = []

    def press_apply():
        dialog = QApplication.activeModalWidget()
        button = dialog.findChild(QPushButton, "compareConfirm")
        pressed.append(button.text())
        button.click()

    QTimer.singleShot(300, press_apply)
    assert confirm_update(window, compare_releases(old, new), (True, False))
    assert pressed and "Apply" in pressed[0]

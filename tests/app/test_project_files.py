"""Save and reopen projects: Save/Save As/Open, modified mark, close questions, lock, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from briefing.app.shell.compose import build_window

from .conftest import make_release
from .test_annotate_and_summarise import PARAS, annotate


@pytest.fixture
def save_to(monkeypatch):
    """Answer the Save As file chooser with the paths put in this list."""
    paths: list[str] = []
    monkeypatch.setattr(
        "briefing.app.features.project_feature.choose_save_path",
        lambda *_a: str(paths.pop(0)) if paths else "",
    )
    return paths


def new_window(qtbot, settings):
    win = build_window(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def annotated_project(window, qtbot):
    """A project with an annotation, a summary, tags, an include flag and a brief."""
    window.set_release(make_release(PARAS))
    annotate(window, qtbot, "agreed to strengthen", "Key commitment", ("Key point",))
    window.select_node("r1", "p2")
    qtbot.keyClicks(window.inspector.summary, "Agree on peacekeeping")
    window.inspector.tags.item(0).setCheckState(Qt.CheckState.Checked)
    window.inspector.include.setChecked(True)
    window.actions["actionDraftBrief"].trigger()
    window.brief_tab.fields["subject"].setText("Peacekeeping ministerial")
    window.brief_tab.fields["subject"].editingFinished.emit()


def test_save_and_reopen_restores_everything(window, qtbot, settings, tmp_path, save_to):
    annotated_project(window, qtbot)
    window.select_node("r1", "p3")
    window.tabs.setCurrentWidget(window.brief_tab)
    assert window.isWindowModified()
    assert window.windowTitle().startswith("Untitled") or "[*]" in window.windowTitle()
    target = tmp_path / "ministerial"
    save_to.append(str(target))
    window.actions["actionSave"].trigger()  # untitled: Save asks where
    path = tmp_path / "ministerial.briefing"
    assert path.is_file()
    assert not window.isWindowModified()
    assert window.windowTitle() == "ministerial[*] — Briefing"
    window.close()

    other = new_window(qtbot, settings)
    assert other.open_path(path)
    project = other.project
    annotation = project.annotations[0]
    assert annotation.body == "Key commitment" and annotation.tags == ["Key point"]
    assert annotation.anchor.quote == "agreed to strengthen"
    node = project.releases[0].node("p2")
    assert node.summary == "Agree on peacekeeping"
    assert node.tags == ["Key point"] and node.include_in_brief
    assert project.brief.header.subject == "Peacekeeping ministerial"
    assert "Agree on peacekeeping" in other.brief_tab.body.toPlainText()
    # The view state: the node and the tab the user had.
    assert other.current == ("r1", "p3")
    assert other.tabs.currentWidget() is other.brief_tab
    assert other.annotation_panel.count() == 1
    assert not other.isWindowModified()
    assert path.with_name("ministerial.briefing.lock").exists()  # held while open
    assert str(path) in other.recent.paths()


def test_modified_mark_follows_edits_and_saves(window, qtbot, tmp_path, save_to):
    window.set_release(make_release(PARAS))
    assert not window.isWindowModified()
    save_to.append(str(tmp_path / "p.briefing"))
    window.actions["actionSaveAs"].trigger()
    window.select_node("r1", "p1")
    qtbot.keyClicks(window.inspector.summary, "x")
    assert window.isWindowModified()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    window.undo_stack.undo()  # back past the save point: modified again
    assert window.isWindowModified()


@pytest.mark.parametrize("choice", ["Save", "Discard", "Cancel"])
def test_close_asks_save_discard_cancel(window, qtbot, tmp_path, save_to, answers, choice):
    window.set_release(make_release(PARAS))
    window.select_node("r1", "p1")
    qtbot.keyClicks(window.inspector.summary, "unsaved words")
    save_to.append(str(tmp_path / "closing.briefing"))
    answers.append(choice)
    closed = window.close()
    assert answers.asked and "Save the changes" in answers.asked[-1]
    assert closed == (choice != "Cancel")
    saved = tmp_path / "closing.briefing"
    assert saved.exists() == (choice == "Save")
    if choice == "Cancel":
        assert window.isVisible() and window.isWindowModified()
        assert window.project.releases[0].node("p1").summary == "unsaved words"
    if choice == "Save":
        assert "unsaved words" in saved.read_text(encoding="utf-8")
        assert not saved.with_name("closing.briefing.lock").exists()  # released on close


def test_opening_another_file_asks_first_and_cancel_keeps_it(window, qtbot, answers, tmp_path):
    from .conftest import SAMPLE

    window.set_release(make_release(PARAS))
    window.select_node("r1", "p1")
    qtbot.keyClicks(window.inspector.summary, "keep me")
    answers.append("Cancel")
    assert not window.open_path(SAMPLE)
    assert window.project.releases[0].node("p1").summary == "keep me"
    answers.append("Discard")
    assert window.open_path(SAMPLE)
    assert not window.isWindowModified()


def test_second_window_sees_the_lock_and_opens_read_only(window, qtbot, settings, tmp_path,
                                                         save_to, answers, errors):
    window.set_release(make_release(PARAS))
    path = tmp_path / "shared.briefing"
    save_to.append(str(path))
    window.actions["actionSaveAs"].trigger()
    other = new_window(qtbot, settings)
    answers.append("Open Read-Only")
    assert other.open_path(path)
    assert "locked by" in answers.asked[-1]
    assert other.project_doc.read_only
    assert "(read-only)" in other.windowTitle()
    assert not other.actions["actionSave"].isEnabled()
    other.select_node("r1", "p1")
    qtbot.keyClicks(other.inspector.summary, "mine")
    before = path.read_bytes()
    assert not other.project_doc.save()  # refused, with a message
    assert "read-only" in errors[-1] and path.read_bytes() == before
    save_to.append(str(tmp_path / "copy.briefing"))
    answers.append("Save As…")
    assert other.close()  # Save As… from the close question
    assert (tmp_path / "copy.briefing").is_file()
    assert path.with_name("shared.briefing.lock").exists()  # the first window still holds it
    # Cancel at the lock question leaves the window as it was.
    third = new_window(qtbot, settings)
    answers.append("Cancel")
    assert not third.open_path(path)
    assert third.project.releases == []


def test_stale_lock_can_be_taken_over(window, tmp_path, answers):
    from briefing.model import Project
    from briefing.storage import ProjectLock, save_project

    path = tmp_path / "stale.briefing"
    save_project(Project(releases=[make_release(PARAS)]), path)
    path.with_name("stale.briefing.lock").write_text(json.dumps(
        {"user": "ghost", "host": __import__("socket").gethostname(), "pid": 999999,
         "time": "2020-01-01T00:00:00+00:00", "token": "x"}))
    answers.append("Take Over")
    assert window.open_path(path)
    assert "Take Over" not in answers.asked[-1] and "abandoned" in answers.asked[-1]
    assert not window.project_doc.read_only
    assert ProjectLock(path).owner().token == window.project_doc.lock.token


def test_newer_and_damaged_files_give_one_clear_message(window, tmp_path, errors):
    from .conftest import SAMPLE

    assert window.open_path(SAMPLE)
    newer = tmp_path / "future.briefing"
    newer.write_text(json.dumps({"format": "briefing-project", "version": 99}))
    damaged = tmp_path / "broken.briefing"
    damaged.write_bytes(b'{"format": "briefing-project", "version": 1, "releases": [tru')
    for path in (newer, damaged):
        before = path.read_bytes()
        assert not window.open_path(path)
        assert len(errors) == 1 and path.name in errors[0]
        assert path.read_bytes() == before  # never overwritten
        assert not path.with_name(path.name + ".lock").exists()
        errors.clear()
    # The app stays usable: the release it had is still there and editable.
    assert window.project.releases and window.editor.toPlainText()
    assert window.open_path(SAMPLE)


def test_migrated_file_says_a_backup_was_kept(window, tmp_path, answers):
    old = {
        "format": "briefing-project", "version": 0,
        "releases": [{"id": "r1", "title": "Old", "text": "1. Old text here.",
                      "outline": [{"id": "p1", "kind": "paragraph", "label": "1.",
                                   "start": 0, "end": 17}],
                      "annotations": []}],
    }
    path = tmp_path / "old.briefing"
    path.write_text(json.dumps(old))
    assert window.open_path(path)
    assert any("backup" in text or "kept" in text for text in answers.asked)
    assert window.isWindowModified()  # the upgrade is unsaved until the user saves
    assert (tmp_path / "old.briefing.v0.bak").read_text() == json.dumps(old)


def test_format_1_project_opens_upgraded_and_saves_as_format_2(window, qtbot, tmp_path, answers):
    """A project saved by Briefing 0.1 (format 1) opens whole; Save writes format 2."""
    from briefing.app.panels.annotation_panel import AnnotationIdRole

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "projects" / "v1-sample.briefing"
    path = tmp_path / "statement.briefing"
    path.write_bytes(fixture.read_bytes())
    assert window.open_path(path)
    assert any("v1.bak" in text for text in answers.asked)
    assert (tmp_path / "statement.briefing.v1.bak").read_bytes() == fixture.read_bytes()
    assert window.isWindowModified()
    assert window.ctrl.node("r1", "p1").summary == "Met in Seoul."
    assert window.ctrl.node("r1", "p2.1").attrs == {"speaker": "Minister"}
    model = window.annotation_panel.list.model()
    qtbot.waitUntil(lambda: model.rowCount() == 3)  # the list fills after a short pause
    assert [model.index(i, 0).data(AnnotationIdRole) for i in range(3)] == ["a0", "a1", "a2"]
    assert "양국 장관은" in window.editor.toPlainText()
    assert window.project_doc.save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["version"] == 2 and saved["annotations"][1][8] == ["Quote"]
    assert not window.isWindowModified()


def test_opening_another_file_replaces_the_annotation_list(window, qtbot, tmp_path, monkeypatch):
    """The Annotations panel shows the open project's annotations, never the last one's."""
    from .conftest import SAMPLE

    panel = window.annotation_panel
    assert panel.tag_filter.currentText() == "All tags"  # ready before any project
    annotated_project(window, qtbot)
    path = tmp_path / "annotated.briefing"
    monkeypatch.setattr("briefing.app.features.project_feature.choose_save_path", lambda *_a: str(path))
    assert window.project_doc.save()
    qtbot.waitUntil(lambda: panel.count() == 1)
    assert window.open_path(SAMPLE)  # a release: a new project without annotations
    qtbot.waitUntil(lambda: panel.count() == 0)
    assert panel.tag_filter.currentText() == "All tags"
    assert window.open_path(path)
    qtbot.waitUntil(lambda: panel.count() == 1)

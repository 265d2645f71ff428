"""Autosave to a recovery file, and recovery in a new window (saved and untitled projects)."""

from __future__ import annotations

from briefing.storage import find_recoveries, recovery_path

from .conftest import make_release
from .test_annotate_and_summarise import PARAS, annotate
from .test_project_files import new_window, save_to  # noqa: F401  (fixture)


def test_autosave_interval_comes_from_settings(qtbot, settings):
    settings.setValue("autosave/interval_s", 2)
    win = new_window(qtbot, settings)
    assert win.recovery.timer.interval() == 2000
    win.set_release(make_release(PARAS))
    win.select_node("r1", "p1")
    qtbot.keyClicks(win.inspector.summary, "typed")
    # The timer itself writes the file (no call to the slot).
    where = recovery_path(None)
    qtbot.waitUntil(where.exists, timeout=5000)


def test_autosave_then_recover_in_a_new_window(window, qtbot, settings, tmp_path, save_to,  # noqa: F811
                                               answers):
    window.set_release(make_release(PARAS))
    path = tmp_path / "crashy.briefing"
    save_to.append(str(path))
    window.actions["actionSaveAs"].trigger()
    assert window.recovery.autosave() is None  # nothing unsaved: nothing written
    annotate(window, qtbot, "agreed to strengthen", "after the save")
    written = window.recovery.autosave()
    assert written == recovery_path(path.resolve()) and written.exists()
    # Simulate the crash: the window vanishes without cleaning up (no close questions).
    window.recovery.written.clear()
    window.project_doc.lock.release()
    window.project_doc.lock = None

    other = new_window(qtbot, settings)
    answers.append("Recover")
    assert other.open_path(path)
    assert any("unsaved work" in text for text in answers.asked)
    assert [a.body for a in other.project.annotations] == ["after the save"]
    assert other.isWindowModified()  # recovered work is unsaved until saved
    other.actions["actionSave"].trigger()
    assert not written.exists()  # saving makes the recovery obsolete
    assert not other.isWindowModified()


def test_recovery_can_be_discarded_or_left_for_later(window, qtbot, settings, tmp_path,
                                                    save_to, answers):  # noqa: F811
    window.set_release(make_release(PARAS))
    path = tmp_path / "later.briefing"
    save_to.append(str(path))
    window.actions["actionSaveAs"].trigger()
    annotate(window, qtbot, "agreed to strengthen", "autosaved only")
    written = window.recovery.autosave()
    window.recovery.written.clear()
    window.project_doc.lock.release()
    window.project_doc.lock = None

    later = new_window(qtbot, settings)
    answers.append("Later")
    assert later.open_path(path)
    assert later.project.annotations == []
    later.select_node("r1", "p1")
    qtbot.keyClicks(later.inspector.summary, "x")
    assert later.recovery.autosave() is None  # never overwrites the put-off file
    answers.append("Discard")  # the close question: discard this window's edit
    assert later.close()
    assert written.exists()  # still offered next time

    again = new_window(qtbot, settings)
    answers.append("Discard")
    assert again.open_path(path)
    assert not written.exists() and not find_recoveries(path.resolve())


def test_untitled_session_recovers_at_start(window, qtbot, settings, answers):
    window.set_release(make_release(PARAS))
    annotate(window, qtbot, "agreed to strengthen", "never saved")
    written = window.recovery.autosave()
    assert written is not None and written.name.startswith("untitled-")
    window.recovery.written.clear()  # the "crash"

    other = new_window(qtbot, settings)
    answers.append("Recover")
    assert other.recovery.offer_untitled()
    assert [a.body for a in other.project.annotations] == ["never saved"]
    assert other.project_doc.path is None and other.isWindowModified()
    assert other.windowTitle().startswith("Untitled")

"""Suggested summaries in the inspector and the Brief tab: Suggest, Accept / Edit / Dismiss,
undo/redo, never overwriting a person's words without asking, off-GUI-thread drafting."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing.analysis import bottom_line, suggest_summary
from briefing.app.features import drafting_runner, files

OFFLINE = "Suggested draft (offline, extractive)"


def open_sample(window):
    assert window.open_path(files.sample_path())
    return window.project.releases[0]


def select_paragraph(window, release, label: str = "2."):
    node = next(n for n in release.nodes() if n.kind == "paragraph" and n.label == label)
    window.select_node(release.id, node.id)
    assert window.current == (release.id, node.id)
    return node


def suggest(window, qtbot):
    """Click Suggest as a user would and wait for the draft (GUI thread or worker)."""
    panel = window.drafting.summaries.panel
    qtbot.mouseClick(window.findChild(type(panel.accept_button), "summarySuggest"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.suggestion is not None, timeout=5000)
    assert panel.isVisible()
    return panel


def test_suggest_accept_undo_redo(window, qtbot):
    release = open_sample(window)
    node = select_paragraph(window, release)
    panel = suggest(window, qtbot)
    expected = suggest_summary(release, node).text
    assert panel.label.text() == OFFLINE  # the label is always shown with the draft
    assert panel.text.text() == expected
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert node.summary == expected
    assert window.inspector.summary.toPlainText() == expected
    assert not panel.isVisible()
    assert window.undo_stack.undoText() == "Accept Suggested Summary"
    window.actions["actionUndo"].trigger()
    assert node.summary == "" and window.inspector.summary.toPlainText() == ""
    window.actions["actionRedo"].trigger()
    assert node.summary == expected


def test_accept_asks_before_replacing_what_a_person_wrote(window, qtbot, answers):
    release = open_sample(window)
    node = select_paragraph(window, release, "3.")
    window.inspector.summary.setFocus()
    qtbot.keyClicks(window.inspector.summary, "My own words")
    assert node.summary == "My own words"
    panel = suggest(window, qtbot)
    # No answer queued: the question is answered "Cancel" -- nothing changes.
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert answers.asked[-1].startswith("Replace the summary you wrote")
    assert node.summary == "My own words"
    answers.append("Replace")
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert node.summary == suggest_summary(release, node).text
    # One undo brings back the person's words: the accept did not merge with the typing.
    window.actions["actionUndo"].trigger()
    assert node.summary == "My own words"


def test_edit_puts_the_draft_in_the_summary_and_dismiss_hides(window, qtbot):
    release = open_sample(window)
    node = select_paragraph(window, release, "4.")
    panel = suggest(window, qtbot)
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible() and node.summary == ""
    panel = suggest(window, qtbot)
    text = panel.suggestion.text
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    summary = window.inspector.summary
    assert summary.toPlainText() == text and summary.hasFocus()
    qtbot.keyClicks(summary, " Edited.")
    assert node.summary == text + " Edited."


def test_selecting_another_node_hides_the_draft(window, qtbot):
    release = open_sample(window)
    select_paragraph(window, release, "2.")
    panel = suggest(window, qtbot)
    select_paragraph(window, release, "3.")
    assert not panel.isVisible() and panel.suggestion is None


def test_slow_drafting_runs_in_a_worker(window, qtbot, monkeypatch):
    monkeypatch.setattr(drafting_runner, "GUI_BUDGET_MS", 0.0)
    release = open_sample(window)
    node = select_paragraph(window, release)
    panel = suggest(window, qtbot)
    assert window.drafting.drafter.runner.last_mode == "worker"
    assert panel.text.text() == suggest_summary(release, node).text


def test_quick_drafting_stays_on_the_gui_thread(window, qtbot):
    release = open_sample(window)
    select_paragraph(window, release)
    suggest(window, qtbot)
    runner = window.drafting.drafter.runner
    assert runner.last_mode == "gui"
    assert runner.estimate_ms("summary", len(release.text)) < drafting_runner.GUI_BUDGET_MS


def test_bottom_line_in_the_brief_summary(window, qtbot, answers):
    release = open_sample(window)
    window.brief_tab.draft()  # the drafted lede is in Summary
    button = window.findChild(type(window.brief_tab.draft_button), "briefSuggestBottomLine")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    panel = window.drafting.bottom_line.panel
    qtbot.waitUntil(lambda: panel.suggestion is not None, timeout=5000)
    assert window.tabs.currentWidget() is window.brief_tab
    assert panel.label.text() == OFFLINE
    expected = bottom_line(release).text
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert answers.asked == []  # a drafted lede is replaced without asking
    summary = window.project.brief.section("summary").paragraphs
    assert [p.text for p in summary] == [expected]
    assert summary[0].cites and not summary[0].drafted
    assert expected in window.brief_tab.body.toPlainText()
    window.actions["actionUndo"].trigger()
    assert window.project.brief.section("summary").paragraphs[0].drafted
    window.actions["actionRedo"].trigger()
    # A re-draft keeps the accepted bottom line instead of the lede.
    window.brief_tab.draft()
    assert [p.text for p in window.project.brief.section("summary").paragraphs] == [expected]


def test_bottom_line_asks_before_replacing_a_written_summary(window, qtbot, answers):
    open_sample(window)
    window.brief_tab.draft()
    body = window.brief_tab.body
    text = body.toPlainText()
    lede = window.project.brief.section("summary").paragraphs[0].text
    body.setPlainText(text.replace(lede, "Our own bottom line."))
    window.drafting.bottom_line.suggest()
    panel = window.drafting.bottom_line.panel
    qtbot.waitUntil(lambda: panel.suggestion is not None, timeout=5000)
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)  # answered Cancel
    assert answers.asked[-1].startswith("Replace the summary you wrote in the brief")
    paragraphs = window.project.brief.section("summary").paragraphs
    assert [p.text for p in paragraphs] == ["Our own bottom line."]
    answers.append("Replace")
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert window.project.brief.section("summary").paragraphs[0].text == panel_text(window)
    assert body.hasFocus()


def panel_text(window) -> str:
    return bottom_line(window.project.releases[0]).text

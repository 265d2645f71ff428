"""The Key facts dock: grouped facts, each linked to its words in the source (UTF-16 safe),
recomputed when the text or the shown release changes, and Add to brief → export."""

from __future__ import annotations

import docx
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDockWidget

from briefing.app.features import files
from briefing.app.panels.facts_panel import MentionRole

from .conftest import make_release


def open_sample(window, qtbot):
    assert window.open_path(files.sample_path())
    qtbot.waitUntil(lambda: window.facts.facts is not None, timeout=5000)
    return window.project.releases[0]


def section(window, title: str):
    tree = window.facts.view.tree
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.text(0).startswith(title + " ("):
            return item
    raise AssertionError(f"no section {title}")


def row(window, title: str, text: str):
    parent = section(window, title)
    for i in range(parent.childCount()):
        if parent.child(i).text(0).startswith(text):
            return parent.child(i)
    raise AssertionError(f"no {text!r} under {title}")


def click(window, qtbot, item) -> None:
    window.facts.dock.raise_()  # Key Facts shares its place with other panels, as a tab
    tree = window.facts.view.tree
    qtbot.waitUntil(tree.isVisible)
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    # The row may be wider than a narrow panel: click its visible part.
    point = QPoint(min(rect.center().x(), tree.viewport().width() // 2), rect.center().y())
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)


def names(window) -> list[str]:
    people = section(window, "People")
    return [people.child(i).text(0) for i in range(people.childCount())]


def test_panel_groups_people_quotes_dates_organisations_places(window, qtbot):
    open_sample(window, qtbot)
    dock = window.findChild(QDockWidget, "keyFactsPanel")
    assert dock is not None and dock.isVisible()
    assert "Lee Han-gyeol" in names(window) and "Choi Min-ho" in names(window)
    person = row(window, "People", "Lee Han-gyeol")
    assert "Minister of Foreign Affairs" in person.text(1)
    assert row(window, "Quotes", "“No single country").text(1) == "Minister Lee"
    assert row(window, "Dates", "Nov. 24-25").text(1)  # the event it belongs to
    assert row(window, "Organisations", "International Maritime Organization")
    assert row(window, "Places", "Busan")


def test_clicking_a_person_selects_its_text_and_node(window, qtbot):
    release = open_sample(window, qtbot)
    person = row(window, "People", "Lee Han-gyeol")
    click(window, qtbot, person)
    assert window.tabs.currentWidget() is window.editor
    assert window.editor.textCursor().selectedText() == "Minister of Foreign Affairs Lee Han-gyeol"
    assert window.current == (release.id, "p1")
    # The later, short mention is a child row: "Minister Lee" in paragraph 2.
    person.setExpanded(True)
    short = next(person.child(i) for i in range(person.childCount())
                 if person.child(i).text(0) == "Minister Lee")
    click(window, qtbot, short)
    assert window.editor.textCursor().selectedText() == "Minister Lee"
    assert window.current[1].startswith("p2")


def test_enter_on_a_date_selects_it(window, qtbot):
    open_sample(window, qtbot)
    tree = window.facts.view.tree
    tree.setFocus()
    tree.setCurrentItem(row(window, "Dates", "Nov. 24-25"))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.editor.textCursor().selectedText() == "Nov. 24-25"


def test_offsets_after_emoji_and_korean_are_utf16_safe(window, qtbot):
    paras = [
        "😀😀 외교부 🌊 The meeting opened. Minister of Foreign Affairs Chung Eui-yong spoke.",
        "Minister Chung said the talks were useful.",
    ]
    window.set_release(make_release(paras))
    qtbot.waitUntil(lambda: window.facts.facts is not None, timeout=5000)
    click(window, qtbot, row(window, "People", "Chung Eui-yong"))
    assert window.editor.textCursor().selectedText() == "Minister of Foreign Affairs Chung Eui-yong"


def test_recomputed_after_typing(window, qtbot):
    release = open_sample(window, qtbot)
    cursor = window.editor.textCursor()
    cursor.setPosition(window.editor.toPlainText().index("Minister Choi stressed"))
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    window.actions["actionEditRelease"].setChecked(True)  # the text is read-only until asked
    qtbot.keyClicks(window.editor, "Minister of Defence Kim Tae-hoon attended. ")
    qtbot.waitUntil(lambda: "Kim Tae-hoon" in names(window), timeout=5000)
    # Offsets follow the new text: the old names still select their own words.
    click(window, qtbot, row(window, "People", "Choi Min-ho"))
    assert window.editor.textCursor().selectedText() == "Minister of Oceans and Fisheries Choi Min-ho"
    assert "3. Minister of Defence Kim Tae-hoon attended. Minister Choi" in release.text


def test_follows_the_release_shown_in_a_project(window, qtbot, tmp_path):
    first = open_sample(window, qtbot)
    second = tmp_path / "second.txt"
    second.write_text(
        "Statement\n\n1. Secretary-General Antonio Guterres welcomed the agreement.\n",
        encoding="utf-8",
    )
    assert window.import_path(second)
    qtbot.waitUntil(lambda: "Antonio Guterres" in names(window), timeout=5000)
    assert "Lee Han-gyeol" not in names(window)
    window.select_node(first.id, "p1")
    qtbot.waitUntil(lambda: "Lee Han-gyeol" in names(window), timeout=5000)


def test_add_people_and_quote_to_brief_then_export(window, qtbot, tmp_path):
    open_sample(window, qtbot)
    view = window.facts.view
    assert not view.add_button.isEnabled()
    row(window, "People", "Lee Han-gyeol").setSelected(True)
    row(window, "People", "Amelia Hart").setSelected(True)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    rows = [p.text for p in window.project.brief.section("key_people").paragraphs]
    assert rows == ["Lee Han-gyeol | Minister of Foreign Affairs |",
                    "Amelia Hart | Ms. | Australian Department of Foreign Affairs and Trade"]
    assert "## Key people" in window.brief_tab.body.toPlainText()
    # The quote, through the context menu.
    view.tree.clearSelection()
    quote = row(window, "Quotes", "“No single country")
    quote.setSelected(True)
    window.facts._context_menu(view.tree.visualItemRect(quote).center())
    add = next(a for a in window.facts.menu.actions() if a.text() == "&Add to Brief")
    add.trigger()
    window.facts.menu.close()
    quotes = window.project.brief.section("quotes").paragraphs
    assert quotes[0].text.startswith("“No single country") and quotes[0].cites == [("r1", "p2.1")]
    assert "Lee Han-gyeol" in quotes[0].text  # the speaker, resolved to the person
    window.actions["actionUndo"].trigger()
    assert window.project.brief.section("quotes").paragraphs == []
    window.actions["actionRedo"].trigger()
    # Export through the app and read the table back.
    target = tmp_path / "note.docx"
    window.exporter.export(target, window.exporter.options())
    qtbot.waitUntil(lambda: not window.exporter.busy, timeout=30000)
    tables = [[[c.text for c in r.cells] for r in t.rows] for t in docx.Document(target).tables]
    people = next(t for t in tables if t[0] == ["Name", "Role", "Organisation"])
    assert people[1:] == [
        ["Lee Han-gyeol", "Minister of Foreign Affairs", ""],
        ["Amelia Hart", "Ms.", "Australian Department of Foreign Affairs and Trade"],
    ]
    text = "\n".join(p.text for p in docx.Document(target).paragraphs)
    assert "No single country" in text


def test_seed_release_people(window, qtbot, seed_path):
    assert window.open_path(seed_path)
    qtbot.waitUntil(lambda: window.facts.facts is not None, timeout=5000)
    assert {"Moon Jae-in", "Antonio Guterres", "Chung Eui-yong"} <= set(names(window))
    click(window, qtbot, row(window, "People", "Antonio Guterres"))
    assert window.editor.textCursor().selectedText() == "UN Secretary-General Antonio Guterres"
    assert MentionRole  # rows carry their mention


def test_a_very_long_text_waits_for_the_user_to_ask(window, qtbot, monkeypatch):
    from briefing.app.features import facts_feature

    monkeypatch.setattr(facts_feature, "AUTO_LIMIT_CHARS", 200)
    assert window.open_path(files.sample_path())
    release = window.project.releases[0]
    view = window.facts.view
    qtbot.waitUntil(lambda: view.find_button.isVisibleTo(view), timeout=5000)
    assert window.facts.facts is None and view.tree.topLevelItemCount() == 0
    qtbot.mouseClick(view.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.facts.facts is not None, timeout=10000)
    assert "Lee Han-gyeol" in names(window)
    assert not view.find_button.isVisibleTo(view)
    assert release.text  # nothing about the release changed

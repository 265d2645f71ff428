"""The Key people section becomes a real table in the .docx and the Markdown note."""

from __future__ import annotations

import docx

from briefing.brief.compose import draft_brief, redraft
from briefing.brief.key_people import (
    KEY_PEOPLE,
    QUOTES,
    format_row,
    parse_row,
    with_people,
    with_quotes,
)
from briefing.export import export_note, note_markdown
from briefing.ingest import load_release
from briefing.model import Project
from briefing.resources import resource_path


def _project() -> Project:
    project = Project(releases=[load_release(resource_path("samples", "sample-release.txt"))])
    project.brief = draft_brief(project)
    return project


def test_rows_round_trip_through_paragraph_text() -> None:
    row = ("Lee Han-gyeol", "Minister of Foreign Affairs", "")
    assert parse_row(format_row(row)) == row
    assert parse_row("Only a name") == ("Only a name", "", "")


def test_people_and_quotes_are_added_once_in_place() -> None:
    project = _project()
    rows = [("Lee Han-gyeol", "Minister of Foreign Affairs", ""), ("Amelia Hart", "", "DFAT")]
    brief, added = with_people(project.brief, rows)
    assert added == 2
    brief, added = with_people(brief, rows[:1])
    assert added == 0
    brief, _ = with_quotes(brief, [("“Open seas” — Minister Lee", ("r1", "p2"))])
    keys = [s.key for s in brief.sections]
    assert keys.index(KEY_PEOPLE) == keys.index("background") + 1
    assert keys.index(QUOTES) == keys.index("key_points") + 1
    # Re-drafting keeps both sections, where they were, with their rows.
    again = redraft(brief, project)
    assert [s.key for s in again.sections] == keys
    assert len(again.section(KEY_PEOPLE).paragraphs) == 2


def test_docx_and_markdown_show_the_key_people_table(tmp_path) -> None:
    project = _project()
    project.brief, _ = with_people(
        project.brief, [("Lee Han-gyeol", "Minister of Foreign Affairs", "Korea")]
    )
    path = tmp_path / "note.docx"
    export_note(project, path)
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in docx.Document(path).tables]
    assert [["Name", "Role", "Organisation"],
            ["Lee Han-gyeol", "Minister of Foreign Affairs", "Korea"]] in tables
    markdown = note_markdown(project)
    assert "## Key people" in markdown
    assert "| Lee Han-gyeol | Minister of Foreign Affairs | Korea |" in markdown

"""Text XML forbids never reaches the writer (issue 14, part 3).

Control characters (bell, vertical tab, ESC, form feed, NUL) and lone surrogates are
made safe where text enters: the readers' output, counted in the release's removed
list; ``briefing check`` reports those left in a project; the export removes them with
a warning and writes a valid note; ``outline`` and ``facts`` print them as escapes.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from lxml import etree

from briefing.cli import main
from briefing.ingest import load_release
from briefing.ingest.xmlsafe import DROPPED_KIND, replaced_when_read
from briefing.textsafe import (
    INVALID,
    count_invalid,
    count_invalid_in,
    json_terminal_safe,
    terminal_safe,
    xml_safe,
)

HOSTILE = "a\x07b\x0bc\x1b[31md\x0ce\x00f\ud800g\ufffeh"


def test_xml_safe_replaces_and_counts() -> None:
    safe, count = xml_safe(HOSTILE)
    assert count == 7 == count_invalid(HOSTILE)
    assert not INVALID.search(safe)
    # Breaks stay word breaks; a lost character is marked; other controls go.
    assert safe == "ab c[31md ef\ufffdg\ufffdh"
    etree.fromstring(f"<t>{safe}</t>".encode())  # XML takes it
    assert xml_safe("plain\ttext\n") == ("plain\ttext\n", 0)


def test_terminal_output_shows_controls_as_escapes() -> None:
    shown = terminal_safe("title\x1b]0;pwned\x07 and \x9b2J\ud800\n")
    assert shown == "title\\x1b]0;pwned\\x07 and \\x9b2J\\ud800\n"
    assert json.loads(json_terminal_safe(json.dumps({"t": "\x9b\x1b"}, ensure_ascii=False)))
    assert json.loads(json_terminal_safe(json.dumps("\ud800", ensure_ascii=False))) == "\ud800"


def test_count_walks_a_deep_structure_without_recursion() -> None:
    deep: list = ["\x07"]
    for _ in range(5_000):
        deep = [deep, "\x01"]
    assert count_invalid_in(deep) == 5_001


def _release_file(tmp_path: Path) -> Path:
    path = tmp_path / "release.txt"
    path.write_text(
        "Ministry of Examples\n\nStatement\x07 on the Made-Up \x1b[1mAccord\n\n12 March 2024\n\n"
        "1. The Ministry welcomes\x0bthe accord\x0csigned today.\n\n"
        "2. It calls on all parties to implement it in full.\n",
        encoding="utf-8",
    )
    return path


def test_a_release_file_is_made_safe_when_read(tmp_path: Path) -> None:
    release = load_release(_release_file(tmp_path))
    assert not INVALID.search(release.text) and not INVALID.search(release.title)
    assert "welcomes the accord signed" in release.text
    assert [r.kind for r in release.removed].count(DROPPED_KIND) == 1
    assert replaced_when_read(release.removed) == 4


def test_outline_prints_no_escape_sequence(tmp_path: Path, capsys) -> None:
    path = _release_file(tmp_path)
    assert main(["outline", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert main(["outline", "--json", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    json.loads(out)


def _project_with_controls(tmp_path: Path) -> Path:
    from briefing.storage.projectfile import save_project
    from tests.export.conftest import ready_project
    from tests.export.fixtures import annotate

    project = ready_project()
    release = project.releases[0]
    # Same length, so the tree's offsets stay right: as if a project were hand-edited.
    first = release.root.children[-1]
    at = first.start + 1
    release.text = release.text[:at] + "\x07" + release.text[at + 1 :]
    quote = release.text[first.start + 3 : first.start + 20]
    project.annotations.append(annotate(release, quote, "Check\x1b[0m the\x00 text\ud800", "a9"))
    project.brief.header.to = "Director\x0b General\x0c"
    path = tmp_path / "hostile.briefing"
    save_project(project, path)
    return path


def test_check_reports_and_export_writes_a_valid_note(tmp_path: Path, capsys) -> None:
    from tests.export.audit import assert_valid_docx

    path = _project_with_controls(tmp_path)
    assert main(["check", str(path)]) == 0
    err = capsys.readouterr().err
    assert "control character(s) or lone surrogate(s)" in err

    note = tmp_path / "note.docx"
    assert main(["export", str(path), "-o", str(note), "--working-copy"]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    warned = [line for line in err.splitlines() if "control character" in line]
    # One warning for each place they were found: the release, the annotations, the brief.
    assert len(warned) == 3, err
    with zipfile.ZipFile(note) as archive:
        for name in archive.namelist():
            if name.endswith(".xml"):
                text = archive.read(name).decode("utf-8")
                assert not INVALID.search(text), name
    assert_valid_docx(note)

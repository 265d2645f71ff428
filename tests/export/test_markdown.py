"""The Markdown export says what the .docx says."""

from __future__ import annotations

from briefing.export import ExportOptions, export_note, note_markdown
from tests.export.conftest import NOW
from tests.export.fixtures import ANNOTATIONS


def test_markdown_note(project, tmp_path):
    text = note_markdown(project, ExportOptions(now=NOW, comments=True))
    lines = text.splitlines()
    assert lines[0] == "**UNCLASSIFIED**" and lines[-1] == "**UNCLASSIFIED**"
    assert "**Subject:** 2026 Busan Ministerial Conference" in text
    assert "1. The Busan Ministerial Conference" in text and "*(para 1)*" in text
    assert "3. Participants adopted the Busan Declaration" in text
    assert "## Annex A: Text of the release" in text
    assert "2\\. Minister Lee said" in text  # release numbering kept as text
    assert text.count("[^a") == 2 * len(ANNOTATIONS)  # marker + note each
    assert "<https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=999>" in text
    export_note(project, tmp_path / "n.md", ExportOptions(now=NOW, comments=True))
    assert (tmp_path / "n.md").read_text(encoding="utf-8") == text

"""Compare's "Add to brief": the section "Changes since the previous version", built from
two real successive resolutions, cites the new text's paragraphs and exports to a valid
note that says what changed."""

from __future__ import annotations

from pathlib import Path

import docx

from briefing.compare import compare_releases
from briefing.compare.brief_section import CHANGES, MAX_ITEMS, describe, with_changes
from briefing.export import ExportOptions, export_note
from briefing.ingest import load_release
from briefing.model import Brief, BriefParagraph, Project
from tests.export.audit import assert_valid_docx

PAIRS = Path(__file__).parents[1] / "corpus" / "collected" / "pairs"


def _pair() -> Project:
    old = load_release(PAIRS / "unga_a-res-79-7-cuba-embargo-2024.pdf", "r1", suggest=False)
    new = load_release(PAIRS / "unga_a-res-80-4-cuba-embargo-2025.pdf", "r2", suggest=False)
    return Project(releases=[old, new])


def test_the_section_names_the_old_text_and_every_difference_with_its_paragraph() -> None:
    project = _pair()
    old, new = project.releases
    comparison = compare_releases(old, new)
    brief = Brief()
    brief.section("key_points").paragraphs.append(BriefParagraph("A point."))
    result = with_changes(brief, comparison, "r2")
    keys = [s.key for s in result.sections]
    assert keys.index(CHANGES) == keys.index("key_points") + 1  # right after the key points
    assert not any(s.key == CHANGES for s in brief.sections)  # the original is untouched
    paragraphs = result.section(CHANGES).paragraphs
    assert paragraphs[0].text.startswith("Compared with “")
    assert "7 changed" in paragraphs[0].text and "30 October 2024" in paragraphs[0].text
    items = paragraphs[1:-1]
    # Five changes of substance; the title and the meeting line are
    # front and back matter, counted in one closing line.
    assert len(items) == 5 <= MAX_ITEMS
    assert paragraphs[-1].text.startswith("Also changed: 2 lines")
    labelled = {n.id: n.label for n in new.root.walk()}
    cited = [labelled[p.cites[0][1]] for p in items if p.cites]
    assert {"1.", "4.", "5."} <= set(cited)
    para4 = next(p.text for p in items if p.text.startswith("Changed: para 4"))
    assert "“eightieth” becomes “eighty-first”" in para4
    # Adding again replaces the section: a note reports one comparison.
    again = with_changes(result, comparison, "r2")
    assert [s.key for s in again.sections].count(CHANGES) == 1


def test_added_dropped_and_stronger_wording_read_as_sentences() -> None:
    from briefing.ingest import release_from_text

    old = release_from_text(
        "Statement\n\n1. The Council encourages the parties to resume talks.\n\n"
        "2. The Council notes the report of the envoy on the elections held in March.\n"
    )
    new = release_from_text(
        "Statement\n\n1. The Council urges the parties to resume talks.\n\n"
        "2. The Council condemns the attack on the humanitarian convoy last week.\n",
        release_id="r2",
    )
    texts = [describe(c) for c in compare_releases(old, new).differences]
    assert any("stronger wording" in t and "encourages → urges" in t for t in texts), texts
    assert any(t.startswith("New (para 2): “The Council condemns") for t in texts), texts
    assert any(t.startswith("Dropped (was para 2): “The Council notes") for t in texts), texts


def test_the_section_exports_and_passes_the_audit(tmp_path: Path) -> None:
    project = _pair()
    project.brief = with_changes(project.brief, compare_releases(*project.releases), "r2")
    path = tmp_path / "note.docx"
    export_note(project, path, ExportOptions(annex=False))
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "Changes since the previous version" in text
    assert "“eightieth” becomes “eighty-first”" in text
    assert_valid_docx(path)

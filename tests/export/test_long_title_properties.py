"""A release whose title is longer than Word's 255-character document properties (long
UN and ministry headlines) still exports: the properties carry it cut at a word with "…",
the note prints it whole. Made-up release."""

from __future__ import annotations

import docx

from briefing.brief import draft_brief
from briefing.export import ExportOptions, export_note
from briefing.ingest import release_from_text
from briefing.model import Project
from tests.export.audit import assert_valid_docx

TITLE = (
    "Press conference of the Minister of Foreign Affairs of Ruritania on the occasion of the "
    "visit of the European Commissioner for International Partnerships, held at the "
    "Ministry on 18 March 2099 after the signing of the cooperation framework for renewable "
    "energy, food security and the modernisation of the southern provinces' water networks"
)


def test_a_title_longer_than_the_properties_allow_still_exports(tmp_path) -> None:
    assert len(TITLE) > 255
    text = (
        f"{TITLE}\n\nThe Minister and the Commissioner signed a cooperation framework worth "
        "30 million euros on 18 March 2099.\n\nThe projects will start in the second half "
        "of the year in the southern provinces.\n"
    )
    project = Project(releases=[release_from_text(text, "r1", "release.txt")])
    project.brief = draft_brief(project)
    out = tmp_path / "note.docx"
    export_note(project, out, ExportOptions())
    assert_valid_docx(out)
    document = docx.Document(str(out))
    props = document.core_properties
    assert len(props.title) <= 255 and props.title.endswith("…")
    assert len(props.subject) <= 255
    body = " ".join(p.text for p in document.paragraphs)
    assert "southern provinces' water networks" in body  # the note prints it whole

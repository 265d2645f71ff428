"""Drafting and re-drafting the brief."""

from __future__ import annotations

import datetime as dt

from briefing.brief import cite_text, draft_brief, paragraph_number, redraft
from briefing.brief.sentences import first_sentence
from briefing.model import BriefParagraph, Project
from tests.export.fixtures import sample_project, sample_release

TODAY = dt.date(2026, 11, 25)


def _texts(brief, key):
    return [p.text for p in brief.section(key).paragraphs]


def test_key_points_from_included_summaries_in_release_order():
    project = sample_project()
    brief = draft_brief(project, TODAY)
    points = brief.section("key_points").paragraphs
    assert [cite_text(project, p.cites) for p in points] == ["(para 1)", "(para 2)", "(para 4)"]
    assert points[0].text.startswith("The Busan Ministerial Conference")
    assert all(p.drafted for p in points)
    assert brief.header.subject.startswith("2026 Busan Ministerial")
    assert brief.header.date == "2026-11-25"


def test_release_without_summaries_is_drafted_from_structure():
    release = sample_release()
    project = Project(releases=[release])
    brief = draft_brief(project, TODAY)
    points = brief.section("key_points").paragraphs
    # The 3-7 most salient points (issue 12), in release order, each citing its paragraph.
    cited = [cite_text(project, p.cites) for p in points]
    assert 3 <= len(points) <= 7 and all(c.startswith("(para ") for c in cited)
    assert cited == sorted(cited, key=lambda c: int(c.split()[1].rstrip(")")))
    # Whole sentences: "Nov. 24" does not end one.
    assert all(p.text.endswith((".", "”")) for p in points)
    summary = " ".join(_texts(brief, "summary"))
    assert len(summary.split()) <= 60 and "Busan Declaration" in summary
    assert summary != "Busan Declaration on Safe Sea Lanes and Search and Rescue Cooperation Adopted."


def test_redraft_keeps_edited_paragraphs():
    project = sample_project()
    brief = draft_brief(project, TODAY)
    edited = brief.section("key_points").paragraphs[1]
    edited.text = "Korea doubles its SAR training contribution (our emphasis)."
    edited.drafted = False
    brief.section("comment").paragraphs = [BriefParagraph("Watch the IMO angle.", drafted=False)]
    brief.header.to = "Minister"
    # Staff now include paragraph 3 and change the summary of paragraph 1.
    for node in project.releases[0].nodes():
        if node.label == "3.":
            node.include_in_brief = True
        if node.label == "1.":
            node.summary = "The conference opened in Busan."
    again = redraft(brief, project, TODAY)
    texts = _texts(again, "key_points")
    assert texts == [
        "The conference opened in Busan.",
        "Korea doubles its SAR training contribution (our emphasis).",
        "Korea proposed a common port-state inspection checklist against IUU fishing.",
        "Participants adopted the Busan Declaration: five principles for cooperation at sea.",
    ]
    assert _texts(again, "comment") == ["Watch the IMO angle."]
    assert again.header.to == "Minister"
    assert brief.section("key_points").paragraphs[0].text != texts[0]  # input untouched


def test_item_cites_its_numbered_paragraph():
    release = sample_release()
    item = next(n for n in release.nodes() if n.kind == "item")
    footnote = next(n for n in release.nodes() if n.kind == "footnote")
    assert paragraph_number(release, item.id) == "1"
    assert paragraph_number(release, footnote.id) == "1"


def test_first_sentence_respects_quotes_and_abbreviations():
    assert first_sentence("Mr. Ortiz spoke. Then more.") == "Mr. Ortiz spoke."
    quoted = "He said, “One. Two.” Then he left."
    assert first_sentence(quoted) == "He said, “One. Two.”"

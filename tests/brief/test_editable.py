"""The brief body as editable text: shown, edited, read back."""

from __future__ import annotations

from briefing.brief.editable import parse, render
from briefing.model import Brief, BriefParagraph, BriefSection, Project


def brief() -> Brief:
    return Brief(sections=[
        BriefSection("summary", [BriefParagraph("The ministers met in Seoul.", drafted=True)]),
        BriefSection("key_points", [BriefParagraph("They agreed on peacekeeping.", drafted=True),
                                    BriefParagraph("Written by hand.", drafted=False)]),
    ])


def test_unchanged_text_reads_back_as_it_was():
    text, shown = render(brief(), Project())
    assert text.startswith("## ")
    sections = parse(text, shown)
    assert [s.key for s in sections] == ["summary", "key_points"]
    assert [p.drafted for p in sections[1].paragraphs] == [True, False]


def test_an_edited_paragraph_is_no_longer_drafted():
    text, shown = render(brief(), Project())
    edited = text.replace("They agreed on peacekeeping.", "They agreed on peacekeeping in 2026.")
    paragraph = parse(edited, shown)[1].paragraphs[0]
    assert paragraph.text == "They agreed on peacekeeping in 2026."
    assert paragraph.drafted is False


def test_text_before_any_heading_goes_to_the_summary():
    assert [s.key for s in parse("A line typed first.", {})] == ["summary"]

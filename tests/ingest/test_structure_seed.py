"""The seed release (../shared/seed) and the bundled sample, which has the seed's shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest import load_release
from tests.conftest import REPO
from tests.ingest.helpers import lost_words

SAMPLE = REPO / "resources" / "samples" / "sample-release.txt"


@pytest.fixture
def seed(seed_path: Path):
    return load_release(seed_path)


def numbered(release):
    return [n for n in release.root.children if n.kind == "paragraph" and n.label]


def test_seed_title_subtitle_and_date(seed):
    assert seed.title == "2021 Seoul UN Peacekeeping Ministerial Opens"
    assert seed.subtitle.startswith("Seoul Initiative on Technology and Medical Capacity")
    assert seed.subtitle.endswith("Announced")
    assert seed.date == "2021-12-07"
    assert [n.kind for n in seed.root.children[:2]] == ["title", "subtitle"]


def test_seed_has_seven_numbered_paragraphs_with_dash_items(seed):
    paragraphs = numbered(seed)
    assert [p.label for p in paragraphs] == [f"{i}." for i in range(1, 8)]
    items = {
        p.label: [c for c in p.children if c.kind == "item" and c.label == "-"] for p in paragraphs
    }
    assert [len(items[f"{i}."]) for i in range(1, 8)] == [1, 1, 0, 2, 0, 1, 0]
    assert seed.node_text(items["1."][0]).startswith("The opening ceremony held at Grand Hyatt")


def test_seed_footnote_is_attached_to_paragraph_one(seed):
    p1 = numbered(seed)[0]
    footnotes = [c for c in p1.children if c.kind == "footnote"]
    assert len(footnotes) == 1
    assert footnotes[0].label == "*"
    assert seed.node_text(footnotes[0]).startswith("Mr. Jean-Pierre Lacroix")
    # Its marker is on "Under-Secretaries-General*", inside paragraph 1's sub-point.
    assert "Under-Secretaries-General*" in seed.text[p1.children[0].start : p1.children[0].end]


def test_seed_agenda_lines_explain_paragraph_seven(seed):
    p7 = numbered(seed)[6]
    assert "agenda*" in seed.text[p7.start : p7.end]
    explanation = [c for c in p7.children if c.kind == "footnote"]
    assert len(explanation) == 1
    lines = [seed.node_text(c) for c in explanation[0].children]
    assert lines[0].startswith("Sustaining Peace, Partnerships")
    assert lines[1].startswith("Performance and Accountability")
    assert seed.root.children[-1] is p7  # nothing left dangling after it


def test_seed_boilerplate_and_category_removed(seed):
    boilerplate = [r.text for r in seed.removed if r.kind == "boilerplate"]
    assert len(boilerplate) == 4
    assert all("바로가기" in line or "검색창" in line for line in boilerplate)
    assert seed.category == "Press Releases"
    assert "Press Releases" not in seed.text
    assert "바로가기" not in seed.text


def test_seed_glued_word_suggestions(seed):
    glued = {(s.before, s.after) for s in seed.suggestions if s.kind == "glued-words"}
    assert glued == {
        ("theSeoul", "the Seoul"),
        ("Initiativeon", "Initiative on"),
        ("TheSeoul", "The Seoul"),
    }
    p6 = numbered(seed)[5]
    for suggestion in seed.suggestions:
        assert seed.text[suggestion.start : suggestion.end] == suggestion.before
        assert suggestion.start >= p6.start  # in and after paragraph 6


def test_seed_quotes_have_their_speaker(seed):
    quotes = [n for n in seed.nodes() if n.kind == "quote"]
    chung = [q for q in quotes if "Chung" in q.attrs.get("speaker", "")]
    assert len(chung) >= 4
    assert any("Being a beneficiary" in seed.node_text(q) for q in chung)


def test_seed_loses_no_word(seed, seed_path):
    assert not lost_words(seed_path.read_text(encoding="utf-8"), seed)


def test_bundled_sample_has_the_seed_shape():
    sample = load_release(SAMPLE)
    assert sample.title.startswith("2026 Busan Ministerial Conference")
    assert sample.subtitle.startswith("Busan Declaration")
    assert len(numbered(sample)) == 5
    assert [c.kind for c in numbered(sample)[0].children] == ["item", "footnote"]
    assert numbered(sample)[-1].children[-1].kind == "footnote"
    assert {s.before for s in sample.suggestions} == {"theBusan", "Declarationon", "TheBusan"}
    assert not lost_words(SAMPLE.read_text(encoding="utf-8"), sample)

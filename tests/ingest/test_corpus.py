"""Every release in ../shared/corpus imports, keeps every word, and gets a sensible outline.

Skips cleanly when ../shared is not beside the checkout.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest import load_release
from briefing.ingest.mend import GLUED
from briefing.ingest.pipeline import structure
from briefing.ingest.readers import read_file
from tests.conftest import SHARED
from tests.ingest.helpers import lost_words

READABLE = {".txt", ".html", ".pdf", ".docx"}


def corpus_files() -> list[Path]:
    root = SHARED / "corpus"
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.suffix in READABLE)


def _id(path: Path) -> str:
    return path.name


@pytest.mark.parametrize("path", corpus_files() or [None], ids=_id if corpus_files() else None)
def test_every_corpus_release_imports_without_losing_words(path, shared_dir):
    if path is None:
        pytest.skip("no corpus files")
    extracted = read_file(path)
    source = "\n".join(line.text for line in extracted.lines)
    # Paragraphs glued with no break ("...9%.Most ...") are split there: same words.
    source = GLUED.sub(" ", source)
    release = structure(extracted)
    assert release.root.children, f"{path.name}: empty outline"
    # Words the reader itself dropped (page furniture) are in `removed` too.
    assert not lost_words(source, release), path.name
    for node in release.nodes():
        assert 0 <= node.start <= node.body_start <= node.end <= len(release.text)
    assert len({node.id for node in release.nodes()}) == sum(1 for _ in release.nodes())


def _load(shared: Path, name: str):
    return load_release(next((shared / "corpus").rglob(name)))


def test_translation_note_is_not_a_footnote(shared_dir):
    release = _load(shared_dir, "02_*.txt")
    last = release.root.children[-1]
    assert last.kind == "note" and "unofficial translation" in release.text[last.start : last.end]
    p2 = [n for n in release.root.children if n.label == "2."][0]
    assert [c.label for c in p2.children] == ["°", "°"]
    assert not [n for n in release.nodes() if n.kind == "footnote"]


def test_un_statement_symbol_and_title(shared_dir):
    release = _load(shared_dir, "07_*.txt")
    assert release.symbol == "SG/SM/22174"
    assert release.title.startswith("Secretary-General Strongly Condemns")


def test_pdf_derived_text_title_wraps_and_quote_speaker(shared_dir):
    release = _load(shared_dir, "09_*.txt")
    assert release.title.startswith("Citing Growing Tensions on Korean Peninsula")
    assert release.title.endswith("on Earth’")
    assert release.symbol == "SC/15355"
    assert release.date == "2023-07-13"
    assert any(s.kind == "hard-wrap" for s in release.suggestions)
    # The text cut off mid-word at the end is kept as it is.
    assert release.text.rstrip().endswith("condemned the mi")


def test_truncated_joint_statement_keeps_its_last_words(shared_dir):
    release = _load(shared_dir, "13_*.txt")
    assert release.date == "2023-07-14"
    assert release.removed[0].kind == "boilerplate"
    last = release.root.children[-1]
    assert last.kind == "paragraph"
    assert release.text[last.start : last.end].endswith("human rights of the p")


def test_govuk_quote_speaker_and_background_notes(shared_dir):
    release = _load(shared_dir, "15_*.txt")
    quotes = [n for n in release.nodes() if n.kind == "quote"]
    assert len(quotes) == 2
    assert all("Jeremy Browne" in q.attrs["speaker"] for q in quotes)
    background = [n for n in release.root.children if n.kind == "heading"][0]
    assert [c.label for c in background.children] == ["1.", "2.", "3.", "4.", "5."]
    assert [c.label for c in background.children[1].children] == ["•", "•"]


def test_council_pull_quotes_get_their_speaker(shared_dir):
    release = _load(shared_dir, "19_*.txt")
    quotes = [n for n in release.nodes() if n.kind == "quote"]
    assert len(quotes) == 2
    assert all(q.attrs["speaker"].startswith("Federica Mogherini") for q in quotes)
    headings = [release.node_text(n) for n in release.nodes() if n.kind == "heading"]
    assert "North Korea" in [h.strip() for h in headings]


def test_parliament_page_chrome_is_removed(shared_dir):
    release = _load(shared_dir, "22_*.txt")
    assert release.title == "MEPs: Georgia’s self-proclaimed authorities have no legitimacy"
    assert release.date == "2025-02-13"
    assert "Share this page" not in release.text
    assert "FR - français" not in release.text
    # The contacts, under their "Contacts:" heading at the top level (not in a section).
    heads = [n for n in release.root.children if n.kind == "heading"]
    contacts = [h for h in heads if release.node_text(h) == "Contacts:"]
    assert contacts and any(n.kind == "contact" for n in contacts[0].children)
    assert len(release.removed) > 100


def test_spanish_communique(shared_dir):
    release = _load(shared_dir, "28_*.txt")
    assert release.language == "es"
    assert release.date == "2018-08-05"
    assert "61/18" in release.symbol
    assert "Descargas" not in release.text


def test_agenda_is_a_list_with_sub_items(shared_dir):
    release = _load(shared_dir, "30_*.txt")
    lists = [n for n in release.nodes() if n.kind == "list"]
    assert len(lists) == 1
    items = lists[0].children
    assert [i.label for i in items] == ["1.", "2.", "3.", "4.", "5."]
    assert [c.label for c in items[1].children] == ["2.1.", "2.2.", "2.3.", "2.4."]


def test_pdf_press_release_drops_running_headers(shared_dir):
    release = _load(shared_dir, "02_swiss*.pdf")
    assert "Page 1/3" not in release.text
    assert release.title.startswith("Monetary policy assessment of 21 March 2024")
    assert release.date == "2024-03-21"


def test_pdf_minutes_have_numbered_paragraphs_under_headings(shared_dir):
    release = _load(shared_dir, "01_bank*.pdf")
    labels = [n.label for n in release.nodes() if n.kind == "paragraph" and n.label]
    assert labels[:3] == ["1.", "2.", "3."]
    assert len(labels) >= 40


def test_docx_numbering_becomes_structure(shared_dir):
    release = _load(shared_dir, "06_*.docx")
    labelled = [n for n in release.nodes() if n.label]
    assert len(labelled) >= 20
    assert release.date == "2019-12-19"


def _more(shared: Path, prefix: str):
    found = sorted((shared / "corpus" / "more").glob(prefix))
    if not found:
        pytest.skip(f"no {prefix} in the shared corpus")
    return load_release(found[0], suggest=False)


def test_un_resolution_text_preamble_operative_and_notes(shared_dir):
    release = _more(shared_dir, "33_*.txt")
    # The title as the act prints it, its number first (as read from its PDF).
    assert release.title.startswith("80/12. Objective information on military matters")
    assert release.date == "2025-12-01"  # adopted, not distributed
    assert release.symbol == "A/RES/80/12"
    organ = next(
        n for n in release.root.children if release.node_text(n) == "The General Assembly,"
    )
    assert organ.kind == "paragraph"
    assert not [n for n in release.nodes() if n.kind == "heading"]
    operative = [n.label for n in release.root.children if n.kind == "paragraph" and n.label]
    assert operative == [f"{k}." for k in range(1, 11)]
    notes = [n for n in release.nodes() if n.kind == "footnote"]
    assert [n.attrs["marker"] for n in notes] == ["1", "2", "3", "4", "5"]
    seven = next(n for n in release.root.children if n.label == "7.")
    assert [c.label for c in seven.children][-7:] == [
        "(c)",
        "(d)",
        "(e)",
        "(f)",
        "(g)",
        "(h)",
        "(i)",
    ]


def test_briefing_transcript_turns(shared_dir):
    release = _more(shared_dir, "10_*.md")
    turns = [n for n in release.root.children if n.attrs.get("speaker")]
    assert len(turns) >= 10
    assert {t.attrs["speaker"] for t in turns} >= {"SENIOR ADMINISTRATION OFFICIAL", "Q"}


def test_glued_paragraphs_of_a_board_decision_are_split(shared_dir):
    release = _more(shared_dir, "39_*.txt")
    assert len([n for n in release.root.children if n.kind == "paragraph"]) >= 8


def test_double_spaced_ocr_text_reads_as_paragraphs(shared_dir):
    release = _more(shared_dir, "35_*.txt")
    assert release.title == "Overseas visit by Senator Evans"
    paragraphs = [n for n in release.root.children if n.kind == "paragraph"]
    assert 9 <= len(paragraphs) <= 12
    assert any(r.kind == "page-furniture" for r in release.removed)

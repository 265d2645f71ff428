"""Notes drafted straight from real releases in other languages and scripts (tune split,
in tests/corpus/collected): Japanese, Chinese, Arabic, Russian, Vietnamese, Spanish,
French and German releases, transcripts among them. Each gets a Summary from the release's
own sentences (≤ 60 words, Han and kana counted a word per two characters) that is not key
point 1, and 2–8 key points citing their paragraphs; one note per script is exported and
passes openxml-audit."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analysis.tokens import word_count
from briefing.brief import draft_brief
from briefing.ingest import load_release
from briefing.model import Project

COLLECTED = Path(__file__).resolve().parents[2] / "tests" / "corpus" / "collected"
RELEASES = {
    "c4_05_jp-mofa_press-secretary-conference-hodo0609-ja.txt": "ja",
    "c5_10_jp-kantei_pm-statement-cabinet-2018-10-02-ja.txt": "ja",
    "c4_14_cn-mfa_regular-press-conference-2017-12-06-zh.txt": "zh",
    "c4_12_sa-mofa_statement-iran-helicopter-2024-05-19-ar.txt": "ar",
    "c5_08_uae-mofa_statement-khartoum-mission-attack-ar.txt": "ar",
    "c6_07_ru-mid_briefing-zakharova-2016-05-12-embassy-uz-ru.txt": "ru",
    "c6_06_vn-mofa_regular-press-briefing-14-2021-vi.txt": "vi",
    "c6_05_cu-minrex_conferencia-prensa-rodriguez-michel-2009-03-18-es.txt": "es",
    "c6_09_bceao_communique-cpm-2012-09-05-fr.txt": "fr",
    "c5_12_de-bpa_regierungspressekonferenz-2020-02-28-de.txt": "de",
}


@pytest.fixture(scope="module")
def drafted():
    notes = {}
    for name in RELEASES:
        release = load_release(COLLECTED / name, suggest=False)
        project = Project(releases=[release])
        project.brief = draft_brief(project)
        notes[name] = (release, project)
    return notes


def test_language_is_recognised(drafted):
    assert {name: r.language for name, (r, _) in drafted.items()} == RELEASES


def test_every_release_gets_a_summary_and_key_points(drafted):
    for name, (release, project) in drafted.items():
        # Vietnamese spaces its syllables: a word is one to three of them.
        budget = 90 if release.language == "vi" else 60
        summary = " ".join(p.text for p in project.brief.section("summary").paragraphs)
        points = [p.text for p in project.brief.section("key_points").paragraphs]
        assert summary and not summary.startswith("["), f"{name}: no summary"
        assert word_count(summary) <= budget, f"{name}: {word_count(summary)} words"
        assert 2 <= len(points) <= 8, f"{name}: {len(points)} key points"
        assert summary != points[0], f"{name}: summary repeats key point 1"
        assert all(p.cites for p in project.brief.section("key_points").paragraphs), name
        # The Summary is the release's own words, not the agenda fallback in English.
        assert "items include" not in summary, f"{name}: {summary!r}"


@pytest.mark.parametrize(
    "name",
    [
        "c5_10_jp-kantei_pm-statement-cabinet-2018-10-02-ja.txt",
        "c4_12_sa-mofa_statement-iran-helicopter-2024-05-19-ar.txt",
        "c6_07_ru-mid_briefing-zakharova-2016-05-12-embassy-uz-ru.txt",
    ],
)
def test_notes_in_other_scripts_are_valid_docx(drafted, name, tmp_path):
    from docx import Document

    from briefing.export import ExportOptions, export_note
    from tests.export.audit import assert_valid_docx

    _, project = drafted[name]
    out = tmp_path / "note.docx"
    export_note(project, out, ExportOptions())
    assert_valid_docx(out)
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    summary = project.brief.section("summary").paragraphs[0].text
    assert summary[:20] in text  # the script survived the round trip

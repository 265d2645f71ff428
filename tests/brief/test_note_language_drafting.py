"""The drafter's own sentences in the note's language (briefing.brief.phrases): Purpose,
Background placeholder and Next steps; the release's own text stays as printed."""

from __future__ import annotations

import re

import pytest

from briefing.brief import draft_brief, redraft
from briefing.export.labels import LABELS, PHRASES_EN
from briefing.ingest import release_from_text
from briefing.model import Project

RELEASE = """---
title: Minister announces river clean-up fund
date: 2031-05-04
---

The Minister for the Environment announced a fund of ten million to clean up the country's \
three largest rivers.

The fund will pay for new treatment plants in the towns that discharge untreated water.

Grants will be awarded by an independent panel, which will publish its first decisions in June.

Towns will have to match each grant with their own funds and report on progress every year.
"""
# Words only the English drafter writes: none may be left in a note for another language.
ENGLISH_PROSE = re.compile(
    r"To inform you|To seek your decision|issued by|To be completed|For information|"
    r"no action is required|That you approve|of the releases cited|items include|\bsaid:"
)


def _release(text: str, name: str):
    release = release_from_text(text, name)
    release.issuer = "Ministry of the Environment"  # as a web page's metadata names it
    return release


def _project(purpose: str = "information") -> Project:
    project = Project(releases=[_release(RELEASE, "fund.md")])
    project.brief.header.purpose = purpose
    return project


def _texts(brief, key: str) -> list[str]:
    return [p.text for p in brief.section(key).paragraphs]


def test_every_language_has_every_phrase():
    for code, labels in LABELS.items():
        assert set(labels.phrases) == set(PHRASES_EN), code
        assert all(value or key == "ordinals" for key, value in labels.phrases.items()), code


def test_english_is_the_default():
    assert draft_brief(_project()) == draft_brief(_project(), language="en")


@pytest.mark.parametrize("code", ["fr", "es", "de", "pt", "ko"])
@pytest.mark.parametrize("purpose", ["information", "decision"])
def test_the_drafters_sentences_are_in_the_notes_language(code, purpose):
    english = draft_brief(_project(purpose))
    local = draft_brief(_project(purpose), language=code)
    own = _texts(local, "purpose") + _texts(local, "recommendation")
    own += [t for t in _texts(local, "background") if t.startswith("[")]
    assert own and not any(ENGLISH_PROSE.search(t) for t in own), own
    phrases = LABELS[code].phrases
    assert _texts(local, "recommendation") == [phrases[f"recommend_{purpose}"]]
    # The release's own words are quoted as printed: same key points, same summary.
    assert _texts(local, "key_points") == _texts(english, "key_points")
    assert _texts(local, "summary") == _texts(english, "summary")
    # The title is quoted as the language quotes it, and dates are the language's.
    purpose_text = _texts(local, "purpose")[0]
    assert LABELS[code].title_quotes.format("Minister announces river clean-up fund") in (
        purpose_text
    )
    assert "May" not in purpose_text


def test_spanish_purpose_reads_as_spanish():
    brief = draft_brief(_project(), language="es")
    assert _texts(brief, "purpose") == [
        "Informarle sobre «Minister announces river clean-up fund», publicado por "
        "Ministry of the Environment el 4 de mayo de 2031."
    ]


def test_korean_sentences_are_particle_free():
    first = _release(RELEASE, "fund.md")
    second = _release(RELEASE.replace("2031-05-04", "2031-05-06"), "fund2.md")
    second.id = "r2"
    brief = draft_brief(Project(releases=[first, second]), language="ko")
    background = " ".join(_texts(brief, "background"))
    assert "2031. 5. 4. Ministry of the Environment 발표: 「Minister announces" in background
    purpose = _texts(brief, "purpose")[0]
    assert purpose.startswith("발표문 2건: 「") and purpose.endswith(" 관련 보고.")
    assert not re.search(r"[은는을를이가] ", purpose.replace("이 발표", ""))


def test_redraft_keeps_the_language():
    project = _project()
    brief = draft_brief(project, language="fr")
    again = redraft(brief, project, language="fr")
    assert _texts(again, "purpose") == _texts(brief, "purpose")
    assert _texts(again, "purpose")[0].startswith("Information concernant « Minister")


def test_placeholder_background_is_in_the_notes_language():
    text = """Statement on the fisheries fund

The Ministry welcomes the agreement on the fisheries fund reached by the regional partners.

The fund will support coastal communities affected by lower quotas over five years.
"""
    project = Project(releases=[release_from_text(text, "s.txt")])
    for code in ("en", "de"):
        background = _texts(draft_brief(project, language=code), "background")
        assert background == [LABELS[code].phrases["background_to_write"]], code


def test_cli_export_drafts_in_the_chosen_language(tmp_path):
    from briefing.cli import main

    source = tmp_path / "fund.md"
    source.write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "note.md"
    assert main(["export", str(source), "-o", str(out), "--language", "es"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Informarle sobre «Minister announces river clean-up fund»" in text
    assert not ENGLISH_PROSE.search(text)

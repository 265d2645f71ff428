"""The note's labels in the note's language (ExportOptions.language, export/labels.py)."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from briefing.export import ExportOptions, export_note, note_markdown
from briefing.export.labels import KOREAN, labels_for
from briefing.export.relabel import local_cite
from tests.export.audit import assert_valid_docx
from tests.export.conftest import NOW, ready_project
from tests.export.test_house_and_review import decision_project

# Every fixed English word the note frame prints (header labels, headings, title, decision
# block, footer, DRAFT mark, attachments, citations): none may remain in a Korean note.
ENGLISH_LABELS = re.compile(
    r"\b(To|From|Date|Subject|File no\.|Purpose|Summary|Background|Key points|Comment|"
    r"Recommendation|Next steps|Contact|Briefing note|For information|For decision|"
    r"Agreed|Not agreed|Noted|Please discuss|Signature|Page|DRAFT|NOT REVIEWED|"
    r"Attachments|Annex|para|paras|Decision needed by)\b"
)


def _texts(path: Path) -> dict[str, str]:
    """The body, headers and footers as text (python-docx read-back), by part."""
    document = docx.Document(str(path))

    def text(element) -> str:
        return "\n".join(
            "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in element.iter(qn("w:p"))
        )

    section = document.sections[0]
    return {
        "body": text(document.element.body),
        "header": text(section.header._element),
        "footer": text(section.footer._element),
    }


def _frame(body: str, project) -> str:
    """The body without the brief's and the release's own words (which stay as written)."""
    own = [release.title for release in project.releases]
    own += [line.strip() for r in project.releases for line in r.text.splitlines()]
    own += [p.text.strip() for s in project.brief.sections for p in s.paragraphs]
    for text in sorted(filter(None, own), key=len, reverse=True):  # longest first
        body = body.replace(text, "")
    return body


def _export(tmp_path: Path, language: str, name: str = "note.docx") -> tuple[Path, object]:
    project = decision_project()
    project.brief.header.file_number = "BRF-2026-0042"
    project.brief.reviewed = False  # the DRAFT mark is among the labels
    path = export_note(project, tmp_path / name, ExportOptions(now=NOW, language=language)).path
    return path, project


def test_korean_note_has_korean_labels_and_no_english_ones(tmp_path):
    path, project = _export(tmp_path, "ko")
    texts = _texts(path)
    body = texts["body"]
    for word in ("수신", "발신", "일자", "제목", "문서번호", "목적", "요약", "배경", "주요 내용"):
        assert word in body, word
    assert "결재 요청서" in body and "결재 요청" in body  # title and action by purpose
    assert "건의" in body  # the Recommendation of a note for decision
    assert "☐ 동의" in body and "☐ 부동의" in body
    assert "서명: " in body and "붙임: " in body and "붙임 A. 발표문 원문" in body
    assert "2026. 11. 24." in body or re.search(r"\d{4}\. \d{1,2}\. \d{1,2}\.", body)
    assert re.search(r"\(제\d+항", body), "citations as (제5항)"
    assert "출처: " in body and "24 November" not in _frame(body, project)
    assert "초안 – 검토 전" in texts["header"]
    assert "문서번호 BRF-2026-0042" in texts["footer"] and " / " in texts["footer"]
    assert "Page" not in texts["footer"] and "DRAFT" not in texts["header"]
    left = ENGLISH_LABELS.findall(_frame(body, project))
    assert not left, f"English labels left in the Korean note: {sorted(set(left))}"
    assert_valid_docx(path)


def test_english_note_is_unchanged_by_the_option(tmp_path):
    default, _ = _export(tmp_path, "en", "default.docx")
    project = decision_project()
    project.brief.header.file_number = "BRF-2026-0042"
    project.brief.reviewed = False
    plain = export_note(project, tmp_path / "plain.docx", ExportOptions(now=NOW)).path
    assert _texts(default) == _texts(plain)
    texts = _texts(default)
    assert "Briefing note" in texts["body"] and "Signature: " in texts["body"]
    assert "Page " in texts["footer"] and "File no. BRF-2026-0042" in texts["footer"]


def test_korean_markdown_note_shares_the_labels():
    project = decision_project()
    project.brief.reviewed = False
    text = note_markdown(project, ExportOptions(now=NOW, language="ko"))
    assert "초안 – 검토 전" in text and "서명:" in text and "DRAFT" not in text


@pytest.mark.parametrize(
    ("english", "korean"),
    [
        ("(para 5)", "(제5항)"),
        ("(paras 1, 4)", "(제1항, 제4항)"),
        ("(para 2(a))", "(제2(a)항)"),
        ("(Annex B, paras 1, 4)", "(붙임 B, 제1항, 제4항)"),
        ("(release para 5)", "(발표문 제5항)"),
        ("(release 2, para 3)", "(발표문 2, 제3항)"),
        ("(3rd paragraph of the release)", "(발표문 3번째 문단)"),
        ("(remarks by The President)", "(The President 발언)"),
        ("", ""),
    ],
)
def test_citations_in_korean(english, korean):
    assert local_cite(english, KOREAN) == korean


@pytest.mark.parametrize(
    ("code", "english", "local"),
    [
        ("es", "(3rd paragraph of the release)", "(3.º párrafo del comunicado)"),
        ("fr", "(1st, 4th paragraphs of the release)", "(1er paragraphe, 4e paragraphe du communiqué)"),
        ("de", "(Annex B, 2nd paragraph)", "(Anlage B, 2. Absatz)"),
        ("pt", "(remarks by The Minister; para 4)", "(palavras de The Minister; § 4)"),
    ],
)  # fmt: skip
def test_places_and_remarks_in_citations_take_the_language(code, english, local):
    # Without the annex a paragraph the release prints no number for is named by its
    # place: in a Spanish note that must read Spanish, not "3rd paragraph of the release".
    assert local_cite(english, labels_for(code)) == local


def test_language_codes_fall_back_to_english():
    assert labels_for("ko-KR") is KOREAN and labels_for("KO") is KOREAN
    assert labels_for("xx").code == "en" and labels_for("").code == "en"


def test_cli_language_option(tmp_path):
    from briefing.cli import main
    from tests.export.conftest import ready_project

    project = ready_project()
    source = tmp_path / "p.briefing"
    from briefing.storage import save_project

    save_project(project, source)
    out = tmp_path / "ko.docx"
    assert main(["export", str(source), "-o", str(out), "--language", "ko"]) == 0
    assert "수신" in _texts(out)["body"] or "일자" in _texts(out)["body"]


@pytest.mark.parametrize(
    ("code", "summary", "attachments"),
    [("fr", "Résumé", "Pièces jointes"), ("es", "Resumen", "Anexos"),
     ("de", "Zusammenfassung", "Anlagen"), ("pt", "Resumo", "Anexos")],
)  # fmt: skip
def test_european_languages_relabel_the_note(tmp_path, code, summary, attachments):
    path = tmp_path / f"n-{code}.docx"
    export_note(ready_project(), path, ExportOptions(now=NOW, language=code))
    body = docx.Document(str(path)).element.body
    text = "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p")))
    assert summary in text and f"{attachments}: " in text
    assert "Key points" not in text and labels_for(code).code == code


def test_source_lines_quote_the_title_as_the_language_does():
    from types import SimpleNamespace

    from briefing.export.relabel import Relabel, _local_dates

    release = SimpleNamespace(id="r1", title="Ports statement", date="2031-05-04")
    context = Relabel("2031-05-04", "information", [release])
    text = _local_dates("Council, “Ports statement”, 4 May 2031: ", labels_for("es"), context)
    assert text == "Council, «Ports statement», 4 de mayo de 2031: "

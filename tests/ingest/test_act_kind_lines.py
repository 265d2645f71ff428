"""An act's kind printed alone over its subject ("AGREEMENT" / "ON HARBOUR COOPERATION
...") is one title with it. Made-up PDFs and lines."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.act_kind_lines import kind_over_subject
from briefing.ingest.pipeline import load_release
from tests.ingest.test_readers_pdf import make_layout_pdf

_PROSE = (
    "The Republic of Examplia and the Kingdom of Samplia, hereinafter the Parties, agree",
    "to keep their harbours open to each other's ships and to meet every spring to review",
    "what this agreement has achieved and what is left to be done in the coming years.",
)


def test_the_kind_over_the_subject_in_larger_type_opens_the_title(tmp_path: Path) -> None:
    items = [
        (72, 760, [("AGREEMENT", "mono", 11, 0)]),
        (72, 730, [("ON HARBOUR COOPERATION BETWEEN EXAMPLIA AND SAMPLIA", "bold", 16, 0)]),
    ]
    items += [(72, 690 - 14 * n, [(line, "mono", 10, 0)]) for n, line in enumerate(_PROSE)]
    path = make_layout_pdf(tmp_path / "agreement.pdf", [items])
    assert load_release(path).title == (
        "AGREEMENT ON HARBOUR COOPERATION BETWEEN EXAMPLIA AND SAMPLIA"
    )


def test_only_a_bare_kind_over_a_subject_opening_on_its_preposition() -> None:
    assert kind_over_subject("AGREEMENT", "ON HARBOUR COOPERATION")
    assert kind_over_subject("Угода", "про співробітництво у сфері безпеки")
    assert not kind_over_subject("AGREEMENT REACHED", "ON HARBOUR COOPERATION")
    assert not kind_over_subject("Ministry of Examples", "ON HARBOUR COOPERATION")
    assert not kind_over_subject("AGREEMENT", "HARBOUR COOPERATION")


def test_a_joint_statement_s_kind_opens_its_title_though_a_paper_label(tmp_path: Path) -> None:
    # "JOINT STATEMENT" is a press paper's kind label too (genre_labels), which places the
    # headline under it; the subject opening on "ON" still runs on from the kind.
    import docx
    from docx.shared import Pt

    document = docx.Document()
    for text in ("JOINT STATEMENT", "ON HARBOUR COOPERATION BETWEEN EXAMPLIA AND SAMPLIA"):
        run = document.add_paragraph().add_run(text)
        run.bold, run.font.size = True, Pt(16)
    document.add_paragraph("3 April 2031")
    for line in _PROSE:
        document.add_paragraph(line)
    path = tmp_path / "statement.docx"
    document.save(str(path))
    assert load_release(path).title == (
        "JOINT STATEMENT ON HARBOUR COOPERATION BETWEEN EXAMPLIA AND SAMPLIA"
    )
    assert kind_over_subject("Joint Statement", "on harbour cooperation")
    assert not kind_over_subject("Press Release", "ON HARBOUR COOPERATION")

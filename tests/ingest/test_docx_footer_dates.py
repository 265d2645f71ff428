"""A Word paper dated only in its page footer (a form's or checklist's version line) is
dated by it; a date the text states beats it, footers printing different dates date
nothing, and a date field's result (the day the file was opened) never dates a paper.
Made-up documents."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from briefing.ingest import load_release


def _paper(
    path: Path, footer: str, body: str = "Applicants fill in every part of this form."
) -> Path:
    doc = docx.Document()
    doc.add_paragraph("Application for a Fishing Permit")
    doc.add_paragraph(body)
    doc.sections[0].footer.paragraphs[0].text = footer
    doc.save(str(path))
    return path


def test_a_paper_dated_only_in_its_footer_is_dated_by_it(tmp_path: Path) -> None:
    path = _paper(tmp_path / "form.docx", "FPF 07, 3 March 2021\tPage 1 of 4")
    assert load_release(path, suggest=False).date == "2021-03-03"


def test_the_text_s_own_date_beats_the_footer(tmp_path: Path) -> None:
    path = _paper(
        tmp_path / "form.docx",
        "FPF 07, 3 March 2021\tPage 1 of 4",
        body="Port Examplia, 9 June 2022 - The Authority opens the permit season today.",
    )
    assert load_release(path, suggest=False).date == "2022-06-09"


def test_footers_printing_different_dates_date_nothing(tmp_path: Path) -> None:
    path = _paper(tmp_path / "form.docx", "FPF 07, 3 March 2021")
    doc = docx.Document(str(path))
    doc.sections[0].footer.add_paragraph("Approved 12 April 2019")
    doc.save(str(path))
    assert load_release(path, suggest=False).date == ""


def test_a_date_field_in_the_footer_dates_nothing(tmp_path: Path) -> None:
    # (No "Printed on" before it: that typed stamp alone is left out, see below.)
    path = _paper(tmp_path / "form.docx", "FPF 07, ")
    doc = docx.Document(str(path))
    field = parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" DATE \\@ &quot;d MMMM yyyy&quot; ">'
        "<w:r><w:t>14 July 2020</w:t></w:r></w:fldSimple>"
    )
    doc.sections[0].footer.paragraphs[0]._p.append(field)
    doc.save(str(path))
    assert load_release(path, suggest=False).date == ""


def test_a_typed_print_or_template_stamp_dates_nothing(tmp_path: Path) -> None:
    # The day of a printout or of the template the form was written on (review339).
    for footer in ("Printed on 5 May 2019", "Template v2, last revised 12 January 2016"):
        path = _paper(tmp_path / "form.docx", footer)
        assert load_release(path, suggest=False).date == "", footer

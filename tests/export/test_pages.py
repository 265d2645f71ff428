"""The body on the pages it needs, as LibreOffice lays it out (pdftotext reads the pages).

* A decision note's Recommendation and decision block stand on page 1, in every house
  format, on the bundled template and on a letterhead template.
* The body's end never spills one or two lines onto a page of their own.

Skipped when LibreOffice or pdftotext is absent. All notes of a test are converted in
one LibreOffice run (starting it is most of the cost).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from briefing.export import ExportOptions, export_note
from briefing.export.pdf import find_soffice
from briefing.export.presets import PRESETS
from briefing.model import BriefParagraph
from tests.export.conftest import NOW, ready_project

pytestmark = pytest.mark.skipif(
    find_soffice() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) or pdftotext not found",
)

# A bottom line at the limit the house formats set (four lines, about 60 words).
SUMMARY = (
    "Ministers adopted the Busan Declaration on 24 November, committing the 40 delegations "
    "to share distress alerts within one hour and to hold a joint search and rescue exercise "
    "every two years. Korea doubled its training fund and asks partners to co-sponsor the "
    "Declaration at the IMO in December."
)


def convert_all(docx_files: list[Path], folder: Path) -> dict[Path, list[str]]:
    """Each file's pages as text (pdftotext, layout kept), from one LibreOffice run."""
    profile = (folder / "profile").as_uri()
    command = [
        find_soffice(),
        f"-env:UserInstallation={profile}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(folder),
    ]
    subprocess.run([*command, *map(str, docx_files)], capture_output=True, timeout=300, check=False)
    pages = {}
    for path in docx_files:
        pdf = folder / path.with_suffix(".pdf").name
        assert pdf.is_file(), f"LibreOffice did not convert {path.name}"
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        pages[path] = text.split("\f")[:-1]
    return pages


def squeeze(text: str) -> str:
    """Without spaces: the marking's letter spacing splits its words in pdftotext."""
    return "".join(text.split())


def decision_project():
    project = ready_project()
    project.brief.reviewed = False
    header = project.brief.header
    header.purpose = "decision"
    project.brief.section("summary").paragraphs = [BriefParagraph(SUMMARY)]
    project.brief.section("purpose").paragraphs = [
        BriefParagraph(
            "To seek your agreement to co-sponsor the Busan Declaration at the "
            "International Maritime Organization."
        )
    ]
    project.brief.section("recommendation").paragraphs = [
        BriefParagraph(
            "That you agree that Korea co-sponsor the Busan Declaration when it is "
            "submitted to the IMO Maritime Safety Committee."
        ),
        BriefParagraph(
            "That you note the budget team will confirm the doubled contribution "
            "to the search and rescue training fund."
        ),
    ]
    project.brief.section("contact").paragraphs = [
        BriefParagraph("J. Kim, Maritime Affairs Division, +82 2 2100 0001")
    ]
    return project


def test_decision_block_on_page_one_in_every_house_format(tmp_path):
    from tests.export.test_valid_and_robust import letterhead_template

    notes = {}
    for key in PRESETS:
        path = tmp_path / f"{key}.docx"
        export_note(decision_project(), path, ExportOptions(now=NOW, house=key))
        notes[path] = PRESETS[key]
    letterhead = letterhead_template(tmp_path / "letterhead-template.docx")
    path = tmp_path / "letterhead.docx"
    export_note(decision_project(), path, ExportOptions(now=NOW, template=letterhead))
    notes[path] = PRESETS["standard"]
    pages = convert_all(list(notes), tmp_path)
    for path, house in notes.items():
        first = pages[path][0]
        flat = squeeze(first)
        assert squeeze(house.recommendation["decision"]) in flat, path.name
        for row in house.decision_options:
            for choice in row:
                assert squeeze(choice) in flat, (path.name, choice)
        assert "Signature:" in flat and "Date:" in flat, path.name
        assert squeeze(house.timing_label) in flat, path.name
        # The recommendation follows the summary on the page, the block follows it.
        summary = squeeze(house.headings.get("summary", "Summary"))
        recommendation = squeeze(house.recommendation["decision"])
        assert flat.index(summary) < flat.index(recommendation) < flat.index("Signature:")
        # Every page says DRAFT: nobody has marked this brief reviewed.
        assert all("DRAFT–NOTREVIEWED" in squeeze(page) for page in pages[path]), path.name
    assert "MINISTRYOFEXAMPLEAFFAIRS" in squeeze(pages[tmp_path / "letterhead.docx"][0])


_FURNITURE = ("UNCLASSIFIED", "DRAFT–NOTREVIEWED")


def body_lines(page: str) -> list[str]:
    """The page's lines without the running marking, DRAFT mark and page number."""
    lines = [line for line in page.splitlines() if line.strip()]
    return [
        line
        for line in lines
        if squeeze(line) not in _FURNITURE and not squeeze(line).startswith(("Page", "Fileno."))
    ]


def test_no_one_or_two_line_spill_onto_an_empty_page(tmp_path):
    """Notes growing a key point at a time: whenever the body reaches a second page, that
    page holds more than a stray line or two."""
    notes = []
    for count in range(6, 16):
        project = ready_project()
        project.brief.section("key_points").paragraphs = [
            BriefParagraph(
                f"Point {n}: delegations agreed to exchange information on distress "
                "incidents and to review the protocol together next year.",
                cites=[("r1", "n4")],
            )
            for n in range(1, count + 1)
        ]
        project.brief.section("contact").paragraphs = [BriefParagraph("J. Kim, +82 2 2100 0001")]
        path = tmp_path / f"points-{count:02}.docx"
        export_note(project, path, ExportOptions(now=NOW, annex=False))
        notes.append(path)
    pages = convert_all(notes, tmp_path)
    spilled = 0
    headings = {"Purpose", "Summary", "Background", "Keypoints", "Nextsteps", "Contact"}
    for path in notes:
        body = pages[path]
        if len(body) > 1:
            spilled += 1
            assert len(body_lines(body[-1])) >= 3, (path.name, body[-1])
        for line in (line for page in body for line in page.splitlines()):
            # "(release para 1)" is never cut at a line end.
            assert not line.rstrip().endswith(("(release", "para", "(para")), (path.name, line)
        for page in body[:-1]:  # no heading left alone at a page's foot
            assert squeeze(body_lines(page)[-1]) not in headings, (path.name, page)
    assert spilled, "no variant reached a second page: the test proves nothing"

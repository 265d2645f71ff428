"""A PDF's printed lines written one Markdown paragraph each are joined into paragraphs."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release

# A made-up minutes page: every printed line (~80 characters) a paragraph of its own.
_LINES = [
    "# Minutes of the Harbour Board meeting",
    "1 The Board noted that traffic through the northern quays had risen again in the",
    "third quarter, with container volumes up by a tenth on the year and bulk cargo",
    "broadly flat. Members observed that waiting times at the outer anchorage had",
    "lengthened, partly because two of the older cranes had been out of service.",
    "2 On the budget, the treasurer reported that dredging costs had come in below",
    "the estimate, leaving room for the repairs the engineers had asked for in the",
    "spring. The Board agreed to bring the crane repairs forward to the winter.",
    "2",
    "months, and to review the schedule of dues at its next meeting in March.",
    "3 Members discussed the pilotage service, whose staffing had been stretched by",
    "retirements over the summer. The harbour master said that three new pilots",
    "would finish their training by the end of the year, and that overtime would",
    "fall once they joined the roster.",
    "4 The Board voted unanimously to keep the schedule of harbour dues unchanged.",
]


def _release(tmp_path: Path, lines: list[str]):
    path = tmp_path / "minutes.md"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return load_release(path, suggest=False)


def _paragraphs(release) -> list[str]:
    return [
        release.text[n.start : n.end]
        for n in release.nodes()
        if n.kind == "paragraph" and n.start < n.end
    ]


def test_printed_lines_of_a_paragraph_are_one_paragraph(tmp_path: Path) -> None:
    paragraphs = _paragraphs(_release(tmp_path, _LINES))
    starts = [p[:12] for p in paragraphs]
    assert any(
        p.startswith("1 The Board noted") and p.rstrip().endswith("out of service.")
        for p in paragraphs
    ), starts
    # (Across a page's number: the paragraph goes on, the number is set after it.)
    assert any(
        p.startswith("2 On the budget") and "next meeting in March." in p for p in paragraphs
    ), starts
    assert any(
        p.startswith("3 Members") and p.rstrip().endswith("joined the roster.") for p in paragraphs
    ), starts
    assert not any(p.startswith(("third quarter", "retirements", "months,")) for p in paragraphs)


def test_written_markdown_paragraphs_are_left_apart(tmp_path: Path) -> None:
    # Paragraphs of written Markdown are long and never open in lower case.
    lines = [
        "# Notice",
        *(
            f"Paragraph {i} says what the board decided on item {i}, at some length, so "
            "that it runs well past a printed line and ends with a full stop as written "
            "paragraphs do."
            for i in range(12)
        ),
    ]
    paragraphs = _paragraphs(_release(tmp_path, lines))
    assert sum(p.startswith("Paragraph") for p in paragraphs) == 12


def test_a_bold_lead_cut_at_the_margin_goes_on_and_a_roster_stays(tmp_path: Path) -> None:
    lines = [
        _LINES[0],
        # A bold lead sentence (the converter styles a bold line as a heading) cut at
        # the margin on a bare word: its next line goes on with it.
        "**In its meeting today, the Harbour Board decided to keep the dues for the Eastern**",
        "**Quays unchanged at the rates agreed last spring, pending the review of berths.**",
        *_LINES[1:8],
        # Lines of names stop on capitalised words: each is a line of its own.
        "Present: Jane Example, Chair of the Board; John Sample, Treasurer of the Board Office",
        "Harbour Master Joan Model, Head of the Pilotage Service, Northern Quays Division Staff",
        *_LINES[10:],
    ]
    paragraphs = _paragraphs(_release(tmp_path, lines))
    starts = [p[:20] for p in paragraphs]
    assert any(
        p.startswith("In its meeting today") and "review of berths." in p for p in paragraphs
    ), starts
    assert any(p.startswith("Harbour Master Joan") for p in paragraphs), starts

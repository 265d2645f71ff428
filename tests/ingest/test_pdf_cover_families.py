"""PDF covers read on unseen release families (session 8): a UN plenary draft's agenda
block and list of sponsors are cover matter over its title; a list of names wrapped
over lines is one paragraph, not a roster. Made-up PDFs in the shape of real releases."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.readers import read_file
from briefing.ingest.readers.pdf_head import is_agenda_line, is_name_list
from tests.ingest.test_readers_pdf import make_layout_pdf

SPONSORS = [
    "Examplia, Samplia, Testland, Fictonia, Imaginaria, Mockovia, Placeholdia,",
    "Dummyland, Stubland, Modelia, Sketchia, Draftonia, Outlinia, Specimenia,",
    "Republic of Nowhere, Islands of Elsewhere and Kingdom of Anywhere:* amendment",
    "to draft resolution 12 recommended by the Third Committee in its report",
]


def _plenary_draft(tmp_path: Path, sponsors: list[str]) -> Path:
    """An A/90/L.x page: masthead, agenda block flush left, bold sponsors, the title in
    12-point bold, one line of body; the sponsors and the agenda block are set bold, as
    the UN sets them, so bold is the page's commonest weight."""
    page = [
        (123, 760, [("United Nations", "sans", 14, 0)]),
        (500, 760, [("A/90/L.99", "sans", 10, 0)]),
        (123, 730, [("General Assembly", "bold", 20, 0)]),
        (397, 730, [("Distr.: Limited", "sans", 10, 0)]),
        (397, 718, [("3 December 2035", "sans", 10, 0)]),
        (60, 600, [("Ninetieth session", "bold", 10, 0)]),
        (60, 588, [("Agenda item 70 (b)", "sans", 10, 0)]),
        (60, 576, [("Promotion and protection of human rights: human", "bold", 10, 0)]),
        (60, 564, [("rights questions, including alternative approaches", "bold", 10, 0)]),
        *[(123, 530 - 12 * i, [(text, "bold", 10, 0)]) for i, text in enumerate(sponsors)],
        (123, 460, [("Protection of examples in the course of drafting", "bold", 12, 0)]),
        (147, 430, [("In the fourth preambular paragraph, delete the words", "sans", 10, 0)]),
        (123, 418, [('"and other placeholders".', "sans", 10, 0)]),
    ]
    return make_layout_pdf(tmp_path / "draft.pdf", [page])


def test_plenary_drafts_title_is_found_under_agenda_block_and_sponsors(tmp_path: Path) -> None:
    path = _plenary_draft(tmp_path, SPONSORS)
    ex = read_file(path)
    titled = [line.text for line in ex.lines if line.style == "title"]
    assert titled == ["Protection of examples in the course of drafting"]
    # The sponsors wrapped over four lines stay one paragraph: a list of names ending
    # a line on a comma is no roster of people named surname first.
    sponsors = [line.text for line in ex.lines if line.text.startswith("Examplia")]
    assert len(sponsors) == 1 and "Dummyland" in sponsors[0]
    assert load_release(path).title == "Protection of examples in the course of drafting"


def test_short_sponsor_line_is_cover_matter_too(tmp_path: Path) -> None:
    path = _plenary_draft(tmp_path, ["Examplia:* amendment to draft resolution A/90/L.98"])
    assert load_release(path).title == "Protection of examples in the course of drafting"


def test_cover_line_shapes() -> None:
    assert is_agenda_line("Eightieth session")
    assert is_agenda_line("Agenda item 71 (a)")
    assert is_agenda_line("Provisional agenda item 4")
    assert not is_agenda_line("The session opened with a statement by the Chair.")
    assert is_name_list(" ".join(SPONSORS))
    assert is_name_list("Examplia and Samplia: draft resolution")
    # Prose naming countries has verbs between the names.
    assert not is_name_list(
        "Examplia, Samplia and Testland welcomed the agreement, which Fictonia signed."
    )
    assert not is_name_list("Growth, inflation, and the exchange rate were discussed.")


def test_heading_of_an_open_rank_goes_on_in_the_section_above(tmp_path: Path) -> None:
    """ "2." after "1." and its paragraphs, under "A.", stays under "A." (tree.py): a UN
    report's or a central bank's numbered crossheads, whatever format set their ranks."""
    text = "\n\n".join(
        [
            "# Report of the Working Group on Examples",
            "The Working Group held its session in May and adopted this report by consensus.",
            "## I. Background",
            "Background text goes here in a sentence of the body.",
            "## II. Implementation",
            "### A. Cross-cutting issues",
            "#### 1. Equality",
            "Equality text goes here in a sentence of the body.",
            "#### 2. Development",
            "Development text goes here in a sentence of the body.",
            "### B. Civil rights",
            "#### 1. Right to life",
            "Text on the right to life goes here in a sentence.",
        ]
    )
    path = tmp_path / "report.md"
    path.write_text(text + "\n", encoding="utf-8")
    release = load_release(path)

    def heading(label: str, after: str = "") -> object:
        nodes = [n for n in release.nodes() if n.kind == "heading"]
        start = next(i for i, n in enumerate(nodes) if not after or n.label == after)
        return next(n for n in nodes[start:] if n.label == label)

    part_a, part_b = heading("A."), heading("B.")
    assert heading("2.") in part_a.children
    section = heading("II.")
    assert part_a in section.children and part_b in section.children
    assert heading("1.", after="B.") in part_b.children


BODY = [
    "Before the Governor takes the monthly decision, the staff present the outlook",
    "for prices, growth and the labour market in a broad forum of the Bank, and",
    "the Board then discusses the options in a narrower forum of its members.",
]


def _body(top: float, size: float = 12, pitch: float = 15) -> list:
    return [(90, top - pitch * i, [(text, "sans", size, 0)]) for i, text in enumerate(BODY)]


def test_category_over_the_title_in_its_type_is_no_part_of_it(tmp_path: Path) -> None:
    """ "Press Release" set bold over "MONETARY PROGRAM FOR ..." in the same type (a
    central bank's statement): the category says what the text is, the title which."""
    page = [
        (282, 768, [("Press Release", "bold", 12, 0)]),
        (171, 742, [("MONETARY PROGRAM APPROVED BY THE BOARD FOR", "bold", 12, 0)]),
        (259, 729, [("DECEMBER 2035", "bold", 12, 0)]),
        *_body(700, size=11, pitch=13),
    ]
    release = load_release(make_layout_pdf(tmp_path / "program.pdf", [page]))
    assert release.title == "MONETARY PROGRAM APPROVED BY THE BOARD FOR DECEMBER 2035"
    assert release.category == "Press Release"


def test_when_the_meeting_sat_is_no_title(tmp_path: Path) -> None:
    """A report's title over "The discussions took place on ...", both in the title's
    bold type: the clause saying when the meeting sat is not the title."""
    page = [
        (261, 734, [("Bank of Examplia", "bold", 12, 0)]),
        (115, 675, [("Report to the public of the Bank's discussions prior to", "bold", 12, 0)]),
        (115, 660, [("setting the interest rate for March 2035", "bold", 12, 0)]),
        (157, 630, [("The discussions took place on 20 and 21 February 2035", "bold", 12, 0)]),
        *_body(590),
    ]
    release = load_release(make_layout_pdf(tmp_path / "report.pdf", [page]))
    assert release.title == (
        "Report to the public of the Bank's discussions prior to setting the interest rate"
        " for March 2035"
    )


def _replies_page(number: int) -> list:
    """A page of a State's replies to recommendations: each answer opens with its
    run-in label a tab away ("Rec. 12      We consider ..."), its lines wrapping back to
    the margin left of the label; every page opens with such an answer."""
    first = 10 * number
    rows: list = [(57, 777, [("A/HRC/90/1/Add.1", "bold", 9, 0)])]
    y = 740
    for k in range(4):
        rows += [
            (142, y, [(f"Rec. {first + k}", "mono", 10, 0)]),
            (
                198,
                y,
                [("We consider that the activities for implementing", "mono", 10, 0)],
            ),
            (
                113,
                y - 12,
                [("this recommendation are already ongoing in all the ministries,", "mono", 10, 0)],
            ),
            (113, y - 24, [("with training for judges and the police.", "mono", 10, 0)]),
        ]
        y -= 44
    rows.append((142, y, [(f"Rec. {first + 4}", "mono", 10, 0)]))
    rows.append((198, y, [("See recommendation 12.", "mono", 10, 0)]))
    rows.append((142, y - 18, [(f"Rec. {first + 5}", "mono", 10, 0)]))
    rows.append((198, y - 18, [("See recommendation 13.", "mono", 10, 0)]))
    return rows


def test_run_in_labelled_answers_are_whole_and_kept(tmp_path: Path) -> None:
    path = make_layout_pdf(tmp_path / "replies.pdf", [_replies_page(n) for n in (1, 2, 3)])
    ex = read_file(path)
    answers = [line.text for line in ex.lines if line.text.startswith("Rec. ")]
    # Every answer is one paragraph, label and text together, and the answer opening
    # each page (alike, digits aside, on every page's top) is no running head.
    assert len(answers) == 18
    assert answers[0] == (
        "Rec. 10 We consider that the activities for implementing this recommendation"
        " are already ongoing in all the ministries, with training for judges and the"
        " police."
    )
    assert "Rec. 14 See recommendation 12." in answers
    assert not any(text.startswith("Rec.") for text in ex.removed)


def test_line_stopping_on_of_runs_on_into_a_date(tmp_path: Path) -> None:
    """Ragged type breaks "... capital requirements for these exposures as of" short of
    the margin, the next line opening with a date: one sentence, one paragraph."""
    lines = [
        "The Federal Council reactivated the sectoral buffer on 26 January",
        "following a proposal by the central bank, setting the level at 2.5%",
        "of risk-weighted exposures. This will raise them as of",
        "30 September 2035, and will maintain the resilience of the sector.",
        "The bank will continue to monitor the mortgage market closely and it",
        "will reassess the need for an adjustment of the buffer regularly.",
    ]
    page = [(85, 700 - 16 * i, [(text, "mono", 12, 0)]) for i, text in enumerate(lines)]
    ex = read_file(make_layout_pdf(tmp_path / "buffer.pdf", [page]))
    texts = [line.text for line in ex.lines]
    assert not any(text.startswith("30 September") for text in texts)
    assert any("as of 30 September 2035, and will" in text for text in texts)


DECREE = [
    "VISTO il decreto legislativo del 30 luglio 2035, recante norme generali sul",
    "lavoro alle dipendenze delle amministrazioni pubbliche e successive modifiche;",
    "CONSIDERATA la necessita di avviare l'analisi dei dati raccolti nel corso",
    "dell'emergenza, a supporto delle decisioni delle autorita competenti;",
]


LEADS = ["Example Office", "Office of Samples", "Department of Tests"]


def _decree_page(with_form_heading: bool, page: int = 0) -> list:
    """A ministry's decree: its two-line letterhead on every page, the office's line
    set just under the top band's edge."""
    rows: list = [
        (98, 734, [("Presidenza del Consiglio", "bold", 30, 0)]),
        (82, 708, [("IL MINISTRO PER GLI ESEMPI E LA SEMPLIFICAZIONE", "bold", 12, 0)]),
    ]
    y = 660
    if with_form_heading:
        lead = f"Work Package {page + 1} | Lead: {LEADS[page]}"
        rows.append((72, 690, [(lead, "sans", 12, 0)]))
        rows.append((72, 672, [("OBJECTIVE", "bold", 12, 0)]))
        y = 650
    rows += [(72, y - 21 * i, [(text, "sans", 12, 0)]) for i, text in enumerate(DECREE)]
    return rows


def test_letterhead_line_under_the_top_band_repeated_on_every_page_is_furniture(
    tmp_path: Path,
) -> None:
    path = make_layout_pdf(tmp_path / "decreto.pdf", [_decree_page(False) for _ in range(3)])
    ex = read_file(path)
    assert not any("IL MINISTRO" in line.text for line in ex.lines)
    assert sum("IL MINISTRO" in text for text in ex.removed) == 3


def test_form_heading_repeated_under_content_is_kept(tmp_path: Path) -> None:
    """ "OBJECTIVE" in the same place on every page, under each page's own heading (a
    work plan's form), is content: only a letterhead's next line goes with it."""
    path = make_layout_pdf(tmp_path / "plan.pdf", [_decree_page(True, n) for n in range(3)])
    ex = read_file(path)
    assert sum(line.text == "OBJECTIVE" for line in ex.lines) == 3

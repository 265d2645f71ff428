"""PDF layout families from the tune corpus's misses (issue 11 item 3), on made-up PDFs
written with the fixture builder of test_readers_pdf: emphasis at a line's end, a body
set in a heavy face, a page of short lines, an item's value set in a column beside it."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file
from tests.ingest.test_readers_pdf import body, make_layout_pdf


def heavy(text: str) -> list:
    return [(text, "bold", 10, 0)]


def full(n: int) -> str:
    """A 60-character line of made-up prose (fills the measure in Courier 10)."""
    words = f"Line {n} of the report on the work of the committee and its"
    return (words + " members and staff")[:60].ljust(60, "x")


def texts(tmp_path: Path, pages: list) -> list[str]:
    return [line.text for line in read_file(make_layout_pdf(tmp_path / "t.pdf", pages)).lines]


def test_bold_word_at_line_end_is_emphasis(tmp_path: Path) -> None:
    page = [
        (72, 700, [*body("The working group tasked to"), (" resolve", "bold", 10, 0)]),
        (72, 688, body("housing problems reported that most settlements now have")),
        (72, 676, body("access to drinking water.")),
        (72, 650, body("A second paragraph follows after a gap.")),
    ]
    assert texts(tmp_path, [page]) == [
        "The working group tasked to resolve housing problems reported that most "
        "settlements now have access to drinking water.",
        "A second paragraph follows after a gap.",
    ]


def test_bold_run_in_head_after_a_sentence_still_opens_a_paragraph(tmp_path: Path) -> None:
    page = [
        (72, 700, body("The Committee agreed on the plan of work.")),
        (72, 688, [("Vote.", "bold", 10, 0), *body(" Members voted as follows.")]),
    ]
    assert len(texts(tmp_path, [page])) == 2


def test_heavy_body_face_runs_on_over_the_page_break(tmp_path: Path) -> None:
    # Every line in a bold face (a Gothic Medium body): a page break is no heading break.
    lines = [
        "Members noted that the employment situation had kept improving",
        "in recent months, as shown by a",
    ]
    page1 = [(72, 700 - 12 * i, heavy(t)) for i, t in enumerate(lines)]
    page1 += [(72, 500, heavy("Other members pointed to the slowdown abroad."))]
    page1 += [(72, 488, heavy("It was agreed that the extent of easing should"))]
    page2 = [
        (72, 760, heavy("be reduced further, given the upward pressure on prices.")),
        (72, 730, heavy("The Committee then turned to the decision.")),
    ]
    out = texts(tmp_path, [page1, page2])
    assert "It was agreed that the extent of easing should be reduced further, " in out[-2]
    assert out[-1] == "The Committee then turned to the decision."


def test_page_of_short_lines_takes_the_documents_measure(tmp_path: Path) -> None:
    roster = [
        "Kim, Choongsoo, Chairman (Governor)",
        "Kim, Dae Sik",
        "Choi, Dosoung",
        "Lee, Ju Yeol (Senior Deputy Governor)",
    ]
    page1 = [(72, 720, body("Members present:"))]
    page1 += [(120, 700 - 12 * i, body(t)) for i, t in enumerate(roster)]
    page2 = [(72, 760 - 12 * i, body(full(i))) for i in range(10)]
    out = texts(tmp_path, [page1, page2])
    for name in roster:
        assert name in out  # each name its own line, none run on into the next


def test_numbered_item_with_its_value_beside_it_is_one_line(tmp_path: Path) -> None:
    page = [
        (72, 700, body("1. Date of meeting")),
        (260, 700, body("12 May 2010 (Wed), 9 AM")),
        (72, 676, body("2. Place")),
        (260, 676, body("Committee Meeting Room")),
        # a masthead's cells stay apart: no list number opens the row
        (72, 640, body("United Nations")),
        (400, 640, body("A/RES/1/1")),
    ]
    out = texts(tmp_path, [page])
    assert out[:2] == [
        "1. Date of meeting 12 May 2010 (Wed), 9 AM",
        "2. Place Committee Meeting Room",
    ]
    assert "United Nations" in out and "A/RES/1/1" in out


def test_bold_roster_under_its_heading_is_one_name_a_line(tmp_path: Path) -> None:
    page = [(72, 720, body("The Board met in the Head Office on Monday, 10 May 2010."))]
    page.append((72, 690, heavy("Policy Board Members Present")))
    names = ["Mr. H. Tanaka, Chairman, Deputy Governor", "Ms. M. Sato", "Mr. T. Ono"]
    page += [(92, 676 - 14 * i, heavy(name)) for i, name in enumerate(names)]
    page.append((72, 620, body("The Board then heard the staff reports on the economy.")))
    # a labelled heading's hanging wrap stays one heading
    page.append((72, 590, [("D.", "bold", 10, 0)]))
    page.append((100, 590, heavy("Political and civil rights")))
    page.append((100, 576, heavy("(Recommendations 73-76)")))
    page.append((72, 556, body("Court backlogs are no longer a problem in the country.")))
    ex = read_file(make_layout_pdf(tmp_path / "t.pdf", [page]))
    out = [(line.style, line.text) for line in ex.lines]
    for name in names:
        assert ("", name) in out  # its own line, and no heading
    assert any(text.endswith("rights (Recommendations 73-76)") for _, text in out)


def test_centred_block_is_one_paragraph(tmp_path: Path) -> None:
    # A centred cover title over a left-set body (Courier 10: 6 pt a character).
    title = ["RESTORATION OF THE", "LAWFUL RIGHTS OF THE PEOPLE"]
    page = [(72 + 3 * (60 - len(t)), 700 - 12 * i, body(t)) for i, t in enumerate(title)]
    page += [(72, 660 - 12 * i, body(full(i))) for i in range(8)]
    out = texts(tmp_path, [page])
    assert out[0] == "RESTORATION OF THE LAWFUL RIGHTS OF THE PEOPLE"


def test_gap_is_wide_against_its_own_pages_pitch(tmp_path: Path) -> None:
    # A single-spaced first page, then a double-spaced body whose lines open with
    # capitals: only the wider gap between paragraphs ends one.
    page1 = [(72, 760 - 12 * i, body(full(i))) for i in range(12)]
    page2 = [(72, 760 - 24 * i, body(full(i))) for i in range(6)]
    page2 += [(72, 760 - 24 * 5 - 40 - 24 * i, body(full(i))) for i in range(6)]
    out = texts(tmp_path, [page1, page2])
    assert len(out) == 2  # page 1 runs on into page 2's first paragraph


def test_bracketed_note_on_the_cover_does_not_end_the_title_search(tmp_path: Path) -> None:
    page = [
        (72, 780, [("General Assembly", "bold", 20, 0)]),
        (72, 750, heavy("Seventy-ninth session")),
        (72, 738, body("Agenda item 12")),
        (72, 726, heavy("Questions relating to the work of the committee")),
        (100, 700, [("Resolution adopted by the General Assembly on 2 May", "bold", 14, 0)]),
        (100, 680, body("[on the report of the Second Committee (A/79/999, para. 8)]")),
        (72, 656, [("79/999. Working group on the review of its methods", "bold", 12, 0)]),
        (100, 630, body("The General Assembly,")),
        (100, 616, body("Recalling its resolution 75/1 of 1 January 2020 on the")),
        (72, 604, body("methods of work of the committee and of its subsidiary bodies,")),
    ]
    ex = read_file(make_layout_pdf(tmp_path / "t.pdf", [page]))
    title = next(line.text for line in ex.lines if line.style == "title")
    assert title.startswith("79/999. Working group")


def test_table_is_read_as_rows(tmp_path: Path) -> None:
    page = [
        (72, 780, body("United Nations")),
        (400, 780, body("A/RES/1/1")),
        (72, 766, body("General Assembly")),
        (400, 766, body("Distr.: General")),
        (72, 720, body("The members voted as follows on the resolution.")),
    ]
    rows = [("Member", "Vote"), ("Dr. A. Rao", "Yes"), ("Ms. B. Lee", "No"), ("Mr. C. Diaz", "Yes")]
    for i, (name, vote) in enumerate(rows):
        page += [
            (90, 700 - 14 * i, body(name)),
            (330 + (3 if vote == "No" else 0), 700 - 14 * i, body(vote)),
        ]
    page.append((72, 630, body("The resolution was adopted by a majority of the votes.")))
    ex = read_file(make_layout_pdf(tmp_path / "t.pdf", [page]))
    table = [line.text for line in ex.lines if line.style == "table"]
    assert table == ["Member | Vote", "Dr. A. Rao | Yes", "Ms. B. Lee | No", "Mr. C. Diaz | Yes"]
    texts_ = [line.text for line in ex.lines]
    assert "United Nations" in texts_ and "A/RES/1/1" in " ".join(texts_ + ex.removed)


def test_bare_roman_numbers_in_a_hanging_column_are_labels(tmp_path: Path) -> None:
    from briefing.ingest.patterns import match_label

    items = ["Continued price increases above", "Uncertainty about food prices", "The costs"]
    page = [(72, 720, body("The Board emphasized the following points:"))]
    for i, (number, text) in enumerate(zip(["i", "ii", "iii"], items, strict=True)):
        y = 700 - 28 * i
        page += [(121 - 6 * len(number), y, body(number)), (133, y, body(text))]
        page.append((133, y - 12, body("of the items, as set out in the report;")))
    page.append((72, 600, body("The main points of discussion are listed (i) here.")))
    ex = read_file(make_layout_pdf(tmp_path / "t.pdf", [page]))
    labels = [m.label for line in ex.lines if (m := match_label(line.text))]
    assert labels == ["i", "ii", "iii"]
    assert ex.lines[1].text.startswith("i\tContinued price increases above of the items")


def test_roman_numeral_characters_are_section_labels() -> None:
    from briefing.ingest.patterns import match_label

    found = match_label("Ⅱ. Discussion of Economic Situation (Summary)")
    assert found is not None and (found.label, found.family) == ("Ⅱ.", "ROMAN.")
    assert match_label("Ⅱ.5 per cent") is None


def test_korean_minutes_read_in_place() -> None:
    import pytest

    from briefing.ingest import load_release

    path = Path(__file__).parents[1] / "corpus/collected/c3_15_kr-bok_mpc-minutes-2010-08-12.pdf"
    if not path.exists():
        pytest.skip("tune document absent")
    release = load_release(path, suggest=False)
    labels = {node.label for node in release.nodes()}
    assert {"Ⅰ.", "Ⅱ.", "Ⅲ.", "Ⅳ."} <= labels


def test_title_before_a_name_at_a_line_end_ends_no_sentence(tmp_path: Path) -> None:
    page = [
        (72, 700, body("Votes for the proposal: Mr. H. Tanaka, Ms. M. Sato, Mr.")),
        (72, 688, body("T. Ono and Mr. R. Mori.")),
        (72, 676, body("Votes against the proposal: None.")),
    ]
    out = texts(tmp_path, [page])
    assert (
        out[0] == "Votes for the proposal: Mr. H. Tanaka, Ms. M. Sato, Mr. T. Ono and Mr. R. Mori."
    )


def test_list_items_inside_a_paragraph_are_cut_from_it(tmp_path: Path) -> None:
    page = [
        (72, 700, body("35.")),
        (100, 700, body("With these considerations, I vote")),
        (100, 688, body("i. to keep the policy rate unchanged at 6.5 per cent, and")),
        (100, 676, body("ii. to remain focused on the withdrawal of support so that")),
        (124, 664, body("inflation aligns to the target, while supporting growth.")),
        (72, 640, body("36.")),
        (100, 640, body("Growth has outperformed expectations again, and the items")),
        (72, 628, body("of the budget were agreed as follows: the wages, the rents")),
        (72, 616, body("(a) the costs of travel, and (b) the costs of the meetings.")),
    ]
    out = texts(tmp_path, [page])
    assert out[:3] == [
        "35. With these considerations, I vote",
        "i. to keep the policy rate unchanged at 6.5 per cent, and",
        "ii. to remain focused on the withdrawal of support so that inflation aligns to "
        "the target, while supporting growth.",
    ]
    assert out[3].startswith("36. Growth") and out[3].endswith("(b) the costs of the meetings.")


def test_marker_raised_in_the_body_size_is_a_marker(tmp_path: Path) -> None:
    page = [
        (72, 700, [*body("The Council met in Geneva and adopted the plan"), ("1", "mono", 10, 4)]),
        (72, 688, body("of action that it had discussed at its previous meeting.")),
        (72, 120, body("__________")),
        (
            72,
            108,
            [("1", "mono", 7, 3), (" See the report of the previous meeting.", "mono", 8, 0)],
        ),
    ]
    ex = read_file(make_layout_pdf(tmp_path / "t.pdf", [page]))
    assert ex.lines[0].text.startswith("The Council met")  # no label "1" made of the marker
    note = next(line for line in ex.lines if line.style == "footnote")
    assert note.label == "1" and note.note_of == 0


def _column_text(n: int) -> str:
    return f"Column line {n:02d} of the text runs on and"  # 38 characters, no end


def test_short_right_column_on_the_last_page_keeps_the_documents_columns(
    tmp_path: Path,
) -> None:
    page1 = [(60, 760 - 12 * i, body(_column_text(i))) for i in range(14)]
    page1 += [(320, 760 - 12 * i, body(_column_text(14 + i))) for i in range(14)]
    # page 2 starts lower: its first line is no running head repeating page 1's
    page2 = [(60, 700 - 12 * i, body(_column_text(28 + i))) for i in range(8)]
    page2 += [(320, 700, body("ends in the right column with its")), (320, 688, body("last line."))]
    out = texts(tmp_path, [page1, page2])
    joined = " ".join(out)
    assert joined.index("line 35") < joined.index("ends in the right column with its last line.")
    assert joined.endswith("ends in the right column with its last line.")


def test_roster_of_titled_names_with_offices_is_one_name_a_line(tmp_path: Path) -> None:
    page = [
        (72, 700, body("Members of the Committee:")),
        (72, 686, body("Prof. A. Levi, Governor of the Bank and Committee Chairperson")),
        (72, 674, body("Mr. B. Cohen, Deputy Governor of the Bank")),
        (72, 662, body("Dr. C. Mizrahi")),
    ]
    out = texts(tmp_path, [page])
    assert "Prof. A. Levi, Governor of the Bank and Committee Chairperson" in out
    assert "Mr. B. Cohen, Deputy Governor of the Bank" in out


def test_labels_closing_several_pages_are_no_running_foot(tmp_path: Path) -> None:
    pages = []
    for n in range(1, 5):
        page = [(72, 760 - 12 * i, body(full(i))) for i in range(6)]
        page.append(
            (72, 100, body(f"{n}.{n + 10}"))
        )  # a recommendation's number, its text overleaf
        page.append((290, 40, body(str(n))))  # the page number
        pages.append(page)
    ex = read_file(make_layout_pdf(tmp_path / "t.pdf", pages))
    assert [t for t in ex.removed if "." in t] == []
    assert {"1", "2", "3", "4"} <= set(ex.removed)
    kept = " ".join(line.text for line in ex.lines)
    assert all(f"{n}.{n + 10}" in kept for n in range(1, 5))


def small(text: str) -> list:
    return [(text, "mono", 8, 0)]


def test_note_running_over_the_page_break_stays_a_note(tmp_path: Path) -> None:
    page1 = [
        (72, 700, [*body("The Council adopted the plan of action"), ("1", "mono", 6, 4)]),
        (72, 688, body("that it had discussed at its previous meeting.")),
        (72, 120, small("1 The plan was drafted by the committee, which met in")),
    ]
    page2 = [
        (72, 700, body("The Council then turned to the budget for the next year.")),
        (72, 120, small("Geneva from 3 to 5 May and adopted it without a vote.")),
    ]
    ex = read_file(make_layout_pdf(tmp_path / "t.pdf", [page1, page2]))
    notes = [line for line in ex.lines if line.style == "footnote"]
    assert len(notes) == 1 and notes[0].text.endswith(
        "met in Geneva from 3 to 5 May and adopted it without a vote."
    )
    assert notes[0].note_of == 0
    assert not any("Geneva from" in line.text for line in ex.lines if line.style != "footnote")


def _draw_rule(path: Path, page_index: int, x0: float, x1: float, y: float) -> Path:
    """Add a drawn horizontal rule (a path, as word processors draw the note rule)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    doc = pdfium.PdfDocument(str(path))
    page = doc[page_index]
    line = raw.FPDFPageObj_CreateNewPath(x0, y)
    raw.FPDFPath_LineTo(line, x1, y)
    raw.FPDFPath_SetDrawMode(line, raw.FPDF_FILLMODE_NONE, True)
    raw.FPDFPage_InsertObject(page, line)
    raw.FPDFPage_GenerateContent(page)
    out = path.with_name("ruled.pdf")
    doc.save(str(out))
    page.close()
    doc.close()
    return out


def test_notes_under_a_drawn_rule_in_the_body_size(tmp_path: Path) -> None:
    # Notes set in the body's own size: only the drawn rule says where they start.
    page = [
        (72, 700, [*body("The Council adopted the plan of action"), ("1", "mono", 6, 4)]),
        (72, 688, body("that it had discussed at its previous meeting.")),
        (72, 110, body("1 The plan was drafted by the committee.")),
    ]
    path = _draw_rule(make_layout_pdf(tmp_path / "t.pdf", [page]), 0, 72, 200, 125)
    ex = read_file(path)
    note = next(line for line in ex.lines if line.style == "footnote")
    assert note.text == "The plan was drafted by the committee." and note.note_of == 0


def test_logo_caption_naming_a_state_is_not_the_title(tmp_path: Path) -> None:
    from briefing.ingest import load_release

    page = [
        (250, 790, [("REPUBLIC OF RURITANIA", "bold", 18, 0)]),
        (250, 770, [("Office of the Spokesperson", "sans", 9, 0)]),
        (72, 705, [("Ruritania Welcomes the Peace Agreement", "bold", 14, 0)]),
        (72, 650, body("The ministers met in Geneva on 3 March and agreed on a new")),
        (72, 638, body("plan of action that they described as ambitious and urgent.")),
    ]
    release = load_release(make_layout_pdf(tmp_path / "t.pdf", [page]), suggest=False)
    assert release.title == "Ruritania Welcomes the Peace Agreement"


def test_title_typed_in_capitals_in_the_body_type(tmp_path: Path) -> None:
    from briefing.ingest import load_release

    page = [
        (72, 780, [("UNITED NATIONS", "bold", 18, 0)]),
        (400, 780, body("A/L.999")),
        (72, 740, body("Agenda item 93")),
        (110, 716, body("QUESTION OF THE REPRESENTATION OF THE STATES IN THE")),
        (170, 704, body("COMMITTEE ON THE MADE-UP MATTERS")),
        (72, 680, body("The General Assembly,")),
        (96, 664, body("Recalling the provisions of the Charter of the United Nations,")),
        (96, 650, body("Decides to take up the question at its next regular session.")),
    ]
    release = load_release(make_layout_pdf(tmp_path / "t.pdf", [page]), suggest=False)
    assert release.title.startswith("QUESTION OF THE REPRESENTATION OF THE STATES")
    page[3] = (72, 716, body("EMBARGOED UNTIL 10 GMT ON THE THIRD OF MAY AT THE CAPITAL"))
    page[4] = (72, 704, body("the text of the statement follows below here"))
    release = load_release(make_layout_pdf(tmp_path / "u.pdf", [page]), suggest=False)
    assert not release.title.startswith("EMBARGOED")

"""Paragraph units of laid-out PDFs, families found on unseen releases (issue 11):
lettered sub-points ("a. For direct repo ...") after a lead-in or a finished item,
roster entries wrapped with a hanging indent, rosters naming people surname first.
Made-up PDFs in the shape of central-bank statements and minutes, written with the
fixture builder of test_readers_pdf (Courier 10: 6 pt a character, 60 fill the measure)."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file
from tests.ingest.test_readers_pdf import body, make_layout_pdf

FULL = "The Board also decided to keep the rates on its window facilities"[:60]


def texts(tmp_path: Path, page: list) -> list[str]:
    return [line.text for line in read_file(make_layout_pdf(tmp_path / "t.pdf", [page])).lines]


def test_lettered_points_after_a_lead_in_are_items(tmp_path: Path) -> None:
    page = [
        (72, 760, body("4. The Board also approved to maintain the Bank's interest rates")),
        (90, 748, body("on active and passive operations (outside auctions). Thus,")),
        # The lead-in's items are set off by the paragraph space, in lower case.
        (96, 724, body("a. For direct repo and for rediscount operations, the rate")),
        (108, 712, body("continues to be 5.25 percent.")),
        (96, 700, body("b. For overnight deposits, the rate is 3.75 percent.")),
        (72, 676, body("5. The rates for the following operations in dollars are as")),
        (90, 664, body("follows:")),
        (96, 640, body("a. Rediscount facilities: LIBOR plus one percentage point.")),
        # Single-spaced, after a finished sentence: the next letter opens an item.
        (96, 628, body("b. Overnight deposits: overnight LIBOR minus 3/8 of a point.")),
        (96, 616, body("c. Reserve requirements in foreign currency subject to pay-")),
        (108, 604, body("ment remain at 2.25 percent.")),
        (72, 580, body(FULL)),
        (72, 568, body("and the next meeting will be held on 6 July.")),
    ]
    out = texts(tmp_path, page)
    assert out[:3] == [
        "4. The Board also approved to maintain the Bank's interest rates on active and "
        "passive operations (outside auctions). Thus,",
        "a. For direct repo and for rediscount operations, the rate continues to be 5.25 percent.",
        "b. For overnight deposits, the rate is 3.75 percent.",
    ]
    assert out[4].startswith("a. Rediscount facilities")
    assert out[5].startswith("b. Overnight deposits")
    assert out[6].startswith("c. Reserve requirements") and out[6].endswith("2.25 percent.")


def test_a_letter_inside_a_wrapped_sentence_is_no_item(tmp_path: Path) -> None:
    # "... the ratio rose to" / "a. m." would be absurd, but a sentence running on with
    # a lower-case word after the paragraph space is common (a layout artefact).
    page = [
        (72, 760, body("The Committee noted that the headline inflation rate rose in")),
        (72, 736, body("a year of weak demand, and that core inflation was stable.")),
    ]
    assert len(texts(tmp_path, page)) == 1


def test_roster_entries_wrapped_with_a_hanging_indent_stay_whole(tmp_path: Path) -> None:
    page = [
        (72, 760, body("Participants in the narrow-forum discussion:")),
        (72, 748, body("Prof. A. Sela, Governor of the Bank")),
        (72, 736, body("Dr. B. Lavi, Head of Macroeconomic and Policy Division and an")),
        (90, 724, body("Acting Director of the Research Department")),
        (72, 712, body("Mr. C. Dror, Director of the Market Operations Department")),
        (72, 700, body("Dr. D. Amir, Member of Management and Head of Monetary and")),
        (90, 688, body("Finance Division, Research Department")),
        (72, 676, body("Mr. E. Tal, Economist, Research Department")),
    ]
    assert texts(tmp_path, page)[1:] == [
        "Prof. A. Sela, Governor of the Bank",
        "Dr. B. Lavi, Head of Macroeconomic and Policy Division and an Acting Director "
        "of the Research Department",
        "Mr. C. Dror, Director of the Market Operations Department",
        "Dr. D. Amir, Member of Management and Head of Monetary and Finance Division, "
        "Research Department",
        "Mr. E. Tal, Economist, Research Department",
    ]


def test_indented_line_under_a_finished_full_line_is_a_new_paragraph(tmp_path: Path) -> None:
    # First-line indents: the sentence end above closes the paragraph.
    page = [
        (72, 760, body("The Committee noted that inflation had eased over the year.")),
        (90, 748, body("Members agreed that the outlook was broadly balanced and")),
        (72, 736, body("that no change was needed.")),
    ]
    assert len(texts(tmp_path, page)) == 2


def test_roster_naming_surnames_first_is_one_entry_a_line(tmp_path: Path) -> None:
    page = [
        (72, 760, body("5. Participants :")),
        (72, 748, body("Kim, Min-Ho, Director General of Monetary Policy Department")),
        (72, 736, body("Ryoo, Sangdai, Director General of International Department")),
        (72, 724, body("Seong, Byung Hee, Director General of Macroprudential Policy")),
        (72, 712, body("Department")),
        (72, 700, body("Lim, Seungtae")),
        (72, 688, body("Park, Won Shik (Senior Deputy Governor)")),
    ]
    assert texts(tmp_path, page)[1:] == [
        "Kim, Min-Ho, Director General of Monetary Policy Department",
        "Ryoo, Sangdai, Director General of International Department",
        "Seong, Byung Hee, Director General of Macroprudential Policy Department",
        "Lim, Seungtae",
        "Park, Won Shik (Senior Deputy Governor)",
    ]


def test_prose_opening_with_a_word_and_comma_is_no_roster(tmp_path: Path) -> None:
    page = [
        (72, 760, body("However, Members noted that the recovery had been uneven and")),
        (72, 748, body("Moreover, Japan and Korea had seen exports slow in the third")),
        (72, 736, body("quarter.")),
    ]
    assert len(texts(tmp_path, page)) == 1


def _with_fonts(monkeypatch, **fonts: str) -> None:
    from tests.ingest import test_readers_pdf

    monkeypatch.setitem(test_readers_pdf.FONTS, "dings", fonts.get("dings", "Wingdings"))
    monkeypatch.setitem(test_readers_pdf.FONTS, "symbol", fonts.get("symbol", "Symbol"))


def test_bullets_set_in_a_picture_font_are_bullets(tmp_path: Path, monkeypatch) -> None:
    # Office documents print bullets in Wingdings; without a character map the text
    # layer has the glyph's code: "n" (a square), "l" (a disc).
    _with_fonts(monkeypatch)
    page = [
        (72, 760, [("III. Monetary Policy Decision", "bold", 10, 0)]),
        (72, 736, [("n", "dings", 10, 0), ("  After an extensive discussion, the", "mono", 10, 0)]),
        (90, 724, body("Board approved the following measures.")),
        (
            72,
            700,
            [("l", "dings", 10, 0), ("  Growth in lending slowed in the year", "mono", 10, 0)],
        ),
        (90, 688, body("to November.")),
    ]
    out = texts(tmp_path, page)
    assert out[0] == "III. Monetary Policy Decision"
    assert out[1].startswith("•") and out[1].endswith("following measures.")
    assert "After an extensive" in out[1]
    assert out[2].startswith("•") and "Growth in lending" in out[2]


def test_symbol_font_bullet_without_its_map_is_a_bullet(tmp_path: Path, monkeypatch) -> None:
    _with_fonts(monkeypatch)
    core = "  Core inflation was 2.5 percent in May."
    page = [
        (72, 760, [("?", "symbol", 10, 0), (core, "mono", 10, 0)]),
        (72, 736, body(FULL)),
        (72, 724, body("at the same level; is a question in body type kept?")),
    ]
    out = texts(tmp_path, page)
    assert out[0].startswith("•") and "Core inflation" in out[0]
    assert out[-1].endswith("is a question in body type kept?")


def make_ruled_pdf(path: Path, texts: list[tuple], rules: list) -> Path:
    """A one-page PDF of Courier lines at (x, y) (10 pt, or the size given after the
    text) and rules drawn as strokes
    ((x0, y0, x1, y1), half a point wide), as word processors draw table borders."""
    from tests.ingest.test_readers_pdf import _escape, _write

    ops = [
        f"BT {x} {y} Td /F1 {size[0] if size else 10} Tf ({_escape(text)}) Tj ET"
        for x, y, text, *size in texts
    ]
    ops += [f"0.5 w {x0} {y0} m {x1} {y1} l S" for x0, y0, x1, y1 in rules]
    stream = "\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 4 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream".encode("latin-1"),
        b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 4 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 2 0 R >> >> /Contents 3 0 R >>",
    ]
    return _write(path, objects, 1, None)


def _ruled_table() -> tuple[list, list]:
    """A progress report's summary table: three columns parted by vertical rules,
    rows by horizontal ones, the cells wrapping over several lines."""
    texts = [
        (72, 760, "The work package reports its progress in the table below."),
        (72, 708, "Action"),
        (202, 708, "Pathway"),
        (332, 708, "Products"),
        (72, 688, "Action 45:"),
        (202, 688, "Work package lead"),
        (332, 688, "Proposed Programme"),
        (72, 676, "Review special"),
        (202, 676, "to the Secretary-"),
        (332, 676, "Budget for 2027"),
        (72, 664, "envoy roles"),
        (202, 664, "General"),
        (72, 638, "Action 38:"),
        (202, 638, "-"),
        (332, 638, "-"),
        (72, 626, "Abolish the post"),
        (72, 580, "The next report will be issued in June with the budget."),
    ]
    rules = [(66, 720, 466, 720), (66, 700, 466, 700), (66, 650, 466, 650), (66, 615, 466, 615)]
    rules += [(x, 615, x, 720) for x in (66, 196, 326, 466)]
    return texts, rules


def test_ruled_table_with_wrapped_cells_is_one_line_a_row(tmp_path: Path) -> None:
    texts, rules = _ruled_table()
    path = make_ruled_pdf(tmp_path / "t.pdf", texts, rules)
    lines = read_file(path).lines
    assert [line.text for line in lines] == [
        "The work package reports its progress in the table below.",
        "Action | Pathway | Products",
        "Action 45: Review special envoy roles | Work package lead to the Secretary- General"
        " | Proposed Programme Budget for 2027",
        "Action 38: Abolish the post | - | -",
        "The next report will be issued in June with the budget.",
    ]
    assert [line.style for line in lines][1:4] == ["table"] * 3


def test_a_framed_box_is_no_table(tmp_path: Path) -> None:
    # A box drawn round a paragraph (a sidebar, a foreword): rules at its edges only.
    texts = [
        (78, 700, "This document is provided for the reader's convenience"),
        (78, 688, "only; the original in Spanish prevails."),
    ]
    rules = [(70, 715, 420, 715), (70, 675, 420, 675), (70, 675, 70, 715), (420, 675, 420, 715)]
    lines = read_file(make_ruled_pdf(tmp_path / "t.pdf", texts, rules)).lines
    assert [line.text for line in lines] == [
        "This document is provided for the reader's convenience only; the original in "
        "Spanish prevails."
    ]
    assert lines[0].style != "table"


def test_text_over_hatching_or_gridlines_is_no_table(tmp_path: Path) -> None:
    texts = [
        (72, 700, "Minutes of the Governing Board meeting on monetary policy"),
        (72, 688, "held on 26 June 2024, published on 11 July 2024."),
    ]
    # Gridlines of a drawing behind the text: the words run across them.
    rules = [(x, 670, x, 720) for x in (100, 160, 220, 280)]
    rules += [(60, 695, 420, 695), (60, 670, 420, 670)]
    lines = read_file(make_ruled_pdf(tmp_path / "t.pdf", texts, rules)).lines
    assert [line.style for line in lines] != ["table"] * len(lines)
    assert " | " not in " ".join(line.text for line in lines)


def _small(text: str) -> list:
    return [(text, "mono", 8, 0)]


def _two_pages(foot: list) -> list:
    """A paragraph running from page 1 to page 2, ``foot`` printed under page 1's body."""
    page1 = [(72, 760 - 12 * i, body(FULL)) for i in range(5)]
    page1 += [(72, 700, body("and the Council noted that the projection envisaged a"))]
    page1 += foot
    page2 = [
        (72, 760, body("slower recovery than forecast in March.")),
        (72, 736, body("The Council left the interest rates unchanged.")),
    ]
    return [page1, page2]


def test_letterhead_foot_on_the_first_page_is_furniture(tmp_path: Path) -> None:
    foot = [
        (120, 60, _small("POB 780 Jerusalem 91007")),
        (100, 50, _small("Tel: 972-2-655 2712 Fax: 972-2-652 8812 www.bank.example")),
    ]
    extracted = read_file(make_layout_pdf(tmp_path / "t.pdf", _two_pages(foot)))
    out = [line.text for line in extracted.lines]
    assert len(out) == 2
    assert out[0].endswith("envisaged a slower recovery than forecast in March.")
    assert "POB 780 Jerusalem 91007" in extracted.removed


def test_a_note_citing_a_web_address_is_no_letterhead(tmp_path: Path) -> None:
    note = [
        (72, 62, [("1", "mono", 6, 4), ("Report of the Committee, available at", "mono", 8, 0)]),
        (72, 53, _small("www.example.org/report and on request by e-mail.")),
    ]
    extracted = read_file(make_layout_pdf(tmp_path / "t.pdf", _two_pages(note)))
    kept = " ".join(line.text for line in extracted.lines)
    assert "www.example.org/report" in kept
    assert not any("example.org" in text for text in extracted.removed)


def test_contact_lines_closing_the_last_page_are_content(tmp_path: Path) -> None:
    page = [
        (72, 760, body("The next meeting will be held on 6 July.")),
        (72, 60, _small("Press office Tel: +41 58 631 00 00")),
        (72, 50, _small("communications@bank.example")),
    ]
    out = texts(tmp_path, page)
    assert any("Tel: +41 58 631 00 00" in text for text in out)


def test_letter_label_set_apart_by_a_tab_stays_with_its_text(tmp_path: Path) -> None:
    # "a." then a tab to the text's indent (Word's hanging sub-points).
    page = [
        (72, 760, body("2. The Board also established the following rates:")),
        (90, 736, body("a.")),
        (132, 736, body("For regulation credits the effective rate would be")),
        (132, 724, body("7.5 percent, the fourth consecutive cut.")),
        (90, 712, body("b.")),
        (132, 712, body("For overnight deposits the rate will be 3.0 percent.")),
    ]
    assert texts(tmp_path, page) == [
        "2. The Board also established the following rates:",
        "a. For regulation credits the effective rate would be 7.5 percent, the fourth "
        "consecutive cut.",
        "b. For overnight deposits the rate will be 3.0 percent.",
    ]


def test_a_bold_line_running_on_in_lower_case_is_emphasis(tmp_path: Path) -> None:
    page = [
        (72, 760, body(FULL)),
        (72, 748, body("and the interest rate on regulation credits would be")),
        # (set bold to the margin, as the emphasis runs on)
        (
            72,
            736,
            [
                (
                    "the weighted average of interbank interest rates in domestic currency, or 7.5",
                    "bold",
                    10,
                    0,
                )
            ],
        ),
        (72, 724, body("percent, whichever is highest.")),
        (72, 700, [("Outlook", "bold", 10, 0)]),
        (72, 688, body("Growth is expected to pick up in the second half.")),
    ]
    out = texts(tmp_path, page)
    assert len(out) == 3
    assert out[0].endswith("or 7.5 percent, whichever is highest.")
    assert out[1] == "Outlook"


def test_a_merged_cell_reads_whole_and_a_small_table_at_the_foot_is_no_note(
    tmp_path: Path,
) -> None:
    # A box of forecasts at the page foot, set smaller than the body: its title row
    # spans the columns (no rule inside it), the numbered rows are no footnotes.
    texts = [(72, 760 - 12 * i, FULL) for i in range(4)]
    texts += [(72, 712, "and inflation is projected to average 2.6 percent.")]
    texts += [
        (200, 150, "Baseline Inflation Forecasts", 8),
        (200, 130, "1", 8),
        (260, 130, "June meeting", 8),
        (340, 130, "August meeting", 8),
        (200, 110, "2", 8),
        (260, 110, "2.7", 8),
        (340, 110, "2.6", 8),
    ]
    rules = [(195, y, 420, y) for y in (160, 140, 120, 100)]
    rules += [(195, 100, 195, 160), (420, 100, 420, 160)]
    rules += [(x, 100, x, 140) for x in (255, 335)]  # not through the title row
    lines = read_file(make_ruled_pdf(tmp_path / "t.pdf", texts, rules)).lines
    assert [(line.style, line.text) for line in lines][1:] == [
        ("table", "Baseline Inflation Forecasts"),
        ("table", "1 | June meeting | August meeting"),
        ("table", "2 | 2.7 | 2.6"),
    ]


def _label_and_value(y: float, label: str, value: str) -> tuple:
    """A form line: the label at x=72, its value at x=216 (a tab stop)."""
    return (72, y, [(label, "mono", 10, 0), (" " * (24 - len(label)) + value, "mono", 10, 0)])


def test_a_block_of_labels_beside_values_is_read_a_row_at_a_time(tmp_path: Path) -> None:
    # Minutes' opening block, set without rules: labels (wrapping) beside values (one
    # name a line).
    page = [
        (72, 780, body("Minutes of the 264th Meeting of the Committee")),
        _label_and_value(760, "Date:", "July 30-31, 2024"),
        _label_and_value(748, "Starting and ending", "July 30: 10:06 am"),
        _label_and_value(736, "times:", "July 31: 10:10 am"),
        _label_and_value(720, "Members", "A. Campos - Governor"),
        (216, 708, body("B. Santos")),
        (216, 696, body("C. Barros")),
        _label_and_value(680, "Department Heads", "D. Mendes - Reserves"),
        _label_and_value(668, "presenting:", "E. Minella - Research"),
        (216, 656, body("F. Lucca - Payments")),
        (
            72,
            630,
            body("The members analysed the recent performance of the economy and its risks."),
        ),
    ]
    out = texts(tmp_path, page)
    assert out[1:] == [
        "Date: | July 30-31, 2024",
        "Starting and ending times: | July 30: 10:06 am July 31: 10:10 am",
        "Members | A. Campos - Governor B. Santos C. Barros",
        "Department Heads presenting: | D. Mendes - Reserves E. Minella - Research F. Lucca "
        "- Payments",
        "The members analysed the recent performance of the economy and its risks.",
    ]


def test_paragraphs_with_hanging_numbers_are_no_form(tmp_path: Path) -> None:
    # "1." then a tab, the text wrapping at the tab: a list, however much it looks like
    # a label column beside a value column.
    page = [
        (72, 760, [("1.", "mono", 10, 0), ("    The Committee met on 3 May.", "mono", 10, 0)]),
        (72, 748, [("2.", "mono", 10, 0), ("    Prices rose by 0.2 percent in", "mono", 10, 0)]),
        (108, 736, body("April and by 0.3 percent in March.")),
        (72, 724, [("3.", "mono", 10, 0), ("    Wages grew at a steady pace.", "mono", 10, 0)]),
        (108, 712, body("in most sectors.")),
    ]
    out = texts(tmp_path, page)
    assert not any(" | " in text for text in out)


def test_a_file_reference_run_into_the_page_number_is_furniture(tmp_path: Path) -> None:
    # A form's foot: "MPSS Form No. 03-018" at the left, "File/Ref. No. ...* Page 1 of 4"
    # at the right, on one baseline under the notes.
    page1 = [(72, 760 - 12 * i, body(FULL)) for i in range(3)]
    page1 += [(72, 724, body("and the Board kept its policy rate unchanged."))]
    page1 += [
        (72, 30, _small("MPSS Form No. 03-018 * Version 0")),
        (370, 30, _small("File/Ref. No. MPRG-102413-01* Page 1 of 2")),
    ]
    page2 = [
        (72, 760, body("The next meeting will be held on 12 December.")),
        (500, 30, _small("Page 2 of 2")),
    ]
    extracted = read_file(make_layout_pdf(tmp_path / "t.pdf", [page1, page2]))
    kept = " ".join(line.text for line in extracted.lines)
    assert "File/Ref" not in kept and "MPSS Form" not in kept
    assert any("Page 1 of 2" in text for text in extracted.removed)


def test_prose_ending_on_a_page_reference_is_kept(tmp_path: Path) -> None:
    page = [
        (72, 760, body(FULL)),
        (72, 40, _small("1 The figures are in the annex, see page 3 of 10.")),
    ]
    extracted = read_file(make_layout_pdf(tmp_path / "t.pdf", [page]))
    assert "see page 3 of 10." in " ".join(line.text for line in extracted.lines)


def test_rules_round_a_page_body_make_no_table(tmp_path: Path) -> None:
    # A frame with a margin rule: bullets left of the rule, long paragraphs right of it,
    # a rule under each section. Read as rows, the bullets would leave their items.
    words = "the Board noted that inflation eased while growth held up in the quarter"
    paragraph = [f"{words} {n}" for n in range(7)]
    texts = [(80, 700, "-")] + [(100, 700 - 12 * i, line) for i, line in enumerate(paragraph)]
    texts += [(80, 600, "-")] + [(100, 600 - 12 * i, line) for i, line in enumerate(paragraph)]
    rules = [(70, 715, 560, 715), (70, 610, 560, 610), (70, 505, 560, 505)]
    rules += [(95, 505, 95, 715), (70, 505, 70, 715), (560, 505, 560, 715)]
    lines = read_file(make_ruled_pdf(tmp_path / "t.pdf", texts, rules)).lines
    assert not any(line.style == "table" for line in lines)

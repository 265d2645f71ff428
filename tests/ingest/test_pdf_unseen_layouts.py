"""PDF layout families found on PDFs nobody tuned the reader on (issue 11 item 3:
central banks' minutes and statements from issuers outside the corpus), on made-up PDFs
written with the fixture builder of test_readers_pdf: paragraph numbers printed without
their point, a numbered heading sharing its baseline with the other column's line, raised
ordinal suffixes, a bold lead sentence running on into the paragraph."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.readers import read_file
from tests.ingest.test_readers_pdf import body, make_layout_pdf


def heavy(text: str) -> list:
    return [(text, "bold", 10, 0)]


def full(n: int) -> str:
    """A 60-character line of made-up prose (fills the measure in Courier 10)."""
    words = f"line {n} of the report on the work of the committee and its"
    return (words + " members and staff")[:60].ljust(60, "x")


def texts(tmp_path: Path, pages: list) -> list[str]:
    return [line.text for line in read_file(make_layout_pdf(tmp_path / "t.pdf", pages)).lines]


def _numbered_minutes() -> list:
    """Minutes numbering paragraphs "1 The ...", "2 Prices ...", a heading between."""
    page = [(72, 760, heavy("Minutes of the Policy Committee meeting"))]
    items = [
        ("1 The Committee reviewed the outlook for output and inflation and", "the risks."),
        ("2 Prices of goods had risen by less than the staff had projected in", "March."),
        ("3 Wages had grown at a steady pace over the quarter as a whole, in", "most sectors."),
    ]
    y = 730.0
    for first, second in items[:2]:
        page += [(72, y, body(first)), (72, y - 12, body(second))]
        y -= 36
    page.append((72, y, heavy("The immediate policy decision")))
    y -= 24
    first, second = items[2]
    page += [(72, y, body(first)), (72, y - 12, body(second))]
    # A paragraph opening with a figure by chance: no run, no label.
    page += [
        (72, y - 40, body("4 May was the date set for the next meeting of the")),
        (72, y - 52, body("Committee.")),
    ]
    return page


def test_paragraph_numbers_without_a_point_are_labels(tmp_path: Path) -> None:
    path = make_layout_pdf(tmp_path / "minutes.pdf", [_numbered_minutes()])
    release = load_release(path, suggest=False)
    nodes = list(release.nodes())
    labelled = {n.label: release.text[n.body_start : n.end] for n in nodes if n.label}
    assert labelled["1"].startswith("The Committee reviewed")
    assert labelled["2"].startswith("Prices of goods")
    assert labelled["3"].startswith("Wages had grown")
    # The text keeps every word; the run stops where the numbers do.
    assert "4" not in labelled


def test_chance_figures_at_paragraph_starts_are_not_labels(tmp_path: Path) -> None:
    page = [
        (72, 730, body("2 Members of the board were absent from the meeting.")),
        (72, 700, body("3 Days later the Committee met again to vote on it.")),
    ]
    out = texts(tmp_path, [page])
    assert out == [
        "2 Members of the board were absent from the meeting.",
        "3 Days later the Committee met again to vote on it.",
    ]


def test_numbered_heading_beside_the_other_columns_line_stays_apart(tmp_path: Path) -> None:
    # Two columns (x=40 and x=320, 40 characters of Courier 10 each); the left
    # column's heading "1. Review of the teams" shares its baseline with a line of
    # the right column's running paragraph.
    def prose(n: int) -> str:
        return f"text {n} of the minutes set in columns".ljust(40, "x")

    page = []
    for i in range(14):
        page.append((40, 760 - 12 * i, body(prose(i))))
    page.append((40, 580, [("1. Review of the teams", "bold", 10, 0)]))
    for i in range(14):
        page.append((40, 560 - 12 * i, body(prose(20 + i))))
    right = [
        "Figures for the quarter had come in close",
        "to the forecasts of the staff, and the",
        "bank had decided to raise its rate twice by",
        "fifty basis points each time in the year.",
    ]
    ys = [604, 592, 580, 568]
    for text, y in zip(right, ys, strict=True):
        page.append((320, y, body(text)))
    for i in range(12):
        page.append((320, 540 - 12 * i, body(prose(40 + i))))
    out = texts(tmp_path, [page])
    assert "1. Review of the teams" in out
    joined = " ".join(right)
    assert any(joined in text for text in out)  # the right column's paragraph stays whole


def test_numbered_item_with_its_value_still_one_line(tmp_path: Path) -> None:
    page = [
        (72, 700, body("1. Date of meeting")),
        (260, 700, body("12 May 2010 (Wed), 9 AM")),
    ]
    assert texts(tmp_path, [page])[0] == "1. Date of meeting 12 May 2010 (Wed), 9 AM"


def test_raised_ordinal_suffix_is_part_of_its_number(tmp_path: Path) -> None:
    page = [
        (
            72,
            700,
            [
                ("Minutes of the 193", "mono", 10, 0),
                ("rd", "mono", 6, 4),
                (" Meeting", "mono", 10, 0),
            ],
        ),
        (
            72,
            670,
            [
                ("Date: September 1", "mono", 10, 0),
                ("st", "mono", 6, 4),
                (", 2015, from 4 PM; the 2", "mono", 10, 0),
                ("nd", "mono", 6, 4),
                (" day at 9 AM.", "mono", 10, 0),
            ],
        ),
    ]
    out = texts(tmp_path, [page])
    assert "Minutes of the 193rd Meeting" in out
    assert "Date: September 1st, 2015, from 4 PM; the 2nd day at 9 AM." in out


def test_raised_note_number_is_no_ordinal(tmp_path: Path) -> None:
    # A raised number after a figure is a note's marker, read as before: only letters
    # (an ordinal's suffix) join the number they follow.
    page = [
        (
            72,
            700,
            [
                ("The rate was kept at 5%", "mono", 10, 0),
                ("1", "mono", 6, 4),
                (" this time.", "mono", 10, 0),
            ],
        ),
    ]
    ex = read_file(make_layout_pdf(tmp_path / "t.pdf", [page]))
    assert ex.lines[0].text == "The rate was kept at 5%1 this time."


def test_bold_lead_sentence_runs_on_into_its_paragraph(tmp_path: Path) -> None:
    # Helvetica-Bold 10 sets about 5 pt a character: this lead fills the 360 pt
    # measure of the Courier lines (72 to 432).
    lead = "Most members noted that inflation had eased further in April and May. Some"
    page = [(72, 760 - 12 * i, body(full(i))) for i in range(4)]
    page.append((72, 712, heavy(lead)))
    page.append((72, 700, body("members added that services prices were still rising fast.")))
    page.append((72, 664, heavy("Economic activity")))
    page.append((72, 640, body("Output grew in the first quarter of the year, as expected.")))
    out = texts(tmp_path, [page])
    assert any(text.startswith("Most members noted") and "members added" in text for text in out)
    assert "Economic activity" in out  # a bold heading above regular text stays apart


def test_note_marker_written_with_a_slash(tmp_path: Path) -> None:
    # "Meeting¹/" over the text and "¹/ This is ..." at the foot, as Latin American
    # central banks number their notes.
    page = [
        (72, 760, [("Policy Meeting", "bold", 16, 0), ("1", "bold", 9, 7), ("/", "bold", 16, 0)]),
    ]
    page += [(72, 720 - 12 * i, body(full(i))) for i in range(6)]
    page.append(
        (
            72,
            90,
            [("1", "sans", 5, 3), ("/", "sans", 8, 0), (" A translation of the", "sans", 8, 0)],
        )
    )
    page.append((72, 80, [("original in Spanish, which prevails.", "sans", 8, 0)]))
    ex = read_file(make_layout_pdf(tmp_path / "t.pdf", [page]))
    note = next(line for line in ex.lines if line.style == "footnote")
    assert note.label == "1"
    assert note.text == "A translation of the original in Spanish, which prevails."
    assert not any("/" in line.text for line in ex.lines)


def test_a_rule_under_a_left_column_heading_opens_no_note_area(tmp_path: Path) -> None:
    from tests.ingest.test_pdf_layout_families import _draw_rule

    def prose(n: int) -> str:
        return f"text {n} of the minutes set in columns".ljust(40, "x")

    page = [(40, 760 - 12 * i, body(prose(i))) for i in range(14)]
    page.append((40, 300, [("1. Review of the teams", "bold", 10, 0)]))
    # The left column goes on under the rule with a line opening on a figure.
    page.append((40, 270, body("2 members of the staff presented the")))
    page += [(40, 258 - 12 * i, body(prose(20 + i))) for i in range(10)]
    page += [(320, 760 - 12 * i, body(prose(40 + i))) for i in range(30)]
    # The right column's paragraph ends under the rule's height.
    page.append((320, 280, body("300 bp each time.")))
    page += [(320, 256 - 12 * i, body(prose(80 + i))) for i in range(8)]
    path = _draw_rule(make_layout_pdf(tmp_path / "t.pdf", [page]), 0, 40, 280, 292)
    ex = read_file(path)
    assert not any(line.style == "footnote" for line in ex.lines)
    assert any("300 bp each time." in line.text for line in ex.lines)


def test_list_of_members_is_read_one_a_line(tmp_path: Path) -> None:
    names = [
        "Mervyn King, Governor",
        "Paul Tucker, Deputy Governor for stability",
        "Kate Barker",
        "Spencer Dale",
        "Paul Fisher",
    ]
    page = [(72, 760 - 12 * i, body(full(i))) for i in range(5)]
    page.append((72, 690, body("39 The following members were present:")))
    page += [(72, 670 - 12 * i, body(name)) for i, name in enumerate(names)]
    page.append((72, 590, body("Dave Jones was present as the Treasury representative.")))
    out = texts(tmp_path, [page])
    for name in names:
        assert name in out


def test_text_layer_of_glyph_numbers_is_one_clear_error(tmp_path: Path) -> None:
    import pytest

    from briefing.ingest.errors import ReleaseReadError

    # "MINUTES OF THE MEETING" as fonts without a character map give it: each letter
    # 29 code points down ("M" -> "0", "e" -> "H").
    def shifted(text: str) -> str:
        return "".join(chr(ord(c) - 29) if c != " " else " " for c in text)

    words = "Minutes of the meeting of the monetary policy committee held"
    page = [(72, 760 - 12 * i, body(shifted(words))) for i in range(8)]
    with pytest.raises(ReleaseReadError, match="text layer is unreadable"):
        read_file(make_layout_pdf(tmp_path / "t.pdf", [page]))


def test_telegram_in_capitals_is_read(tmp_path: Path) -> None:
    words = "THE MINISTER RECEIVED THE AMBASSADOR AND DISCUSSED THE TREATY"
    page = [(72, 760 - 12 * i, body(words)) for i in range(8)]
    assert read_file(make_layout_pdf(tmp_path / "t.pdf", [page])).lines


def test_ragged_line_wrapped_before_a_long_capitalised_word(tmp_path: Path) -> None:
    # Ragged right, 60 characters of Courier a line at most: "Secretary-General's"
    # (19 characters) does not fit after the first line's 41, so the line wraps there.
    page = [(72, 760 - 12 * i, body(full(i))) for i in range(3)]
    page.append((72, 716, body("5. The path of the rate was little changed")))
    page.append((72, 704, body("Secretary-General's report on the path was read in May.")))
    page.append((72, 680, body("6. Turning to activity, output had grown by 0.7%.")))
    out = texts(tmp_path, [page])
    assert (
        "5. The path of the rate was little changed Secretary-General's report on the path "
        "was read in May."
    ) in out


def test_roster_of_offices_is_not_joined_by_word_fit(tmp_path: Path) -> None:
    roster = [
        "Yue-min Chen, Director General, Department of Audits",
        "Chien-ching Liang, Director General, Secretariat",
        "Kuei-chou Huang, Director General, Department of Accounts",
    ]
    # Entries stopping short of the 60-character measure by less than the next
    # name's first word: a roster, read one entry a line all the same.
    page = [(72, 760 - 12 * i, body(full(i))) for i in range(3)]
    page.append((72, 716, body("The staff present were the following.")))
    page += [(72, 692 - 12 * i, body(name)) for i, name in enumerate(roster)]
    out = texts(tmp_path, [page])
    for name in roster:
        assert name in out

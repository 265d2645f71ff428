"""PDF families the tune corpus holds few of (issue 11): letters and notes verbales,
rosters of people, running feet of short documents. Made-up PDFs written by hand with
the fixture builder of test_readers_pdf (no extra tool needed)."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.readers import read_file
from tests.ingest.test_readers_pdf import body, make_layout_pdf

PROSE = [
    "The Committee met on 3 March and agreed on the plan of work",
    "that it had discussed at length at its previous meeting.",
]


def stack(x: float, top: float, lines: list[str], pitch: float = 12) -> list:
    return [(x, top - i * pitch, body(text)) for i, text in enumerate(lines)]


def letter() -> list:
    page = stack(72, 780, ["Permanent Mission of Ruritania", "to the United Nations", "New York"])
    page += stack(340, 740, ["New York, 4 March 2024"])
    page += stack(
        72,
        710,
        ["His Excellency", "Mr. Juan Perez", "Secretary-General", "United Nations", "New York"],
    )
    page += stack(72, 640, ["Excellency,"])
    prose = [
        "I have the honour to transmit herewith the statement of",
        "the Ministry of Foreign Affairs of Ruritania on the recent",
        "events in the border region (see annex).",
        "I should be grateful if you would have the present letter",
        "and its annex circulated as a document of the Council.",
    ]
    # first lines indented, as letters set them
    page += [(96 if i in (0, 3) else 72, 616 - 12 * i, body(t)) for i, t in enumerate(prose)]
    page += stack(340, 540, ["(Signed) Anna Berg", "Ambassador", "Permanent Representative"])
    page += stack(72, 490, ["Enclosure: statement of 3 March 2024"])
    return [page]


def test_letter_blocks_are_one_paragraph_each(tmp_path: Path) -> None:
    ex = read_file(make_layout_pdf(tmp_path / "letter.pdf", letter()))
    assert [line.text for line in ex.lines] == [
        "Permanent Mission of Ruritania to the United Nations New York",
        "New York, 4 March 2024",
        "His Excellency Mr. Juan Perez Secretary-General United Nations New York",
        "Excellency,",
        "I have the honour to transmit herewith the statement of the Ministry of Foreign "
        "Affairs of Ruritania on the recent events in the border region (see annex).",
        "I should be grateful if you would have the present letter and its annex "
        "circulated as a document of the Council.",
        "(Signed) Anna Berg Ambassador Permanent Representative",
        "Enclosure: statement of 3 March 2024",
    ]


def test_rosters_stay_one_line_each(tmp_path: Path) -> None:
    page = stack(72, 810, PROSE)  # sets the measure of the page
    page += stack(72, 780, ["The following members were present:"])
    page += stack(72, 768, ["Anna Berg, Chair", "Carl Dahl", "Eva Fors"])
    page += stack(72, 720, ["Reporting Staff"])
    page += stack(72, 708, ["Mr. K. Ido, Executive Director", "Ms. L. Moa, Director"])
    page += stack(72, 670, ["Dr. A. Brender", "Prof. N. Feld"])
    ex = read_file(make_layout_pdf(tmp_path / "roster.pdf", [page]))
    assert [line.text for line in ex.lines][1:] == [
        "The following members were present:",
        "Anna Berg, Chair",
        "Carl Dahl",
        "Eva Fors",
        "Reporting Staff",
        "Mr. K. Ido, Executive Director",
        "Ms. L. Moa, Director",
        "Dr. A. Brender",
        "Prof. N. Feld",
    ]


def test_one_page_masthead_symbol_is_furniture_and_metadata(tmp_path: Path) -> None:
    page = [
        (72, 800, [("United Nations", "sans", 12, 0)]),
        (450, 800, [("A/HRC/DEC/99/1", "sans", 10, 0)]),
        (72, 760, [("Decision adopted by the Council", "bold", 14, 0)]),
        *stack(72, 720, PROSE),
    ]
    path = make_layout_pdf(tmp_path / "decision.pdf", [page])
    ex = read_file(path)
    assert "A/HRC/DEC/99/1" in ex.removed
    assert all("A/HRC" not in line.text for line in ex.lines)
    assert ex.metadata["symbol"] == "A/HRC/DEC/99/1"
    assert load_release(path, suggest=False).symbol == "A/HRC/DEC/99/1"


def test_two_page_head_and_foot_rows_are_furniture(tmp_path: Path) -> None:
    small = "sans"
    page1 = [
        (72, 800, [("United Nations", "sans", 12, 0)]),
        (450, 800, [("A/RES/99/7", "sans", 10, 0)]),
        (72, 760, [("Resolution on a made-up matter", "bold", 14, 0)]),
        *stack(72, 720, PROSE),
        (72, 40, [("Form No. 12 * Version 3", small, 7, 0)]),
        (300, 40, [("Ref. No. ABC-123", small, 7, 0)]),
        (480, 40, [("Page 1 of 2", small, 7, 0)]),
    ]
    page2 = [
        # the title as a centred running head over the symbol's row
        (330, 812, [("Resolution on a made-up", small, 8, 0)]),
        (72, 802, [("A/RES/99/7", small, 8, 0)]),
        (340, 802, [("matter", small, 8, 0)]),
        # (a word too long for the room left on page 1's last line: the sentence
        # runs on, as a word processor would have wrapped it)
        *stack(72, 760, ["Accordingly, it decides to remain seized of the matter."]),
        (480, 40, [("Page 2 of 2", small, 7, 0)]),
    ]
    ex = read_file(make_layout_pdf(tmp_path / "two.pdf", [page1, page2]))
    texts = [line.text for line in ex.lines]
    # (the paragraph runs on over the page break: nothing of the head or foot between)
    assert texts[-1].endswith("meeting. Accordingly, it decides to remain seized of the matter.")
    for furniture in ("Form No. 12 * Version 3", "Ref. No. ABC-123", "matter"):
        assert furniture in ex.removed
    assert "Resolution on a made-up" in ex.removed
    assert not any("Form No." in text or "Ref. No." in text for text in texts)


def justify(words: list[str], width: int = 60) -> list[str]:
    """Set words in lines of exactly ``width`` characters by widening the spaces, as
    justified type does; the last line stays ragged."""
    lines: list[list[str]] = [[]]
    for word in words:
        if len(" ".join([*lines[-1], word])) > width:
            lines.append([])
        lines[-1].append(word)
    out = []
    for row in lines[:-1]:
        gaps, spare = len(row) - 1, width - len("".join(row))
        text = row[0]
        for i, word in enumerate(row[1:]):
            text += " " * (spare // gaps + (1 if i < spare % gaps else 0)) + word
        out.append(text)
    return [*out, " ".join(lines[-1])]


def test_justified_paragraph_ends_short_of_the_margin(tmp_path: Path) -> None:
    first = justify(
        (
            "The Board reviewed the outlook for prices and activity in detail and "
            "noted that demand had slowed in the last quarter while wages grew. "
            "Members agreed the risks were broadly balanced overall, and the Board so "
            "decided to keep its policy rate unchanged at 4.5 per cent for the time being."
        ).split()
    )
    second = justify(
        (
            "Several members said that the weaker currency could lift import prices "
            "over the coming months and that the Board should watch it closely and "
            "act if needed to keep inflation close to its target over time."
        ).split()
    )
    # The first paragraph's last line stops a word short of the margin (closer than the
    # "stopped short" rule for ragged type looks): in justified type that alone ends
    # it (no gap, no indent before the next).
    assert 54 <= len(first[-1]) <= 57
    page = stack(72, 780, [*first, *second])
    ex = read_file(make_layout_pdf(tmp_path / "justified.pdf", [page]))
    texts = [line.text for line in ex.lines]
    assert len(texts) == 2
    assert texts[0].endswith("4.5 per cent for the time being.")
    assert texts[1].startswith("Several members")


def test_small_bold_numbered_heading_at_page_foot_is_no_note(tmp_path: Path) -> None:
    page1 = [
        *stack(72, 780, PROSE),
        (72, 100, [("3. POLICY DECISION", "bold", 9, 0)]),
    ]
    page2 = stack(72, 780, ["The Board agreed to leave its rates unchanged."])
    ex = read_file(make_layout_pdf(tmp_path / "foot.pdf", [page1, page2]))
    assert not any(line.style == "footnote" for line in ex.lines)
    assert any(line.text == "3. POLICY DECISION" for line in ex.lines)


def test_note_numbered_with_a_parenthesis(tmp_path: Path) -> None:
    page = [
        (72, 780, [("The Committee met on 3 March and agreed on its plan.", "mono", 10, 0)]),
        (390, 780, [("1)", "sans", 6, 3)]),
        *stack(72, 760, ["It will meet again in the spring to review the work."]),
        (72, 100, [("1) This English version is a summary of the minutes.", "sans", 8, 0)]),
    ]
    ex = read_file(make_layout_pdf(tmp_path / "notes.pdf", [page]))
    notes = [line for line in ex.lines if line.style == "footnote"]
    assert [(n.label, n.text) for n in notes] == [
        ("1", "This English version is a summary of the minutes.")
    ]

"""Plain text whose paragraph ends are not marked by blank lines (issue 11 item 5):
pdftotext's default mode writes a PDF's paragraphs one after another, hard-wrapped, with
a blank line only at each page break. Made-up text in that shape."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.unmarked import blank_lines_are_page_breaks, margin
from tests.ingest.helpers import lost_words

_PAGE_ONE = [
    "The Council of Ministers met on Wednesday under the chairmanship of the Head",
    "of State, who opened the meeting with a word on the rainy season now under",
    "way in every region of the country and on the works it calls for.",
    "The Head of State asked the Government to watch over the season's roads,",
    "bridges and dykes with the local councils and the services of the State.",
    "He recalled the duty of every ministry to report on its plans each month",
    "to the Prime Minister and to the Council.",
    "Turning to farming, the Head of State praised the work of the Prime Minister",
    "and of the Government to pay the debts of the sector and to bring seeds and",
    "tools to the farmers of every region before the rains.",
]
_PAGE_TWO = [
    "The Prime Minister then reported on the plans of the ministries for the",
    "quarter and asked each minister to finish the works that were started in",
    "the spring, on time and within their budgets.",
    "He also spoke of the fight against floods and of the care of the forests",
    "and asked the ministers to meet the local councils this month.",
    "Finally, the Council examined and adopted the draft decree on the roads of",
    "the capital and the draft law on the protection of the coastal forests of",
    "the south.",
]


def _text() -> str:
    # pdftotext: a page's number, then a blank line and a form feed at its break.
    return "\n".join([*_PAGE_ONE, "1", "", "\f" + _PAGE_TWO[0], *_PAGE_TWO[1:], "2", ""])


def _starts(release) -> list[str]:
    out = []

    def walk(nodes: list) -> None:
        for n in nodes:
            if n.kind == "paragraph":
                out.append(release.text[n.body_start : n.body_start + 20])
            walk(n.children)

    walk(release.root.children)
    return out


def test_page_break_blanks_do_not_make_every_line_break_a_wrap() -> None:
    text = _text()
    lines = text.splitlines()
    assert blank_lines_are_page_breaks(lines, 75)
    release = release_from_text("Council of Ministers\n\n" + text)
    starts = _starts(release)
    # A full line ending a sentence, then a capital: each paragraph stays its own.
    for opening in ("The Council of Minis", "The Head of State as", "He recalled the duty",
                    "Turning to farming, ", "The Prime Minister t", "He also spoke of the",
                    "Finally, the Council"):  # fmt: skip
        assert opening in starts, (opening, starts)
    assert not lost_words(text, release)


def test_text_set_apart_by_blank_lines_keeps_its_wraps() -> None:
    # Paragraphs parted by blank lines: the few short lines are no paragraph ends.
    text = "\n\n".join("\n".join(_PAGE_ONE[i : i + 3]) for i in (0, 3, 7))
    assert not blank_lines_are_page_breaks(text.splitlines(), 75)


def test_margin_of_proportional_text_is_where_its_full_lines_reach() -> None:
    # Full lines of a proportional font spread over a tenth of the width in characters.
    lines = ["x" * n for n in (80, 84, 86, 88, 90, 91, 92, 94, 96, 97, 98, 99)]
    assert margin(lines, 90) == 99
    # A monospaced wrap has no spread: the margin is its width.
    assert margin(["y" * 70] * 12, 70) == 70
    assert margin([], 0) == 0


def test_lone_labels_moved_up_leave_no_blank_lines_behind() -> None:
    # pdftotext -raw: numbers alone on their lines, no blank line anywhere. Joining each
    # number to its text empties a line; such lines are no page breaks, and the text
    # stays one whose paragraph ends are unmarked.
    body = [
        "1.",
        "Members noted that exports rose strongly in the second quarter of the year, led",
        "by ships, machines and the sale of cars abroad.",
        "Imports grew at a slower pace than in the first quarter, as the prices of oil and",
        "gas fell back in the world markets.",
        "2.",
        "Members said that prices rose at a steady rate through the quarter, as the cost",
        "of food eased off in the markets of the capital.",
        "One member noted that the price of housing fell in the capital for a month.",
        "Members expected the economy to keep growing in the months ahead this year.",
        "3.",
        "Members decided to hold the policy rate at its level, as the outlook for prices",
        "remained stable and the economy kept growing.",
    ]
    release = release_from_text("Minutes of the Example Board\n\n" + "\n".join(body))
    starts = _starts(release)
    assert any(s.startswith("Members expected the") for s in starts), starts

"""PDF titles: footnote markers cut from the title, issuer and date lines set in the
title's type kept apart from it, a UN masthead's organ never taken for the title.
Made-up PDFs in the shape of real releases."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.readers import read_file
from tests.ingest.test_readers_pdf import body, make_layout_pdf

BODY = [
    "The Board met on 10 May and reviewed the outlook for prices,",
    "growth and the labour market in the light of new figures and",
    "decided to keep the policy rate unchanged at its meeting.",
]


def _body(top: float) -> list:
    return [(72, top - 12 * i, body(line)) for i, line in enumerate(BODY)]


def _title_line(ex) -> tuple[int, str]:
    return next((i, line.text) for i, line in enumerate(ex.lines) if line.style == "title")


def test_raised_marker_is_cut_from_the_title_and_tied_to_its_note(tmp_path: Path) -> None:
    page = [
        (
            72,
            760,
            [("Highlights of the Meeting of the Board", "bold", 14, 0), ("1", "sans", 8, 5)],
        ),
        *_body(720),
        (72, 130, body("__________")),
        (72, 118, [("1", "sans", 6, 3), (" Prepared by the staff of the Board.", "sans", 8, 0)]),
    ]
    path = make_layout_pdf(tmp_path / "raised.pdf", [page])
    ex = read_file(path)
    at, text = _title_line(ex)
    assert text == "Highlights of the Meeting of the Board"
    note = next(line for line in ex.lines if line.style == "footnote")
    assert (note.label, note.note_of) == ("1", at)
    assert load_release(path).title == "Highlights of the Meeting of the Board"


def test_marker_in_the_titles_type_is_cut_when_its_note_is_on_the_page(tmp_path: Path) -> None:
    page = [
        (72, 760, [("Highlights of the Meeting of the Board 1", "bold", 14, 0)]),
        *_body(720),
        (72, 130, body("__________")),
        (72, 118, [("1 Prepared by the staff of the Board.", "sans", 8, 0)]),
    ]
    ex = read_file(make_layout_pdf(tmp_path / "flat.pdf", [page]))
    at, text = _title_line(ex)
    assert text == "Highlights of the Meeting of the Board"
    note = next(line for line in ex.lines if line.style == "footnote")
    assert (note.label, note.note_of) == ("1", at)


def test_title_ending_in_a_number_without_a_note_keeps_it(tmp_path: Path) -> None:
    page = [(72, 760, [("Statement on Security Council resolution 2231", "bold", 14, 0)])]
    ex = read_file(make_layout_pdf(tmp_path / "number.pdf", [page + _body(720)]))
    assert _title_line(ex)[1] == "Statement on Security Council resolution 2231"


def test_issuer_and_date_lines_in_the_titles_type_are_not_the_title(tmp_path: Path) -> None:
    head = [
        "Minutes of the Monetary Policy Meeting of the Committee",
        "Central Bank of Ruritania",
        "3 March 2021",
        "Publication date: 17 March 2021",
    ]
    page = [(120, 760 - 16 * i, [(text, "bold", 14, 0)]) for i, text in enumerate(head)]
    path = make_layout_pdf(tmp_path / "minutes.pdf", [page + _body(680)])
    ex = read_file(path)
    texts = [line.text for line in ex.lines]
    assert _title_line(ex)[1] == head[0]
    assert all(text in texts for text in head[1:])
    release = load_release(path)
    assert release.title == head[0]
    assert release.date == "2021-03-17"


def test_title_wrapped_before_its_date_stays_whole(tmp_path: Path) -> None:
    head = ["Minutes of the Board meeting held on", "3 March 2021"]
    page = [(120, 760 - 16 * i, [(text, "bold", 14, 0)]) for i, text in enumerate(head)]
    ex = read_file(make_layout_pdf(tmp_path / "wrapped.pdf", [page + _body(680)]))
    assert _title_line(ex)[1] == " ".join(head)


def test_un_masthead_organ_is_never_the_title(tmp_path: Path) -> None:
    page = [
        (72, 800, [("United Nations", "sans", 14, 0)]),
        (450, 800, [("A/HRC/DEC/9/101", "sans", 10, 0)]),
        (72, 770, [("General Assembly", "bold", 20, 0)]),
        (72, 700, [("Human Rights Council", "bold", 12, 0)]),
        (72, 688, [("Ninth session", "bold", 10, 0)]),
        (100, 650, [("Decision adopted by the Human Rights Council", "bold", 14, 0)]),
        (100, 634, [("9/101", "bold", 14, 0)]),
        (100, 618, [("Outcome of the periodic review: Ruritania", "bold", 14, 0)]),
        *_body(580),
    ]
    path = make_layout_pdf(tmp_path / "decision.pdf", [page])
    ex = read_file(path)
    assert _title_line(ex)[1] == "Outcome of the periodic review: Ruritania"
    assert load_release(path).title == "Outcome of the periodic review: Ruritania"


def test_a_title_line_stopping_on_a_function_word_runs_on_in_another_type(
    tmp_path: Path,
) -> None:
    # Two cover lines in two sizes: the first stops on "of the", so the title goes on.
    page = [
        (72, 780, [("101st", "bold", 12, 0)]),
        (72, 760, [("Minutes of the Meeting of the", "bold", 14, 0)]),
        (72, 736, [("Imaginary Rates Committee", "bold", 20, 0)]),
        (72, 716, [("May 9-10, 2031", "sans", 11, 0)]),
        *_body(680),
    ]
    path = make_layout_pdf(tmp_path / "cover.pdf", [page])
    assert load_release(path).title == "Minutes of the Meeting of the Imaginary Rates Committee"

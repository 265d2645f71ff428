"""A running head or foot printed with the page number, in text whose pages are marked by
form feeds: the same line at each page's edge but for a number counting the pages
("Folha 2 de 3", "REVIEW BOARD MAY 2031 3", "2031, No. 77 -2-"), whatever the language
or the layout. Numbers of the release's own at a page's edge (a numbered paragraph, an
article, a footnote) stay. Made-up documents in the shape of real ones."""

from __future__ import annotations

import textwrap

from briefing.ingest import release_from_text

PLACES = ["valleys", "islands", "hills", "plains", "coast", "towns", "lakes", "forests"]


def _body(n: int) -> str:
    """A page of prose whose lines differ from page to page."""
    sentences = [
        f"The board examined the proposals received from the {place} in round {n} and "
        f"recommended that the agency fund {k + n} projects that reach the most households."
        for k, place in enumerate(PLACES[n % 3 :] + PLACES[: n % 3])
    ]
    return textwrap.fill(" ".join(sentences), 78)


def _taken(text: str) -> list[str]:
    release = release_from_text(text)
    return [r.text for r in release.removed if r.kind == "page-furniture"]


def _kept(text: str) -> str:
    release = release_from_text(text)
    return "\n".join(release.node_text(n) for n in release.nodes())


def test_a_foot_spelling_the_page_in_any_language_is_removed():
    pages = [f"{_body(n)}\n\nFolha {n} de 3\n" for n in (1, 2, 3)]
    text = "Notice on the valley fund\n\n" + "\f".join(pages)
    taken = _taken(text)
    assert [t for t in taken if t.startswith("Folha")] == [
        "Folha 1 de 3",
        "Folha 2 de 3",
        "Folha 3 de 3",
    ]


def test_a_head_with_its_page_number_after_one_space_is_removed():
    pages = [f"REVIEW BOARD MAY 2031 {n}\n{_body(n)}\n" for n in (2, 3, 4)]
    text = "Minutes of the review board\n\n" + _body(1) + "\n\f" + "\f".join(pages)
    taken = _taken(text)
    assert [t for t in taken if t.startswith("REVIEW")] == [
        "REVIEW BOARD MAY 2031 2",
        "REVIEW BOARD MAY 2031 3",
        "REVIEW BOARD MAY 2031 4",
    ]
    assert "in round 3 and" in _kept(text)


def test_a_head_missing_from_a_page_still_counts_the_pages():
    # Page 3 prints its head on two lines: pages 2 and 4 still count the pages.
    text = (
        "Regulation on the valley fund\n\n"
        + _body(1)
        + "\n\f2031, No. 77 -2-\n"
        + _body(2)
        + "\n\f2031, No. 77\n-3-\n"
        + _body(3)
        + "\n\f2031, No. 77 -4-\n"
        + _body(4)
    )
    taken = _taken(text)
    assert "2031, No. 77 -2-" in taken and "2031, No. 77 -4-" in taken


def test_a_line_of_prose_at_page_edges_stays_though_its_number_counts_the_pages():
    pages = [f"Rates were cut in round {n}. The board met again\n{_body(n)}\n" for n in (1, 2, 3)]
    text = "Minutes of the review board\n\n" + "\f".join(pages)
    assert not [t for t in _taken(text) if t.startswith("Rates")]


def test_numbers_of_the_text_at_page_tops_stay():
    # Articles opening pages 2 and 3 do not count the pages (3, then 7), and a note
    # "2 Ibid." at two feet ends like a sentence: the text's own.
    text = (
        "Regulation on the valley fund\n\n"
        + _body(1)
        + "\n\n2 Ibid.\n\fArticle 3 Scope\n"
        + _body(2)
        + "\n\n3 Ibid.\n\fArticle 7 Scope\n"
        + _body(3)
    )
    taken = _taken(text)
    assert not [t for t in taken if "Article" in t or "Ibid" in t], taken


def test_a_dated_head_stays_for_the_date():
    pages = [f"{_body(n)}\n\nValley Fund | 14-03-2031 | Folha {n} de 3\n" for n in (1, 2, 3)]
    text = "Notice on the valley fund\n\n" + "\f".join(pages)
    assert not [t for t in _taken(text) if "Folha" in t]


def test_a_head_set_a_piece_a_line_is_taken_past_the_first_lines():
    # pdftotext -raw sets each piece of the head on its own line: five lines, the last
    # with the page number; every page's first three are taken, so the next ones are
    # that page's edge and are looked at too.
    head = "31st\nSession\nREVIEW BOARD\nMay 3-4\n{n} board.example.org\n"
    pages = [head.format(n=n) + _body(n) + "\n" for n in (2, 3, 4)]
    text = "Minutes of the review board\n\n" + _body(1) + "\n\f" + "\f".join(pages)
    taken = _taken(text)
    assert taken.count("May 3-4") == 3, taken
    assert [t for t in taken if t.endswith("board.example.org")] == [
        "2 board.example.org",
        "3 board.example.org",
        "4 board.example.org",
    ]
    assert "in round 2 and" in _kept(text)


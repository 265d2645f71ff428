"""The paper's kind printed on its head ("Press Release") places its headline: the title
line under the label, not the letterhead over it in larger type; or, when only a date
follows the label, the line printed right over it. Made-up PDFs and lines."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.genre_labels import is_genre_label, title_by_genre_label
from briefing.ingest.pipeline import load_release
from tests.ingest.test_readers_pdf import make_layout_pdf

_PROSE = (
    "The Office of Examples said today that the new harbour ferry will run every hour",
    "from the first of May, and that fares will stay as they are for the whole summer",
    "season while the works on the northern pier go on as they were planned last year.",
)


def _pdf(tmp_path: Path, head: list[tuple[str, str, int]]) -> Path:
    items = [
        (72, 760 - 30 * n, [(text, font, size, 0)]) for n, (text, font, size) in enumerate(head)
    ]
    top = 760 - 30 * len(head) - 20
    items += [(72, top - 14 * n, [(line, "mono", 10, 0)]) for n, line in enumerate(_PROSE)]
    return make_layout_pdf(tmp_path / "paper.pdf", [items])


def test_the_headline_under_the_label_beats_the_letterhead_in_larger_type(tmp_path: Path) -> None:
    path = _pdf(
        tmp_path,
        [
            ("The Harbour Works Examination Bureau", "bold", 20),
            ("Press Release", "bold", 13),
            ("Ferry Timetable Changes From May", "bold", 14),
        ],
    )
    assert load_release(path).title == "Ferry Timetable Changes From May"


def test_a_headline_printed_over_its_label_and_date_is_the_title(tmp_path: Path) -> None:
    path = _pdf(
        tmp_path,
        [
            ("MINISTRY OF EXAMPLES OPENS NEW HARBOUR FERRY LINE", "bold", 16),
            ("PRESS STATEMENT", "bold", 13),
            ("DATED 5TH MARCH 2031", "mono", 10),
        ],
    )
    assert load_release(path).title == "MINISTRY OF EXAMPLES OPENS NEW HARBOUR FERRY LINE"


def test_labels_are_one_paper_s_kind_not_a_site_s_section() -> None:
    assert is_genre_label("MEDIA RELEASE")
    assert is_genre_label("For Immediate Release:")
    assert not is_genre_label("Press releases")  # a site's section, among its menus
    assert not is_genre_label("Press release on the harbour ferry")


def test_a_bare_office_name_over_the_label_is_no_headline() -> None:
    texts = ["Ministry of Examples", "Press Release", "5 March 2031"]
    found = title_by_genre_label(texts, 3, lambda i: False, lambda i: i != 0, lambda i: False)
    assert found is None

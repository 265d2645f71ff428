"""Page evidence for repeated lines, and running heads padded wide (session 26, dev set
``furniture``): made-up text in the shape of real paged and unpaged texts."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.helpers import read_release as _read
from tests.ingest.helpers import removed_texts as _removed


def _page(number: int, body: str, width: int) -> str:
    head = "                12 March 2021" + " " * width + str(number)
    return f"                                                              logoword\n{head}\n\n\n{body}\n"


PARA = (
    "                The committee reviewed the figures for the quarter and found that\n"
    "                the trend of the earlier months had continued without a break.\n"
) * 10


def test_a_layout_head_padded_wide_on_a_landscape_page_goes(tmp_path: Path) -> None:
    # pdftotext -layout pads the page number out to the right edge: the last, wider
    # page's head runs past 140 characters, but is the same short head.
    pages = [
        "                Report of the water committee\n\n" + PARA,
        _page(2, PARA, 70),
        _page(3, PARA, 70),
        _page(
            4, "                Table 1  Monthly figures\n                Rain   12   14   9\n", 130
        ),
    ]
    release = _read(tmp_path, "\f".join(pages))
    removed = _removed(release)
    assert sum(r.startswith("12 March 2021") for r in removed) == 3
    assert "12 March 2021" not in release.text
    assert "Monthly figures" in release.text


TWO_TABLES = """Decree on the pay of inspectors

1. The monthly pay of inspectors is set as follows:

Table 1. Coastal stations

Senior inspector                    1080-1440
Inspector                            900-1080

2. The monthly pay of inspectors at inland stations is set as follows, as
provided by the Decree of 4 May 1999 (Collection of Laws, 1999, N 34, art. 4224)
and the Order of the Ministry of 2 June 2001, with the changes made since then.

Table 2. Inland stations

Senior inspector                    1080-1440
Inspector                            900-1080

3. The amounts in the Decree of 4 May 1999 (Collection of Laws, 1999, N 34, art. 4224)
and the Order of the Ministry of 2 June 2001 are void.
"""


def test_lines_printed_twice_without_page_evidence_are_the_texts_own(tmp_path: Path) -> None:
    # No form feed, no page number: a row repeated in a second table, a citation
    # quoted twice, are content (they were taken as running heads and lost).
    release = _read(tmp_path, TWO_TABLES)
    assert release.text.count("1080-1440") == 2
    assert release.text.count("N 34, art. 4224)") == 2
    assert not any(r.kind == "page-furniture" for r in release.removed)


FOOT_WITH_NUMBERS = """MINISTER FOR TRADE

NEW EXPORT OFFICE IN THE NORTH

The Minister for Trade today opened a new export office that will help
farmers and small firms of the region sell abroad.

Inquiries: (02) 6100 7500 1

The office will be staffed by four officers and open on weekdays.

Inquiries: (02) 6100 7500 2

The Minister thanked the regional council for its help.
"""


def test_a_repeated_foot_whose_page_number_counts_up_still_goes(tmp_path: Path) -> None:
    release = _read(tmp_path, FOOT_WITH_NUMBERS)
    assert "6100 7500" not in release.text


def _typed_page(sentences: int, topic: str) -> str:
    line = f"The committee heard evidence on {topic} from growers and traders of the region.\n\n"
    return line * sentences


TYPED_PAGES = (
    "Statement by the Shadow Minister for Water\n\n"
    + _typed_page(12, "river flows")
    + " 2.\n\n"
    + _typed_page(12, "dam levels")
    + " 3.\n\n"
    + _typed_page(12, "water prices")
)


def test_typed_page_numbers_with_a_full_stop_go(tmp_path: Path) -> None:
    # Typists numbered a release's later pages "2.", "3." alone between paragraphs.
    release = _read(tmp_path, TYPED_PAGES)
    assert [r for r in _removed(release) if r in ("2.", "3.")] == ["2.", "3."]


LABELS_ALONE = (
    "Decisions of the board\n\n"
    + " 1.\n\n"
    + _typed_page(12, "river flows")
    + " 2.\n\n"
    + _typed_page(12, "dam levels")
)


def test_paragraph_labels_alone_from_one_stay(tmp_path: Path) -> None:
    release = _read(tmp_path, LABELS_ALONE)
    assert not any(r in ("1.", "2.") for r in _removed(release))


def _margin_page(topic: str) -> str:
    body = f"The board reviewed {topic} and the outlook for the coming months in detail.\n" * 6
    return body + "Press note\n" + body


def test_a_margin_word_printed_once_on_every_page_goes(tmp_path: Path) -> None:
    # pdftotext sets a word printed up the page's margin among the page's lines.
    text = "\f".join(_margin_page(t) for t in ("prices", "wages", "rents"))
    release = _read(tmp_path, "Board statement\n\n" + text)
    assert _removed(release).count("Press note") == 3
    assert "Press note" not in release.text


def test_column_heads_of_a_table_continued_on_later_pages_stay(tmp_path: Path) -> None:
    pages = [_margin_page("prices").replace("Press note\n", "")]
    pages += [_margin_page(t).replace("Press note", "Net amount") for t in ("wages", "rents")]
    release = _read(tmp_path, "Board statement\n\n" + "\f".join(pages))
    assert release.text.count("Net amount") == 2

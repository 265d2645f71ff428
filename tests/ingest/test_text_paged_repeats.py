"""Page evidence for repeated lines, and running heads padded wide (session 26, dev set
``furniture``): made-up text in the shape of real paged and unpaged texts."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.model import Release


def _read(tmp_path: Path, text: str, name: str = "release.txt") -> Release:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_release(path, suggest=False)


def _removed(release: Release) -> list[str]:
    return [r.text for r in release.removed]


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

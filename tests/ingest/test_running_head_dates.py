"""A paged document dated only in its running heads or feet."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.running_head_dates import running_head_date
from briefing.model import Removed

_BODY = (
    "The working group sets out the architecture of the data exchange between care "
    "providers and the regional offices in the sections below."
)


def _paged(foot: str) -> str:
    pages = [f"{n}. {_BODY}\n\n{n + 10}. {_BODY}\n\n{foot.format(n=n)}\n" for n in range(1, 5)]
    return "Examplia data architecture\n\n" + "\f".join(pages)


def test_the_date_every_page_foot_prints_dates_the_document() -> None:
    release = release_from_text(_paged("EXAMPLIA DATA ARCHITECTURE | 2.0 | 14-03-2031"))
    assert release.date == "2031-03-14"


def test_feet_printing_different_dates_date_nothing() -> None:
    removed = [
        Removed("page-furniture", "Printed 14-03-2031"),
        Removed("page-furniture", "Printed 15-03-2031"),
    ]
    assert running_head_date(removed) == ""


def test_one_dated_line_is_no_running_head() -> None:
    assert running_head_date([Removed("page-furniture", "EXAMPLIA | 14-03-2031")]) == ""


def test_a_date_the_text_prints_beats_its_running_feet() -> None:
    text = _paged("EXAMPLIA DATA ARCHITECTURE | 2.0 | 14-03-2031").replace(
        "Examplia data architecture\n\n", "Examplia data architecture\n\n2 April 2031\n\n", 1
    )
    assert release_from_text(text).date == "2031-04-02"

"""A page's update stamp set as a dateline ("Last updated: ...", "更新日:...") says when
the page last changed, not when the release was issued: the title's date beats it, and it
still dates a page that states no other date. Made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest import load_release
from briefing.ingest.dates import release_date
from briefing.ingest.web_chrome import is_update_stamp


@pytest.mark.parametrize(
    "text",
    [
        "更新日:2021年3月9日",
        "最終更新日 2021年3月9日",
        "Last updated: 9 March 2021",
        "수정일 2021.03.09",
    ],
)
def test_update_stamps(text: str) -> None:
    assert is_update_stamp(text)


@pytest.mark.parametrize(
    "text", ["Tokyo, 9 March 2021", "2021年3月9日", "Updated guidance on fees"]
)
def test_not_update_stamps(text: str) -> None:
    assert not is_update_stamp(text)


def test_title_date_beats_update_stamp() -> None:
    assert release_date(
        [], "Regular press conference (4 March 2021)", "", ["更新日:2021年3月9日"]
    ) == ("2021-03-04")


def test_dateline_beats_update_stamp() -> None:
    assert release_date(["Osaka, 4 March 2021"], "Notice", "", ["Last updated: 9 March 2021"]) == (
        "2021-03-04"
    )


def test_update_stamp_dates_an_undated_page() -> None:
    assert release_date([], "Notice", "A first paragraph.", ["Last updated: 9 March 2021"]) == (
        "2021-03-09"
    )


def test_page_under_its_update_stamp(tmp_path: Path) -> None:
    page = tmp_path / "kaiken.txt"
    page.write_text(
        "定例会見(2021年3月4日)概要\n\n更新日:2021年3月9日\n\n"
        "本日の発表項目は二つです。まず、新しい制度についてご説明します。\n",
        encoding="utf-8",
    )
    assert load_release(page).date == "2021-03-04"

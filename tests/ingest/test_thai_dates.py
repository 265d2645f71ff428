"""Thai dates: Thai month names, in full or abbreviated, and Buddhist-era years."""

from __future__ import annotations

import pytest

from briefing.ingest.dates import find_date, release_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("วันนี้ (3 มีนาคม 2569) เวลา 10.00 น.", "2026-03-03"),  # Buddhist era: 2569 - 543
        ("ข่าว 15 ส.ค. 2570 สาขา", "2027-08-15"),  # abbreviated month
        ("๓ มีนาคม ๒๕๖๙", "2026-03-03"),  # Thai digits
        ("ประกาศ ณ วันที่ 5 ธันวาคม พ.ศ. 2568", "2025-12-05"),  # "พ.ศ." before the year
        ("วันที่ 16 เมษายน 2026", "2026-04-16"),  # a common-era year
    ],
)
def test_thai_dates_are_read(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found.iso() == iso


def test_a_thai_release_is_dated_from_its_head() -> None:
    head = "สรุปข่าวการประชุม\n\nวันนี้ (3 มีนาคม 2569) เวลา 09.00 น. ประชุมคณะกรรมการ"
    assert release_date([], "", head) == "2026-03-03"

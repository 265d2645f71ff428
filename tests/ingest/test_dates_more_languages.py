"""Dates as Greek, Turkish, Romanian, Ukrainian, Bulgarian, Serbian and Hungarian releases
print them: the month in the release's own language between the day and the year (after the
year in Hungarian), in capitals or with a micro sign for the Greek mu. Made-up lines."""

from __future__ import annotations

import pytest

from briefing.ingest.dates import MORE_MONTHS, find_date, release_date
from briefing.ingest.roles import is_date_line


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Αθήνα, 3 Φεβρουαρίου 2021", "2021-02-03"),
        ("ΓΡΑΦΕΙΟ ΤΥΠΟΥ, Πειραιάς 21 Σεπτεµβρίου 2019", "2019-09-21"),  # (micro sign)
        ("ΠΑΤΡΑ, 9 ΜΑΪΟΥ 2018", "2018-05-09"),
        ("Ankara, 5 ARALIK 2022", "2022-12-05"),
        ("14 Şubat 2023 Salı - 10:15", "2023-02-14"),
        ("București, 12 octombrie 2021", "2021-10-12"),
        ("Київ, 4 листопада 2020 року", "2020-11-04"),
        ("София, 17 септември 2022 г.", "2022-09-17"),
        ("Beograd, 2. oktobar 2019.", "2019-10-02"),
        ("Budapest, 2023. március 15.", "2023-03-15"),
        ("2021. november 3-án", "2021-11-03"),
    ],
)
def test_dates(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found.iso() == iso


@pytest.mark.parametrize("text", ["Αθήνα, 3 Φεβρουαρίου 2021", "Ankara, 5 ARALIK 2022"])
def test_datelines(text: str) -> None:
    assert is_date_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ocak 12 kişiyi ısıttı, 2020 kışında",  # a word spelt like a month, no day before it
        "Mart ayında 2019 raporu yayımlandı",
        "2024. évi 5 november",  # (no point after the year's word: no Hungarian date)
    ],
)
def test_no_date(text: str) -> None:
    assert find_date(text) is None


def test_release_date_from_greek_head() -> None:
    head = "ΥΠΟΥΡΓΕΙΟ ΥΠΟΔΟΜΩΝ\nΔιεύθυνση Οδικής Ασφάλειας, Αθήνα 8 Ιουλίου 2015\n\nΘΕΜΑ: Οδηγίες\n"
    assert release_date([], "", head) == "2015-07-08"


def test_no_spelling_reads_as_two_months() -> None:
    # (each new spelling is read as one month only: none redefines an existing name)
    assert MORE_MONTHS["listopada"] == 11 and MORE_MONTHS["mai"] == 5

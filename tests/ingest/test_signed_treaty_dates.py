"""A treaty's signing line dates it in English and the Cyrillic languages too ("Signed
at ... on ...", "Підписано в м. ...", "Совершено в ..."), over the dates its preamble
cites. Made-up texts."""

from __future__ import annotations

from briefing.ingest.act_signatures import signed_date_line
from briefing.ingest.pipeline import release_from_text

_BODY = (
    "AGREEMENT ON HARBOUR COOPERATION BETWEEN EXAMPLIA AND SAMPLIA\n\n"
    "The Parties, recalling the memorandum signed on 3 May 2029, agree as follows.\n\n"
    "Article 1. The Parties shall keep the harbour open to each other's ships.\n\n"
)


def test_an_english_signing_line_dates_the_treaty() -> None:
    text = _BODY + "Signed at Port Example on 12 January 2031, in two originals.\n"
    assert release_from_text(text).date == "2031-01-12"


def test_cyrillic_signing_lines_are_read() -> None:
    assert signed_date_line("Текст.\nПідписано в м. Приклад 24 лютого 2031 року.\n")
    assert signed_date_line("Текст.\nВчинено в м. Приклад 12 січня 2031 року.\n")
    assert signed_date_line("Текст.\nСовершено в г. Пример 5 марта 2031 года.\n")

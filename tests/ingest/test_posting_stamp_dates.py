"""A page's posting stamp under the title dates the release, whatever follows the date."""

from __future__ import annotations

import pytest

from briefing.ingest.date_mentions import is_running_mention
from briefing.ingest.dates import release_date


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("Posted on March 5, 2031 by Press Office\n\nThe Minister today announced", "2031-03-05"),
        ("Veröffentlicht am 5. März 2031, aktualisiert am 12. April 2031\n\nDer Minister", "2031-03-05"),
        ("Publié le 5 mars 2031 à 10h15, mis à jour le 12 avril 2031\n\nLe ministre", "2031-03-05"),
        ("Published: 5 March 2031 by the Office\n\nThe Minister today announced", "2031-03-05"),
    ],
)
def test_a_posting_stamp_dates_the_release(head: str, iso: str) -> None:
    assert release_date([], "", head) == iso


def test_a_date_inside_a_sentence_is_still_a_mention() -> None:
    text = "The rules published on 31 December 2030 take effect in spring."
    start = text.index("31")
    assert is_running_mention(text, start, start + len("31 December 2030"))

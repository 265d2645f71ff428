"""A short line right under a run of short lines of its own shape (a page's topic tags or
a menu's links, printed between the headline and the text) is the run's last entry, not
the first crosshead (roles._last_tag_entry). Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import heading_texts, lost_words

_BODY = [
    "Harbour microbes pass their electrons on in a new way, a study of the harbour "
    "institute shows, and the finding may help to clean the old basins faster.",
    "Microbes living in the mud of the basins need to get rid of electrons, and the "
    "researchers watched them hand the electrons over to grains of iron in the mud.",
]


def test_the_last_of_a_pages_topic_tags_is_no_heading() -> None:
    lines = [
        "Harbour microbes breathe through iron",
        "12 March 2031",
        "Topics",
        "Ecosystems",
        "Pollutants",
        "Energy",
        *_BODY,
    ]
    text = "\n\n".join(lines) + "\n"
    release = release_from_text(text)
    assert "Energy" not in heading_texts(release), heading_texts(release)
    assert not lost_words(text, release)


def test_a_first_crosshead_under_a_subtitle_stays() -> None:
    lines = [
        "Harbour microbes breathe through iron",
        "Harbour Institute",
        "Main results",
        *_BODY,
    ]
    text = "\n\n".join(lines) + "\n"
    assert "Main results" in heading_texts(release_from_text(text))


def test_a_share_bar_between_the_tags_and_the_last_one_is_passed_over() -> None:
    lines = [
        "Harbour microbes breathe through iron",
        "Ecosystems",
        "Pollutants",
        "Share",
        "Email",
        "Energy",
        *_BODY,
    ]
    text = "\n\n".join(lines) + "\n"
    release = release_from_text(text)
    assert "Energy" not in heading_texts(release), heading_texts(release)

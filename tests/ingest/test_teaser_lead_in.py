"""roles._teasers_start: dated items under the release's own lead-in ("The hearings will
take place at the following venues:") are the release's list, not a sidebar of related
pages; the paragraphs after them stay. Made-up pages copied as text."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release

VENUES = [
    "Island community hall, West Bay",
    "March 12, 2031",
    "Harbour office, main conference room",
    "March 19, 2031",
    "Town library, upper floor",
    "March 26, 2031",
]
CLOSING = [
    "Residents who cannot attend may send their comments in writing to the board before the end of March.",
    "The board said it will publish a summary of all comments received with its decision in May.",
]


def _page(lead_in: str) -> str:
    lines = [
        "Skip to main content", "Home", "News", "Sport",
        "Harbour board sets the dates of its public hearings", "March 3, 2031",
        "The harbour board will hold three public hearings on the new ferry timetable before it decides in May.",
        lead_in, *VENUES, *CLOSING, "Share this:", "Facebook", "Twitter",
    ]  # fmt: skip
    return "\n\n".join(lines) + "\n"


def _kept(tmp_path: Path, lead_in: str) -> str:
    path = tmp_path / "release.txt"
    path.write_text(_page(lead_in), encoding="utf-8")
    return load_release(path).text


def test_a_list_the_release_leads_into_is_kept(tmp_path: Path) -> None:
    kept = _kept(tmp_path, "The hearings will take place at the following venues:")
    for line in VENUES + CLOSING:
        assert line in kept


def test_a_sidebar_under_a_short_caption_still_goes(tmp_path: Path) -> None:
    # "Related:" is a box's caption, not a sentence leading into the list.
    kept = _kept(tmp_path, "Related:")
    assert "Town library, upper floor" not in kept

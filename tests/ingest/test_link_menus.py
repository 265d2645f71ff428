"""A short line over a bulleted list of link names is a site's menu, not a crosshead;
over a list whose items say something it stays the section's heading. Made-up text."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release

_PAGE = """Examplia opens a new rail link to the coast

3 May 2024

The Ministry of Transport of Examplia opened on Friday a new rail link between the
capital and the coast, cutting the journey to under two hours for most travellers.

Timetable

-   Trains will run every hour from six in the morning until midnight.
-   Extra services will run at weekends during the summer months.

The minister thanked the engineers and the people of the coast for their patience
during the three years of building work on the line.

Seasons of the line

-   Orchard Valley
-   Harbour towns
-   Upland moors
-   Rules for the use of our pictures and video
"""


def _headings(tmp_path: Path) -> list[str]:
    path = tmp_path / "release.txt"
    path.write_text(_PAGE, encoding="utf-8")
    release = load_release(path, suggest=False)
    return [
        release.text[node.start : node.end].strip().split("\n")[0]
        for node in release.nodes()
        if node.kind == "heading"
    ]


def test_a_caption_over_link_names_is_no_heading(tmp_path: Path) -> None:
    assert "Seasons of the line" not in _headings(tmp_path)


def test_a_caption_over_items_that_say_something_stays_a_heading(tmp_path: Path) -> None:
    assert "Timetable" in _headings(tmp_path)

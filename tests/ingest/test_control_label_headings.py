"""A heading reading only as a site's control ("Share", "Subscribe") labels a widget,
not a part of the release: it is no heading of the outline. Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.roles import is_control_label

_PAGE = """# Examplia opens a new rail link to the coast

3 May 2024

The Ministry of Transport of Examplia opened on Friday a new rail link between the
capital and the coast, cutting the journey to under two hours.

## Timetable

Trains will run every hour from six in the morning until midnight, with extra
services at weekends during the summer months.

## Share

[Facebook](https://example.org/fb) · [X](https://example.org/x) · [E-mail](mailto:a@example.org)
"""


def test_a_share_heading_is_no_heading_of_the_release(tmp_path: Path) -> None:
    path = tmp_path / "release.md"
    path.write_text(_PAGE, encoding="utf-8")
    release = load_release(path, suggest=False)
    headings = [
        release.text[node.start : node.end].strip()
        for node in release.nodes()
        if node.kind == "heading"
    ]
    assert headings == ["Timetable"]


def test_control_labels_are_told_from_headings() -> None:
    assert is_control_label("Share")
    assert is_control_label("Read more")
    assert not is_control_label("Timetable")
    assert not is_control_label("Contacts")  # (may head the release's own contacts)

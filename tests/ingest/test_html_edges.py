"""A web page's own parts at the edges of a release: the link back to the list it came
from ("Back to news", "Zurück zur Übersicht"), the link to the page's top and, under the
text, the date the page was last edited with the page's address. They are dropped as
navigation; the release's dateline, its text and a sentence mentioning an update stay.
Made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest.readers import read_file

_TEXT = """<h1>Harbour office opens a second quay</h1>
<p>12 March 2031</p>
<p>The harbour office opened a second quay on Monday, which lets two ferries load at
the same time and shortens the wait of lorries at the gate by half an hour a day.</p>
<p>The quay was last updated: its crane now lifts twice the load of the old one, and
the office expects the number of ships calling at the port to rise next summer.</p>"""


def _read(tmp_path: Path, head: str, tail: str) -> tuple[list[str], list[str]]:
    path = tmp_path / "page.html"
    page = f"<html><body><main>{head}{_TEXT}{tail}</main></body></html>"
    path.write_text(page, encoding="utf-8")
    extracted = read_file(path)
    dropped = [text for _, text in extracted.dropped]
    return [line.text for line in extracted.lines], dropped


@pytest.mark.parametrize(
    ("back", "stamp"),
    [
        ("Back to news", "Last Update: March 14, 2031"),
        ("« Zurück zur Übersicht", "Letzte Änderung 14.03.2031"),
        ("Retour", "Dernière mise à jour 14.03.2031"),
        ("Volver", "Stand: 14.03.2031"),
    ],
)
def test_back_links_and_update_stamps_are_dropped(tmp_path: Path, back: str, stamp: str) -> None:
    head = f'<p><a href="/news">{back}</a></p>'
    tail = (
        f'<p>https://harbour.example/news/quay.html</p><p><a href="/news">{back}</a></p>'
        f"<p>{stamp}</p><p><a href='#top'>Zum Seitenanfang</a></p>"
    )
    texts, dropped = _read(tmp_path, head, tail)
    assert back not in texts
    assert stamp not in texts
    assert "https://harbour.example/news/quay.html" not in texts
    assert "Zum Seitenanfang" not in texts
    assert stamp in dropped
    assert "12 March 2031" in texts  # the release's own dateline
    assert any(t.startswith("The quay was last updated") for t in texts)


def test_a_lone_address_without_a_stamp_stays(tmp_path: Path) -> None:
    texts, _ = _read(tmp_path, "", "<p>https://harbour.example/timetable.html</p>")
    assert "https://harbour.example/timetable.html" in texts


def test_a_stamp_above_the_text_stays(tmp_path: Path) -> None:
    # Above the release's paragraphs a dated line may be its dateline: never taken.
    texts, _ = _read(tmp_path, "<p>Stand: 12.03.2031</p>", "")
    assert "Stand: 12.03.2031" in texts

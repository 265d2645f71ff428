"""A player's counter or a clip's running time printed alone ("00:00", "45:47",
"2:43 min") is the player's, not a line of the release; a time of day in a release's
agenda stays (html_widgets.running_time). Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file


def test_player_counters_and_running_times_are_dropped_and_times_of_day_kept(
    tmp_path: Path,
) -> None:
    page = (
        "<html><body><main><h1>Harbour office opens a second quay</h1>"
        "<div class='player'><div class='bar'>00:00</div><div class='bar'>00:00</div></div>"
        "<p>The harbour office opened its second quay on Monday, doubling the berths for "
        "ferries and cargo ships calling at the port through the summer season.</p>"
        "<div class='clip'><div class='length'>45:47</div><p>Listen to the harbour master "
        "talking about the works on the quay and what comes next.</p></div>"
        "<div class='clip'><span>3:12 min</span></div>"
        "<h2>Programme of the opening</h2><div>10:00</div><div>Welcome by the mayor</div>"
        "</main></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    texts = [line.text for line in read_file(path).lines]
    assert not any(t in ("00:00", "45:47", "3:12 min") for t in texts)
    assert "10:00" in " ".join(texts)
    assert any(t.startswith("Listen to the harbour master") for t in texts)

"""Site widgets are no release text: an advertisements block and a media player (its
clip title and presenter line) are dropped as navigation. Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file

_PAGE = """<html><body><main>
<h1>New port opens in Example Bay</h1>
<div class="date">April 2, 2022</div>
<div class="caption"><div class="audio-overlay"><div class="radio-program">
  <div class="title">New port opens in Example Bay</div>
  <div class="program-attr">Example News | Presented by: </div>
  <audio src="" controls></audio>
</div></div></div>
<div class="entry-content">
<p>The new port of Example Bay opened on Saturday with three berths for container ships
and a terminal for ferries to the islands.</p>
<p>The minister said the port would bring two thousand jobs to the region within five
years, most of them in logistics.</p>
</div>
<div class="advertisements"><div class="section-title"><span>Advertisements</span></div>
<div class="slide"><img src="a.png" alt=""></div></div>
<figure><video src="clip.mp4" controls></video>
<figcaption>The minister at the opening</figcaption></figure>
</main></body></html>"""


def test_player_and_advertisements_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "release.html"
    path.write_text(_PAGE, encoding="utf-8")
    extracted = read_file(path)
    texts = [line.text for line in extracted.lines]
    assert "Example News | Presented by:" not in texts
    assert "Advertisements" not in texts
    assert texts.count("New port opens in Example Bay") == 1
    assert any(t.startswith("The new port of Example Bay") for t in texts)
    dropped = " ".join(text for _, text in extracted.dropped)
    assert "Presented by" in dropped and "Advertisements" in dropped

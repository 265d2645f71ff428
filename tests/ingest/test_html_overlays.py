"""A pop-up or tooltip box opens over the page at a click (a share bar's privacy notice,
a glossary hint): the site's overlay, never a paragraph of the release, so it never
reaches the note's key points. Made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest.readers import read_file

_TEXT = """<h1>Harbour board opens the north quay</h1>
<p>The harbour board opened the north quay to the fishing fleets on Monday, after two
years of works on its berths and the dredging of the channel.</p>"""

_OVERLAYS = [
    '<ul class="linkbox"><li><div class="linkbox-item info"><div class="popup-info">'
    "<span>Sharing notice</span><span>Turning the share buttons on sends data about "
    "your visit to the networks.</span></div></div></li></ul>",
    '<div class="glossary-tooltip"><p>A berth is the place where a ship is moored in '
    "the harbour for loading.</p></div>",
]


@pytest.mark.parametrize("overlay", _OVERLAYS)
def test_an_overlay_box_is_dropped(tmp_path: Path, overlay: str) -> None:
    path = tmp_path / "page.html"
    page = f"<html><body><main>{_TEXT}{overlay}</main></body></html>"
    path.write_text(page, encoding="utf-8")
    texts = [line.text for line in read_file(path).lines]
    assert any(t.startswith("The harbour board opened") for t in texts)
    assert not any(
        t.startswith(("Turning the share", "Sharing notice", "A berth is")) for t in texts
    )

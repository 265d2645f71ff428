"""A box asking the reader to act (donate, sign a petition), flown in beside a release
or set under it, is the site's: its exhortation is no heading of the release and its
sentence no paragraph. Made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest.readers import read_file

_TEXT = """<h1>Relief agency sends tents to the valley</h1>
<p>The relief agency sent four hundred tents to the flooded valley on Friday, where the
river has driven some two thousand families from their homes since the storm.</p>"""

_BOXES = [
    '<div class="c-flyout"><span class="flyoutH4">Lend a hand!</span>'
    "<p>Every gift helps the families of the valley.</p>"
    '<form action="/give"><button>Give now</button></form></div>',
    '<div class="block block-icon-petition"><a href="https://example.org/sign">'
    "<h2>Save the valley!</h2><div>Ask the council to protect the valley and sign "
    "the petition</div></a></div>",
    '<div class="cta-box"><h3>Help now</h3><p>Support our work in the valley.</p></div>',
]


@pytest.mark.parametrize("box", _BOXES)
def test_a_call_to_action_box_is_dropped(tmp_path: Path, box: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><main>{_TEXT}{box}</main></body></html>", encoding="utf-8")
    texts = [line.text for line in read_file(path).lines]
    assert any(t.startswith("The relief agency sent") for t in texts)
    assert not any(
        t.startswith(
            ("Lend a hand", "Every gift", "Save the valley", "Ask the council", "Help now")
        )
        for t in texts
    )

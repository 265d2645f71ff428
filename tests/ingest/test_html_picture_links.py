"""A picture viewer's link beside a picture ("Enlarge this image", "Vollbild") is the
site's control, dropped; a link to a picture inside a sentence stays. Made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest.extracted import Line
from briefing.ingest.readers import read_file

_BODY = """<p>The river authority opened a new fish pass at the old weir on Monday, so
that salmon can swim upstream to their spawning grounds for the first time in decades.</p>
<p>The pass cost four million and took two years to build; the authority will count the
fish that use it with a camera at its upper end every autumn.</p>"""


def _read(tmp_path: Path, page: str) -> tuple[list[Line], list[str]]:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    extracted = read_file(path)
    return extracted.lines, [text for _, text in extracted.dropped]


@pytest.mark.parametrize(
    "label",
    ["Enlarge this image", "Vollbild", "Hochauflösendes Bild (jpeg, 2MB)", "View this image ›"],
)
def test_picture_viewer_link_is_dropped(tmp_path: Path, label: str) -> None:
    page = f"""<html><body><article><h1>Fish pass opens at the old weir</h1>
<div class="pic"><img src="weir.jpg" alt=""><a href="/media/weir-large.jpg">{label}</a>
<p class="caption">The new pass beside the weir.</p></div>{_BODY}</article></body></html>"""
    lines, dropped = _read(tmp_path, page)
    texts = [line.text for line in lines]
    assert label not in texts
    assert "The new pass beside the weir." in texts
    assert any(label in text for text in dropped)


def test_link_to_a_picture_in_a_sentence_stays(tmp_path: Path) -> None:
    page = f"""<html><body><article><h1>Fish pass opens at the old weir</h1>
<p>The authority published <a href="/media/map.png">a map of the weirs</a> that still
block the river's fish, and <img src="x.png" alt=""> plans to open two more.</p>
{_BODY}</article></body></html>"""
    lines, _ = _read(tmp_path, page)
    assert any("a map of the weirs" in line.text for line in lines)

"""A line opening with a dash set under a headline in the headline's type is the
release's attribution ("-Ministry of Works"), never its title: no title begins with a
dash. Made-up PDF written with the fixture builder of test_readers_pdf."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from tests.ingest.test_readers_pdf import body, make_layout_pdf


def heavy(text: str) -> list:
    return [(text, "bold", 10, 0)]


def test_a_dashed_attribution_under_the_headline_is_not_the_title(tmp_path: Path) -> None:
    page = [
        (400, 760, body("04.03.2021")),
        (120, 736, heavy("New bridge tolls will not rise this year")),
        (300, 718, heavy("-Ministry of Works and Highways")),
        (72, 694, body("The Ministry today confirmed that the tolls charged on the new")),
        (72, 682, body("bridges will stay at their present level until the end of the")),
        (72, 670, body("year, whatever the cost of maintenance turns out to be in the")),
        (72, 658, body("coming months, and that no new charge will be introduced.")),
    ]
    release = load_release(make_layout_pdf(tmp_path / "pr.pdf", [page]), suggest=False)
    assert release.title == "New bridge tolls will not rise this year"
    texts = [release.node_text(n) for n in release.nodes()]
    assert any(t.startswith("-Ministry of Works") for t in texts)

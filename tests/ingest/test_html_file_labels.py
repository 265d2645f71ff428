"""A download's format and size printed apart from the link (html_file_labels): the
site's label, never a line of the release. Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file
from briefing.ingest.web_chrome import is_site_line

_BODY = (
    "<h1>Harbour office opens a second quay</h1>"
    "<p>The harbour office opened its second quay on Monday, doubling the berths for "
    "ferries and cargo ships calling at the port through the summer season.</p>"
)


def _texts(tmp_path: Path, extra: str) -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><main>{_BODY}{extra}</main></body></html>", encoding="utf-8")
    return [line.text for line in read_file(path).lines]


def test_a_file_size_label_between_paragraphs_goes(tmp_path: Path) -> None:
    extra = (
        "<div class='download'><a href='/files/plan.pdf'>Quay plan</a>"
        "<span class='meta'>PDF | 1,2 MB</span></div>"
        "<p>The second quay takes ships of up to two hundred metres from next week.</p>"
    )
    texts = _texts(tmp_path, extra)
    assert "PDF | 1,2 MB" not in texts
    assert any(t.startswith("The second quay takes ships") for t in texts)


def test_a_sentence_naming_a_file_size_stays(tmp_path: Path) -> None:
    extra = "<p>The quay plan (PDF, 2 MB) is online for anyone to read.</p>"
    assert "The quay plan (PDF, 2 MB) is online for anyone to read." in _texts(tmp_path, extra)


def test_file_labels_in_pasted_text() -> None:
    for label in ("pdf (83,14 KB)", "PDF | 85,3 KB", "1,27 MB", "4.05MB", "（915KB）", "PDF"):
        assert is_site_line(label), label
    assert not is_site_line("12 MB of data were sent")

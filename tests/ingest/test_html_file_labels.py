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
    # (The span is inline: kept, it would run on the link's line, "Quay plan PDF | 1,2 MB".)
    assert not any("1,2 MB" in t for t in texts)
    assert any(t.startswith("The second quay takes ships") for t in texts)


def test_a_sentence_naming_a_file_size_stays(tmp_path: Path) -> None:
    extra = "<p>The quay plan (PDF, 2 MB) is online for anyone to read.</p>"
    assert "The quay plan (PDF, 2 MB) is online for anyone to read." in _texts(tmp_path, extra)


def test_a_figure_set_in_bold_inside_a_sentence_stays(tmp_path: Path) -> None:
    extra = (
        "<p>Every ferry crew gets <strong>10 GB</strong> of mobile data a month while "
        "the quay works go on, the harbour office said.</p>"
        "<p>The timetable is online as a file (<a href='/t.pdf'>PDF</a>) on the "
        "office's site, beside the berth map and the tariffs for the coming year.</p>"
    )
    texts = _texts(tmp_path, extra)
    assert any("gets 10 GB of mobile data" in t for t in texts)
    assert any("as a file (PDF) on the" in t for t in texts)


def test_a_table_of_data_volumes_keeps_its_cells(tmp_path: Path) -> None:
    extra = (
        "<table><tr><td>Basic</td><td>5 GB</td></tr><tr><td>Plus</td><td>20 GB</td></tr></table>"
    )
    texts = _texts(tmp_path, extra)
    assert any("5 GB" in t for t in texts) and any("20 GB" in t for t in texts)


def test_labels_beside_their_links_go(tmp_path: Path) -> None:
    extra = (
        "<ul><li><a href='/t.pdf'>Timetable</a> <small>(pdf, 300 KB)</small></li></ul>"
        "<div class='file'><div><a href='/m.pdf'>Berth map</a></div><div>1,27 MB</div></div>"
    )
    texts = _texts(tmp_path, extra)
    assert not any("300 KB" in t or "1,27 MB" in t for t in texts)


def test_file_labels_in_pasted_text() -> None:
    for label in ("pdf (83,14 KB)", "PDF | 85,3 KB", "1,27 MB", "4.05MB", "（915KB）", "PDF"):
        assert is_site_line(label), label
    assert not is_site_line("12 MB of data were sent")


def test_a_label_over_the_files_name_goes(tmp_path: Path) -> None:
    extra = (
        "<div class='item'><span class='kind'>PDF | 85,3 KB</span>"
        "<div><h4><a href='/files/cv.pdf'>Curriculum vitae</a></h4></div></div>"
    )
    assert not any("85,3 KB" in t for t in _texts(tmp_path, extra))

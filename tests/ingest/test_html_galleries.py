"""Photo galleries and carousels (html_galleries): a slider box of three pictures or
more goes with its slides' captions; a single picture's caption stays, and so does a
release set in a box its template names "slider". Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file

_BODY = (
    "<h1>Harbour office opens a second quay</h1>"
    "<p>The harbour office opened its second quay on Monday, doubling the berths for "
    "ferries and cargo ships calling at the port through the summer season.</p>"
    "<p>The works took two years and were paid for by the port's own reserves, the "
    "office said, and the old quay will be repaired over the coming winter.</p>"
)


def _slide(n: int) -> str:
    return (
        f"<figure class='slide'><img src='/photos/quay-{n}.jpg' alt=''>"
        f"<figcaption>Dock workers at the new quay, view {n}. Photo: Port office</figcaption>"
        "</figure>"
    )


def _texts(tmp_path: Path, extra: str) -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><main>{_BODY}{extra}</main></body></html>", encoding="utf-8")
    return [line.text for line in read_file(path).lines]


def test_a_gallery_of_several_pictures_goes(tmp_path: Path) -> None:
    gallery = "<div class='media-gallery swiper'>" + "".join(_slide(n) for n in range(4)) + "</div>"
    texts = _texts(tmp_path, gallery)
    assert not any("Dock workers" in t for t in texts)
    assert any(t.startswith("The works took two years") for t in texts)


def test_a_single_pictures_caption_stays(tmp_path: Path) -> None:
    single = "<div class='article-image-gallery'>" + _slide(1) + "</div>"
    assert any("Dock workers" in t for t in _texts(tmp_path, single))


def test_a_release_in_a_box_named_slider_stays(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    pictures = "".join(f"<img src='/photos/p{n}.jpg' alt=''>" for n in range(3))
    path.write_text(
        f"<html><body><div class='content-slider'>{_BODY}{pictures}</div></body></html>",
        encoding="utf-8",
    )
    texts = [line.text for line in read_file(path).lines]
    assert any(t.startswith("The harbour office opened") for t in texts)

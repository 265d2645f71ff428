"""A list of the release's own files (links that each open a file and name it) set after
the release in a box the site styles as a related panel is the release's text, one line a
file, its heading with it; a list of files named by format and size, or a call to
download, stays dropped, as do the same names linking to pages. Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.readers import read_file

_TEXT = """<main><h1>Harbour board meets on Tuesday</h1>
<p>The harbour board will meet on Tuesday in the old customs hall to decide on the new
quay, the ferry timetable and the budget for the coming year, and the public may attend.</p>
</main>"""

_FILES = (
    '<div class="news-related-files"><h4>Downloads</h4><ul>'
    '<li><a href="/files/Item%201%20Quay.pdf">Item 1 - New quay works</a></li>'
    '<li><a href="/files/Item%202%20Ferry.pdf">Item 2 - Ferry timetable change</a></li>'
    '<li><a href="/files/Item%203%20Budget.docx">Item 3 - Budget for next year</a></li>'
    "</ul></div>"
)


def _write(tmp_path: Path, tail: str) -> Path:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body>{_TEXT}{tail}</body></html>", encoding="utf-8")
    return path


def _lines(tmp_path: Path, tail: str) -> list[str]:
    return [line.text for line in read_file(_write(tmp_path, tail)).lines]


def test_the_release_s_own_files_after_its_text_are_kept_one_line_a_file(tmp_path: Path) -> None:
    texts = _lines(tmp_path, _FILES)
    assert "Downloads" in texts
    assert "Item 1 - New quay works" in texts
    assert "Item 3 - Budget for next year" in texts


def test_kept_files_survive_the_roles_as_the_release_s_text(tmp_path: Path) -> None:
    release = load_release(_write(tmp_path, _FILES))
    assert "Item 2 - Ferry timetable change" in release.text
    assert not any("Item 2 - Ferry" in r.text for r in release.removed)


def test_files_named_by_format_and_size_stay_dropped(tmp_path: Path) -> None:
    box = (
        '<div class="related"><ul>'
        '<li><a href="/files/a.pdf">001-004 (PDF - 90 KB)</a></li>'
        '<li><a href="/files/b.pdf">PDF file download (2 MB)</a></li></ul></div>'
    )
    texts = _lines(tmp_path, box)
    assert not any("001-004" in t or "download" in t for t in texts)


def test_the_same_names_linking_to_pages_stay_dropped(tmp_path: Path) -> None:
    texts = _lines(tmp_path, _FILES.replace(".pdf", ".html").replace(".docx", ".html"))
    assert "Item 1 - New quay works" not in texts


def test_dated_file_names_are_no_teasers_of_other_pages(tmp_path: Path) -> None:
    box = (
        '<div class="document-list">'
        '<div><a href="/files/notice.pdf">Notice of board meetings - March 4, 2025</a></div>'
        '<div><a href="/files/agenda.pdf">Finance committee agenda - March 4, 2025</a></div>'
        '<div><a href="/files/one.pdf">Item 1 - Quay works budget</a></div>'
        '<div><a href="/files/plan.pdf">Works committee agenda - March 4, 2025</a></div>'
        '<div><a href="/files/two.pdf">Item 2 - Ferry contract award</a></div></div>'
    )
    release = load_release(_write(tmp_path, box))
    assert "Item 2 - Ferry contract award" in release.text
    assert "Finance committee agenda - March 4, 2025" in release.text


def test_file_cards_among_the_site_s_page_teasers_stay_dropped(tmp_path: Path) -> None:
    # A sidebar's publications, each in its own card, beside a card linking to a page
    # ("All publications"): the row is the site's teasers, though each card alone names a file.
    box = (
        '<div class="related-links sidebar"><h2>Latest publications</h2><div class="cards">'
        '<div class="card"><a href="/files/yearbook.pdf">Harbour yearbook of the board</a></div>'
        '<div class="card"><a href="/files/plan.pdf">Plan for the northern quay</a></div>'
        '<div class="card"><a href="/publications">All publications of the board</a></div>'
        "</div></div>"
    )
    texts = _lines(tmp_path, box)
    assert "Harbour yearbook of the board" not in texts
    assert "Plan for the northern quay" not in texts
    # The release's own cards, none to a page, are kept as before.
    kept = _lines(
        tmp_path,
        box.replace(
            '<div class="card"><a href="/publications">All publications of the board</a></div>', ""
        ),
    )
    assert "Harbour yearbook of the board" in kept

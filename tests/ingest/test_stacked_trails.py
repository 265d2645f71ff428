"""A breadcrumb printed one step a line, as a page copied from a browser keeps it: the
page's headline comes after its last step, so no menu item above it is the title
(crumb_trails.stacked_trail_end)."""

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.crumb_trails import stacked_trail_end

_MENU = (
    "\n\n".join(
        [
            "Ministry of Foreign Affairs",
            "of the Republic of Examplia",
            "Font size:\nA\nA\nA",
            "Ru\nEn",
            "Ministry",
            "General Information",
            "About the Ministry",
            "Contact Information",
            "News",
            "Statements and Speeches",
            "Accreditation",
            "Online Form for Press Accreditation",
            "Publications",
            "Exports of Examplia",
            "Video",
        ]
    )
    + "\n\n"
)
_BODY = (
    "In response to the measures announced yesterday, the Ministry states that "
    "Examplia will answer in kind and at once.\n\n"
    "The corresponding decree will be signed as soon as possible.\n"
)


def test_separator_trail_end() -> None:
    texts = ["Menu", "Home /", "Press Service /", "Statements /", "The headline of the page"]
    assert stacked_trail_end(texts) == 3
    assert (
        stacked_trail_end(
            ["You are here:", "Home", "Service", "Archive", "A long headline of the page"]
        )
        == 3
    )
    assert stacked_trail_end(["Home", "About us", "Contact"]) is None


def test_title_after_separator_trail(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        _MENU
        + "Home /\n\nPress Service /\n\nStatements and Speeches /\n\n"
        + "Statement by the Ministry on measures against Examplia\n\n"
        + _BODY,
        encoding="utf-8",
    )
    assert load_release(path).title == "Statement by the Ministry on measures against Examplia"


def test_title_after_labelled_trail(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        _MENU
        + "Sie sind hier:\n\nStartseite\n\nService\n\nArchiv\n\n"
        + "Erinnerung an die Opfer der Beispielzeit\n\n"
        + _BODY,
        encoding="utf-8",
    )
    assert load_release(path).title == "Erinnerung an die Opfer der Beispielzeit"

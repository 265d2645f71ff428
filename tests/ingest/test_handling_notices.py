"""A release's handling notice ("FOR IMMEDIATE RELEASE") under a copied page's menu is
short like the menu's entries but is the release's own line: it stays in the text while
the menu round it goes. All text here is made up in the shape of real pages."""

from __future__ import annotations

from briefing.ingest.handling_notices import is_handling_notice
from briefing.ingest.pipeline import release_from_text

PAGE = "\n".join(
    [
        "HOME",
        "GET HELP",
        "REPORT A CRIME",
        "CONTACT US",
        "Skip to content",
        "FOR IMMEDIATE RELEASE",
        "Tuesday, April 8, 2031",
        "Bridge Inspector Charged With Taking Bribes From Three Contractors",
        "The county prosecutor today announced charges against a former bridge inspector"
        " who is accused of taking cash from contractors whose work he was meant to check.",
        "The inspector was arraigned this morning and released on bail until his next court"
        " date in June.",
    ]
)


def test_the_notice_under_a_menu_is_kept() -> None:
    release = release_from_text(PAGE)
    kept = release.text
    removed = [r.text for r in release.removed]
    assert "FOR IMMEDIATE RELEASE" not in removed
    assert "FOR IMMEDIATE RELEASE" in kept
    assert "REPORT A CRIME" in removed


def test_notice_forms() -> None:
    for line in (
        "For Immediate Release",
        "EMBARGOED UNTIL 10:00 GMT",
        "Pour diffusion immédiate",
        "Sperrfrist: 12 Uhr",
        "For release: 5 May 2031",
        "EMBARGO: 00:01 GMT, 5 May 2031",
        "Under embargo until Friday",
        "Check against delivery",
        "Es gilt das gesprochene Wort",
    ):
        assert is_handling_notice(line), line
    for line in ("Home", "Press releases", "Contact us", "Release notes", "Embargoes lifted"):
        assert not is_handling_notice(line), line

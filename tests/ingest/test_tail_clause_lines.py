"""Short lines after a release's last paragraph that end on a comma go on in the next
line (a verse quoted at a speech's end, a signer's office over the name): the release's
own text, never a run of the site's menu, which is still removed. Made-up pages."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text

SPEECH = [
    "Address by the President at the Assembly of River Towns",
    "",
    "Published 3 May 2031",
    "",
    "Ladies and gentlemen, the towns along the river have worked together for a long "
    "time, and they will go on doing so whatever the next years bring to the valley.",
    "",
    "Let me close with a few lines an old ferryman once wrote on the wall of his house, "
    "which say better than I can what we owe to one another:",
    "",
]
VERSE = [
    '"We row across at morning,',
    "",
    "We row back at night,",
    "",
    "And nobody is waiting,",
    "",
    "Who has not paid",
    "",
]
FOOTER = ["Share this page", "Print", "Home", "Speeches", "Press", "", "Imprint", "Privacy"]


def _kept_and_removed(lines: list[str]) -> tuple[str, str]:
    release = release_from_text("\n".join(lines))
    kept = "\n".join(release.node_text(node) for node in release.nodes())
    removed = "\n".join(entry.text for entry in release.removed)
    return kept, removed


def test_a_verse_of_short_lines_ending_on_commas_is_kept() -> None:
    kept, removed = _kept_and_removed([*SPEECH, *VERSE, *FOOTER])
    for line in VERSE:
        if line:
            assert line in kept
    assert "Privacy" in removed and "Speeches" in removed


def test_short_lines_without_commas_at_the_end_are_still_a_menu() -> None:
    menu = ["Our work", "", "Rivers", "", "Towns", "", "Ferries", ""]
    kept, removed = _kept_and_removed([*SPEECH, *menu, *FOOTER])
    assert "Ferries" in removed and "Ferries" not in kept

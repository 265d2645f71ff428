"""A site's menu printed twice in a page copied as text (the small-screen and the
large-screen menu; a text browser's dump with its glyphs) goes, both copies; a release's
own short lines printed once stay, and paged text is left to the page-furniture rules.
Made-up pages."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text
from briefing.ingest.repeated_menus import repeated_menu_lines

MENU = ["Startpage", "Our work", "Projects", "Members", "Events", "Press room", "Donate"]
STORY = [
    "",
    "Orchard network plants its thousandth tree",
    "",
    "The orchard network planted its thousandth fruit tree on Saturday, in a village "
    "garden where the first trees of the project stood ten years ago.",
    "",
    "Volunteers from twelve villages took part, and the network will now map the old "
    "varieties it has saved so that nurseries can graft them again.",
    "",
]


def test_a_menu_printed_twice_goes_both_times() -> None:
    glyphs = [f"  • {m}" for m in MENU] + [f"      □ {m}" for m in MENU]
    # (Between the headline and the text, where a page's head is left to the title rules.)
    release = release_from_text("\n".join([*STORY[:3], *glyphs, *STORY[2:]]))
    kept = "\n".join(release.node_text(node) for node in release.nodes())
    assert "Press room" not in kept
    assert "Orchard network plants its thousandth tree" in kept
    assert any(entry.text.strip().endswith("Donate") for entry in release.removed)


def test_lines_printed_once_or_a_short_repeat_stay() -> None:
    texts = [*MENU, "", "Other line", *MENU[:3]]
    assert repeated_menu_lines(texts) == []


def test_paged_text_is_left_alone() -> None:
    page = "\n".join([*MENU, *STORY])
    release = release_from_text(page + "\n\f" + page)
    removed = [entry.text for entry in release.removed if entry.kind == "navigation"]
    assert "Press room" not in removed

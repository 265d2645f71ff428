"""A web page copied as text that ends on the release's own list (the bodies invited to
a hearing, under a line naming them) keeps the list; the site's footer after it goes,
and so does a site box whose entries are printed twice (tabs over panes). Made-up pages."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text

HEAD = ["Skip to main content", "Home", "News", "About us", "Contact", ""]
STORY = [
    "Hearing on the new rules for river dredging",
    "",
    "Published 14 March 2031",
    "",
    "The Directorate invites comments on a proposal for new rules on the dredging of "
    "rivers and the disposal of the material taken up.",
    "",
    "The proposal would oblige larger dredging works to map the habitats downstream "
    "before the work starts, and to report on them afterwards.",
    "",
]
BODIES = [
    "Anglers Federation of the Lowlands",
    "Board of Inland Shipping",
    "Coastal Sediment Institute",
    "County of Westmark",
    "Dredging Contractors Union",
    "Freshwater Research Council",
    "Harbour of Lindholm",
    "Society for River Birds",
]
FOOTER = ["", "Contact", "Privacy", "Accessibility statement", "Cookies"]


def _kept_and_removed(lines: list[str]) -> tuple[str, str]:
    release = release_from_text("\n".join(lines))
    kept = "\n".join(release.node_text(node) for node in release.nodes())
    removed = "\n".join(entry.text for entry in release.removed)
    return kept, removed


def test_the_release_s_own_closing_list_is_kept() -> None:
    kept, removed = _kept_and_removed([*HEAD, *STORY, "Bodies invited", *BODIES, *FOOTER])
    for body in ["Bodies invited", *BODIES]:
        assert body in kept
    assert "Privacy" in removed and "Cookies" in removed


def test_a_site_box_printing_its_entries_twice_is_removed() -> None:
    regions = ["Asia", "Africa", "Americas", "Europe"]
    box = ["Our offices abroad", *regions, *regions, "Office in Northport", "Office in Eastvale"]
    kept, _removed = _kept_and_removed([*HEAD, *STORY, *box, *FOOTER])
    assert "Office in Northport" not in kept
    assert "Asia" not in kept

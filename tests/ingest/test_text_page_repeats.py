"""A running head repeated at page breaks in text that lost its form feeds (copied out
of a PDF viewer): taken when one copy stands inside a sentence the page break cut.
Repeated lines of the release's own stay. Made-up documents in the shape of real ones."""

from __future__ import annotations

import textwrap

from briefing.ingest import release_from_text

HEAD = "Examplia Ministry of Digital Affairs"
PROSE = (
    "The working group examined the proposals received from the regions and "
    "recommended that the ministry fund the projects that reach the most households"
)


def _page(n: int, cut: bool) -> str:
    body = " ".join(f"{PROSE} in round {n}." for _ in range(5))
    body += " And in particular the projects that" if cut else ""
    return textwrap.fill(body, 78)  # (hard-wrapped, as a PDF's lines are)


def _paragraph_texts(release) -> list[str]:
    return [
        " ".join(release.node_text(n).split()) for n in release.nodes() if n.kind == "paragraph"
    ]


def test_a_head_repeated_inside_a_cut_sentence_is_removed_and_the_sentence_joined():
    text = "\n".join(
        [
            HEAD,
            "Decree on the connected neighbours fund",
            "",
            _page(1, cut=True),
            "",
            "",
            HEAD,
            "serve schools in the hills and on the islands, where the networks are weakest",
            "and the families live furthest from the towns.",
            _page(2, cut=False),
            "",
            "",
            HEAD,
            "Article 3",
            _page(3, cut=False),
        ]
    )
    release = release_from_text(text)
    removed = [r.text for r in release.removed if r.kind == "page-furniture"]
    assert removed.count(HEAD) == 2, removed
    assert any(
        "the projects that serve schools in the hills" in t for t in _paragraph_texts(release)
    )


def test_a_line_repeated_between_sentences_only_stays():
    text = "\n".join(
        [
            "Decree on the connected neighbours fund",
            "",
            _page(1, cut=False),
            "",
            "Funding of the projects",
            _page(2, cut=False),
            "",
            "Funding of the projects",
            _page(3, cut=False),
        ]
    )
    release = release_from_text(text)
    assert not [r.text for r in release.removed if r.kind == "page-furniture"]


def test_a_short_line_wrapping_prose_twice_stays():
    # Hard-wrapped prose repeats a short wrapped line ("Examplia Federation") inside
    # sentences; no blank line sets it off, so it is no page's head.
    para = f"{PROSE} as decided by the President of the\nExamplia Federation\nand the government."
    text = "Decree on the fund\n\n" + "\n".join(para for _ in range(8))
    release = release_from_text(text)
    assert "Examplia Federation" not in [r.text for r in release.removed]

"""Bullet points run together on one line (run_in_bullets.py), as a parliamentary
library's archive of releases keeps them: each point after a clause's end, a wide gap or
another point is a unit of its own; a bullet between an address's fields is not.
Made-up text in the shape of real releases."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.model import Release

from .helpers import lost_words


def _points(release: Release) -> list[str]:
    return [
        " ".join(release.node_text(node).split()) for node in release.nodes() if node.label == "•"
    ]


RELEASE = """MEDIA RELEASE

Minister for Immigration

The review of settlement services released today found that: • There needed to be more proactive contract management and better reporting;  • Strategies were required to improve the measures supporting the program; and  • Better links were needed between the services and the wider community.

The Government will act on every finding of the review this year.

The new program includes:  • guidance for clients on pathways to employment,   • additional English language training after they finish the course  • a new e-learning option providing free access to extra tuition hours

Parliament House, Canberra  ACT  2600 • Telephone (02) 6277 7300 • Fax (02) 6273 4102
"""


def test_run_in_points_are_units() -> None:
    release = release_from_text(RELEASE)
    points = _points(release)
    assert [p.split()[:2] for p in points] == [
        ["There", "needed"],
        ["Strategies", "were"],
        ["Better", "links"],
        ["guidance", "for"],
        ["additional", "English"],
        ["a", "new"],
    ]
    assert not lost_words(RELEASE, release)


def test_the_lead_in_keeps_its_text() -> None:
    release = release_from_text(RELEASE)
    texts = [" ".join(release.node_text(n).split()) for n in release.nodes()]
    assert "The review of settlement services released today found that:" in texts


def test_an_address_line_keeps_its_bullets() -> None:
    release = release_from_text(RELEASE)
    assert not any(p.startswith(("Telephone", "Fax")) for p in _points(release))

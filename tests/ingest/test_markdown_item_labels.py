"""A Markdown bullet whose item prints its own number ("- 4.1.1Ensuring ...", "- (a) the
first ...", an HTML list converted to Markdown) is labelled by that number, and a bullet
with no text before a numbered list prints nothing (markdown_item_labels). Made-up
policies."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers.markdown_item_labels import printed_label_wins
from briefing.model import Node, Release
from tests.ingest.helpers import read_release

CONVERTED = """# Directive on Garden Tools

## 1\\. Effective date

- 1.1This directive takes effect on June 3, 2031.
- 1.2This directive replaces the following instruments:

  - Directive on Rakes (2020)
  - Directive on Spades (2021)

## 2\\. Requirements

- 2.1The manager is responsible for the following:

  - 2.1.1Keeping an inventory of the tools of the department; and
  - 2.1.2Replacing broken tools within a month.
"""

LETTERED = """# Rules of the Garden

- (a) The first rule applies to every member of the club.
- (b) The second rule applies to visitors and their guests.
"""

NESTED = """# Notice

- 1. The garden opens at eight in the morning every day.
- 2. The garden closes at sunset every day of the year.
"""


def _labels(release: Release) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []

    def walk(node: Node, depth: int) -> None:
        for child in node.children:
            listed = bool(child.label) and child.kind in ("item", "paragraph")
            if listed:
                found.append((child.label, depth))
            walk(child, depth + (1 if listed else 0))

    walk(release.root, 0)
    return found


def test_printed_number_outranks_the_bullet() -> None:
    assert printed_label_wins("-", "4.1.1Ensuring that the tools are kept")
    assert printed_label_wins("•", "(a) the first rule")
    assert not printed_label_wins("-", "Directive on Rakes (2020)")
    assert not printed_label_wins("1.", "(a) the first rule")


def test_converted_policy_keeps_its_numbers(tmp_path: Path) -> None:
    release = read_release(tmp_path, CONVERTED, "directive.md")
    assert _labels(release) == [
        ("1.1", 0),
        ("1.2", 0),
        ("-", 1),
        ("-", 1),
        ("2.1", 0),
        ("2.1.1", 1),
        ("2.1.2", 1),
    ]


def test_lettered_items_under_bullets(tmp_path: Path) -> None:
    release = read_release(tmp_path, LETTERED, "rules.md")
    assert [label for label, _ in _labels(release)] == ["(a)", "(b)"]


def test_empty_bullet_before_a_numbered_item_prints_nothing(tmp_path: Path) -> None:
    release = read_release(tmp_path, NESTED, "notice.md")
    assert [label for label, _ in _labels(release)] == ["1.", "2."]
    assert "-" not in release.text.split()


def test_article_designation_under_a_bullet_keeps_the_bullet() -> None:
    assert not printed_label_wins("-", "Article 2.- The club is dissolved.")

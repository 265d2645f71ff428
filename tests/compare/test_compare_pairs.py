"""Compare on pairs built from real statements: a paragraph inserted (the numbers after it
shift), one dropped, one moved, a few words changed. Every change is found, nothing else
is reported, and renumbered paragraphs are the same."""

from __future__ import annotations

import re

import pytest

from briefing.compare import compare_releases
from briefing.ingest import load_release, release_from_text
from tests.conftest import SHARED

# Real statements read in place: numbered (renumbering is exercised) and unnumbered.
SOURCES = [
    "corpus/more/33_unga_a-res-80-12-military-expenditures.txt",
    "corpus/more/14_asean-us_leaders-statement-aoip-2023-09-06.md",
    "corpus/15_uk-govuk_home-office-frank-press-release-2013.txt",
    "corpus/22_eu-parliament_georgia-self-proclaimed-authorities-2025-02.txt",
]
_LABEL = re.compile(r"^(\d+)\.(\s)")
_NOTE_MARK = re.compile(r"[a-z;:,.]\d{1,2}(?:\s|$)")  # "...Secretary-General;5": a footnote
INSERTED = ("The ministers also asked their officials to convene an open-ended meeting of "
            "experts before the next session and to report on its outcome")


def _is_numbered(blocks: list[str]) -> bool:
    return sum(1 for b in blocks if _LABEL.match(b)) >= 6


def _content_blocks(blocks: list[str]) -> list[int]:
    """Whole paragraphs of running text (twelve words or more, ending a sentence or clause,
    the next block not continuing them); in a numbered text, only numbered paragraphs (an
    unnumbered one there belongs to the paragraph before it)."""
    numbered = _is_numbered(blocks)

    def whole(i: int) -> bool:
        block = blocks[i]
        following = blocks[i + 1] if i + 1 < len(blocks) else ""
        return (len(block.split()) >= 12 and not block.startswith("---")
                and block.rstrip()[-1] in ".;:”\"" and not following[:1].islower()
                and (not numbered or _LABEL.match(block) is not None))

    # In an unnumbered text, the body before any numbered notes (notes to editors...).
    first_numbered = next((i for i, b in enumerate(blocks) if _LABEL.match(b)), len(blocks))
    end = len(blocks) if numbered else first_numbered
    return [i for i in range(end) if whole(i)]


def _renumber(blocks: list[str]) -> list[str]:
    number = 0
    out = []
    for block in blocks:
        match = _LABEL.match(block)
        if match:
            number += 1
            block = f"{number}.{match.group(2)}{block[match.end():]}"
        out.append(block)
    return out


def _edit(text: str) -> tuple[str, dict[str, str]]:
    """The new version, and the text of what was dropped, moved and changed."""
    blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", text)]
    content = _content_blocks(blocks)
    assert len(content) >= 6, "the source needs six paragraphs of text"
    ins, drop, change = content[1], content[2], content[3]
    # The moved paragraph carries no footnote marker (its note would stay behind).
    # Not the last: a closing line ("Adopted in ...") may hang from the last paragraph.
    move = next(i for i in reversed(content[4:-1]) if not _NOTE_MARK.search(blocks[i]))
    first = {"dropped": blocks[drop], "moved": blocks[move], "changed": blocks[change]}
    words = blocks[change].split(" ")
    words[3:5] = ["firmly", "and", "without", "delay"]  # a few words changed mid-paragraph
    blocks[change] = " ".join(words)
    numbered = _LABEL.match(blocks[ins]) is not None
    new = []
    for i, block in enumerate(blocks):
        if i in (drop, move):
            continue
        new.append(block)
        if i == ins:
            new.append(f"99. {INSERTED}." if numbered else f"{INSERTED}.")
        if i == content[0]:
            new.append(blocks[move])  # moved up, three or more places
    return "\n\n".join(_renumber(new)), first


@pytest.mark.parametrize("name", SOURCES)
def test_every_change_found_and_nothing_else(name, tmp_path):
    path = SHARED / name
    if not path.exists():
        pytest.skip("../shared corpus not present")
    text = path.read_text(encoding="utf-8")
    new_text, first = _edit(text)
    new_path = tmp_path / ("new" + path.suffix)
    new_path.write_text(new_text, encoding="utf-8")
    old, new = load_release(path), load_release(new_path)
    comparison = compare_releases(old, new)
    differences = comparison.differences
    by_status: dict[str, list] = {}
    for change in differences:
        by_status.setdefault(change.status, []).append(change)
    assert sorted(by_status) == ["added", "changed", "moved", "removed"], [
        (c.status, c.old_text[:60], c.new_text[:60]) for c in differences]
    assert all(len(v) == 1 for v in by_status.values()), [
        (c.status, c.similarity, c.old_text[:70], c.new_text[:70]) for c in differences]
    assert by_status["added"][0].new_text.startswith(INSERTED[:40])
    assert _words(by_status["removed"][0].old_text) in _words(first["dropped"])
    assert _words(by_status["moved"][0].new_text) in _words(first["moved"])
    changed = by_status["changed"][0]
    assert {e.new for e in changed.edits} & {"firmly and without delay"} or any(
        "firmly" in e.new for e in changed.edits)
    # Renumbered paragraphs: same (their labels differ, their text does not).
    renumbered = [c for c in comparison.changes
                  if c.status == "same" and c.old[0].label != c.new[0].label]
    if _is_numbered([b.strip("\n") for b in re.split(r"\n\s*\n", text)]):
        assert renumbered, "the insertion shifted numbers; those paragraphs are the same"
    assert not comparison.looks_unrelated


def _words(text: str) -> str:
    """The first words, without the paragraph's number or Markdown emphasis."""
    return " ".join(re.findall(r"\w+", _LABEL.sub("", text.strip()).casefold()))[:80]


def test_same_release_twice_has_no_changes(seed_path):
    release = load_release(seed_path)
    comparison = compare_releases(release, load_release(seed_path))
    assert comparison.differences == []
    assert comparison.matched_share == 1.0


def test_unrelated_releases_are_flagged():
    a = release_from_text("Fisheries\n\n1. Catches of cod fell in the northern zone.\n\n"
                          "2. Quotas for herring will be reviewed in spring.\n")
    b = release_from_text("Space\n\n1. The satellite reached orbit on Tuesday morning.\n\n"
                          "2. Engineers confirmed that all antennas unfolded.\n")
    comparison = compare_releases(a, b)
    assert comparison.looks_unrelated
    assert {c.status for c in comparison.changes} == {"added", "removed"}


def test_split_and_merge():
    old = release_from_text(
        "Joint statement of the trade ministers\n\n1. The ministers reviewed progress on the trade agreement and agreed "
        "to open talks on digital services before the end of the year.\n\n"
        "2. They welcomed the new fisheries board.\n\n3. They thanked the hosts.\n")
    new = release_from_text(
        "Joint statement of the trade ministers\n\n1. The ministers reviewed progress on the trade agreement.\n\n"
        "2. They agreed to open talks on digital services before the end of the year.\n\n"
        "3. They welcomed the new fisheries board. They thanked the hosts.\n")
    statuses = [c.status for c in compare_releases(old, new).changes]
    assert statuses == ["same", "split", "merged"], statuses


def test_stronger_and_weaker_wording():
    old = release_from_text("R\n\n1. Encourages States to ratify the Convention.\n\n"
                            "2. Demands that all parties cease fire.\n")
    new = release_from_text("R\n\n1. Strongly urges States to ratify the Convention.\n\n"
                            "2. Calls upon all parties to cease fire where possible.\n")
    changes = [c for c in compare_releases(old, new).changes if c.status == "changed"]
    assert [c.strength.direction for c in changes] == ["stronger", "weaker"]
    assert "encourages → urges" in changes[0].strength.why

"""Parts and turns of spokesperson briefings in plain text: a briefing numbered in parts
("1. Minister's Schedule" ... "2. Q&A") keeps its parts siblings; questions and answers
lettered with a bracket ("Q) ...", "A) ...") are turns, "A)" no list label; a Japanese
index of topics set "○" against kana ("○ハイチ", "○「密約」") lists every topic.
Made-up text in the shape of real briefings."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.patterns import match_label
from briefing.model import Release

BRIEFING = """Regular Briefing by Spokesperson Han Minsu
Date: Tuesday, March 9, 2099
Time: 10:30-10:41 A.M.

1. Minister's Schedule

At 9 A.M. today, the Minister delivered opening remarks at the forum on regional
cooperation held at the ministry's conference hall.

On March 10, the Minister will attend the cabinet meeting.

2. Q&A

Q) The neighbouring country launched a missile this morning. What is the ministry's
assessment of its intentions?

A) We will not analyse its intentions. Such actions violate the resolutions of the
Security Council, and we urge it to return to dialogue.

Q) Has the ministry seen any sign of further launches?

A) We have no information to confirm at this point.
"""


def _nodes(release: Release) -> list[tuple[str, str, int, dict[str, str]]]:
    found: list[tuple[str, str, int, dict[str, str]]] = []

    def walk(node, depth: int) -> None:
        for child in node.children:
            text = " ".join(f"{child.label} {release.node_text(child)}".split())
            found.append((child.kind, text, depth, child.attrs))
            walk(child, depth + 1)

    walk(release.root, 0)
    return found


def test_numbered_parts_are_siblings() -> None:
    heads = [(t, d) for k, t, d, _ in _nodes(release_from_text(BRIEFING)) if k == "heading"]
    assert heads == [("1. Minister's Schedule", 0), ("2. Q&A", 0)]


def test_bracketed_questions_and_answers_are_turns() -> None:
    nodes = _nodes(release_from_text(BRIEFING))
    turns = [(t[:2], d, a.get("speaker")) for k, t, d, a in nodes if t.startswith(("Q)", "A)"))]
    assert [speaker for _, _, speaker in turns] == ["Q", "A", "Q", "A"]
    assert len({depth for _, depth, _ in turns}) == 1  # no answer nests a question


def test_a_bracketed_letter_is_still_a_label_where_nobody_asks() -> None:
    minutes = """Minutes of the Monetary Policy Meeting

A) Recent developments in the economy

Members noted that the economy had continued to recover moderately.

B) Outlook for prices

Members agreed that inflation would stay close to the target.
"""
    nodes = _nodes(release_from_text(minutes))
    assert not any(a.get("speaker") for _, _, _, a in nodes)


def test_a_circle_set_against_kana_is_a_bullet() -> None:
    for line in ("○ハイチに対するPKO派遣", "○「密約」問題に関する調査", "○米軍再編問題"):
        found = match_label(line)
        assert found is not None and found.family == "bullet:○"
    assert match_label("○○さんの発言") is None

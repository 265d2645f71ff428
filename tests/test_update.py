"""Carrying work to a new version of a release: nodes matched by passage, never by id."""

from __future__ import annotations

from briefing.anchoring.versions import NodeMatcher, remap_citations
from briefing.model import Brief, BriefParagraph, Node, Release


def release(paragraphs: list[str | tuple[str, list[str]]], rid: str = "r1") -> Release:
    """Numbered paragraphs ("1. text"), optionally with "-" items; ids by reading order,
    as the importer gives them (so the same id can name other text in another version)."""
    parts, nodes, offset = [], [], 0
    for i, entry in enumerate(paragraphs, 1):
        text, items = (entry, []) if isinstance(entry, str) else entry
        line = f"{i}. {text}"
        node = Node(f"p{i}", "paragraph", f"{i}.", offset, offset + len(line), offset + 3)
        parts.append(line)
        offset += len(line) + 1
        for k, item in enumerate(items, 1):
            item_line = f"- {item}"
            node.children.append(
                Node(f"p{i}.{k}", "item", "-", offset, offset + len(item_line), offset + 2)
            )
            parts.append(item_line)
            offset += len(item_line) + 1
        node.end = offset - 1
        nodes.append(node)
    text = "\n".join(parts)
    return Release(rid, text, Node("root", "root", "", 0, len(text), 0, children=nodes))


OLD = [
    "The ministers met in Seoul on Monday.",
    "They agreed to strengthen cooperation on peacekeeping.",
    ("They discussed three topics:", ["maritime security", "climate finance"]),
    "The next meeting will be held in Ottawa.",
]


def brief_citing(*cites: tuple[str, str]) -> Brief:
    brief = Brief()
    brief.section("key_points").paragraphs = [
        BriefParagraph(f"Point {i}", cites=[cite]) for i, cite in enumerate(cites)
    ]
    return brief


def test_inserted_paragraph_moves_citations_to_the_same_text() -> None:
    old = release(OLD)
    new = release([OLD[0], "A new paragraph the ministry added.", *OLD[1:]])
    assert new.node_text(new.node("p2")) != old.node_text(old.node("p2"))  # same id, other text
    brief = brief_citing(("r1", "p2"), ("r1", "p4"), ("r1", "p3.2"))
    assert remap_citations(brief, old, new) == 0
    cites = [p.cites for p in brief.section("key_points").paragraphs]
    assert cites == [[("r1", "p3")], [("r1", "p5")], [("r1", "p4.2")]]


def test_reworded_paragraph_keeps_its_citation() -> None:
    old = release(OLD)
    reworded = [*OLD[:3], "The next meeting will be held in Ottawa in the spring."]
    new = release(reworded)
    assert NodeMatcher(old, new).match(old.node("p4")) is new.node("p4")
    brief = brief_citing(("r1", "p4"))
    assert remap_citations(brief, old, new) == 0
    assert brief.section("key_points").paragraphs[0].cites == [("r1", "p4")]


def test_citation_of_removed_text_is_dropped_and_counted_never_repointed() -> None:
    old = release(OLD)
    new = release([OLD[0], OLD[1], "An entirely different closing paragraph.", OLD[3]])
    brief = brief_citing(("r1", "p3"), ("r2", "p3"), ("r1", "p1"))
    brief.section("summary").paragraphs = [
        BriefParagraph("Both", cites=[("r1", "p1"), ("r1", "p3"), ("r1", "p1")])
    ]
    assert remap_citations(brief, old, new) == 2
    points = brief.section("key_points").paragraphs
    assert [p.cites for p in points] == [[], [("r2", "p3")], [("r1", "p1")]]
    assert [p.text for p in points] == ["Point 0", "Point 1", "Point 2"]  # text kept
    assert brief.section("summary").paragraphs[0].cites == [("r1", "p1")]


def test_item_matches_an_item_not_its_paragraph() -> None:
    old = release(OLD)
    new = release([OLD[0], *OLD[2:]])  # paragraph 2 removed: the items move up
    item = NodeMatcher(old, new).match(old.node("p3.1"))
    assert item is not None and item.kind == "item" and item.id == "p2.1"
    assert NodeMatcher(old, new).match(old.node("p2")) is None

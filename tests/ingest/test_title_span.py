"""The title's node holds the title shown and nothing more: a line read on as the
title's wrap but left out of the title (a byline, the issuer's name) is a node of its
own after it, so its words stay a unit of the outline. Made-up text."""

from __future__ import annotations

from briefing.ingest.outline_ids import assign_ids
from briefing.ingest.title_span import split_title_tail
from briefing.model import Node


def _head(lines: list[str]) -> tuple[Node, str, Node]:
    text = "\n\n".join([*lines, "The ministers met today and agreed on the plan."])
    root = Node("", "root", start=0, end=len(text))
    title_end = len("\n\n".join(lines))
    title = Node("", "title", start=0, end=title_end, body_start=0)
    body_start = title_end + 2
    body = Node("", "paragraph", start=body_start, end=len(text), body_start=body_start)
    root.children = [title, body]
    return root, text, title


def test_a_byline_left_out_of_the_title_is_a_node_of_its_own():
    root, text, title = _head(["Local elections in Examplia", "by Jane Example, John Sample"])
    assert split_title_tail(root, text, title, "Local elections in Examplia")
    assign_ids(root)
    kinds = [(n.kind, text[n.start : n.end]) for n in root.children]
    assert kinds[:2] == [
        ("title", "Local elections in Examplia"),
        ("note", "by Jane Example, John Sample"),
    ]


def test_a_title_wrapped_over_two_lines_stays_whole():
    root, text, title = _head(["Local elections in Examplia:", "a landslide for the opposition"])
    shown = "Local elections in Examplia: a landslide for the opposition"
    assert not split_title_tail(root, text, title, shown)
    assert [n.kind for n in root.children] == ["title", "paragraph"]
    assert text[title.start : title.end].endswith("opposition")


def test_a_line_of_the_title_s_block_left_out_of_the_title_is_a_node_of_its_own():
    root, text, title = _head(["Minutes of the Board (No. 4/2031)\n9 May 2031, Bank of Examplia"])
    assert split_title_tail(root, text, title, "Minutes of the Board (No. 4/2031)")
    assign_ids(root)
    kinds = [(n.kind, text[n.start : n.end]) for n in root.children]
    assert kinds[:2] == [
        ("title", "Minutes of the Board (No. 4/2031)"),
        ("note", "9 May 2031, Bank of Examplia"),
    ]


def test_a_title_broken_over_lines_in_one_block_stays_whole():
    root, text, title = _head(["Report on the dredging of the Lower Riv-\ner Examplia"])
    assert not split_title_tail(
        root, text, title, "Report on the dredging of the Lower River Examplia"
    )
    assert [n.kind for n in root.children] == ["title", "paragraph"]


def test_a_date_read_in_the_title_s_block_is_a_node_of_its_own():
    root, text, title = _head(["Local elections in Examplia\nWednesday 11 September 2019"])
    assert split_title_tail(root, text, title, "Local elections in Examplia")
    kinds = [(n.kind, text[n.start : n.end]) for n in root.children]
    assert kinds[:2] == [
        ("title", "Local elections in Examplia"),
        ("note", "Wednesday 11 September 2019"),
    ]


def test_a_title_wrapped_inside_its_block_stays_whole():
    root, text, title = _head(["Local elections in Examplia:\na landslide for the opposition"])
    shown = "Local elections in Examplia: a landslide for the opposition"
    assert not split_title_tail(root, text, title, shown)

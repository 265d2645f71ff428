"""An outline nested far deeper than any release (a crafted project): walking it, copying
it (the app's export takes a deep copy) and exporting a note from it never hit Python's
recursion limit (issue 14)."""

from __future__ import annotations

import copy
import sys

from briefing.export import ExportOptions, export_note
from briefing.model import Node, Project, Release, SourceInfo


def _deep_release(depth: int) -> Release:
    lines, parent, pos = [], Node("root", "root"), 0
    root = parent
    for i in range(depth):
        line = f"{i + 1}. Level {i} of a paragraph nested inside the one before."
        node = Node(
            f"p{i}", "paragraph", f"{i + 1}.", pos, pos + len(line), pos + len(f"{i + 1}. ")
        )
        node.include_in_brief = i < 5
        parent.children.append(node)
        parent = node
        lines.append(line)
        pos += len(line) + 2
    text = "\n\n".join(lines)
    root.end = len(text)
    return Release("r1", text, root, SourceInfo(path="deep.txt"), title="Deep outline")


def test_walk_and_deepcopy_past_the_recursion_limit():
    depth = sys.getrecursionlimit() * 3
    release = _deep_release(depth)
    assert sum(1 for _ in release.root.walk()) == depth + 1
    twin = copy.deepcopy(Project(releases=[release]))
    nodes = list(twin.releases[0].root.walk())
    assert len(nodes) == depth + 1 and nodes[-1].id == f"p{depth - 1}"
    assert nodes[1] is not release.root.children[0]


def test_a_note_exports_from_a_deep_outline(tmp_path):
    project = Project(releases=[_deep_release(400)])
    path = tmp_path / "note.docx"
    export_note(copy.deepcopy(project), path, ExportOptions(annex=False))
    assert path.stat().st_size > 0

"""Citations of release paragraphs: "(para 3)", "(para 2(a))", "(Annex B, paras 1, 4)".

A citation names the paragraph *as the release printed it*, so readers can find it in the
annex or in the original. Bullets ("-", "*", "□") are not paragraph numbers: an item cites
the numbered paragraph it belongs to.
"""

from __future__ import annotations

import re
import string

from briefing.model import Node, Project, Release

# Labels that mark an item but do not number it.
BULLETS = frozenset("-–—*•·○◦▪□■◇◆ㅇ※>")
_LABEL_TRIM = re.compile(r"^[(\[]+|[.)\]:]+$")


def annex_letter(index: int) -> str:
    """"A" for the first release, "B" for the second, ... "AA" after "Z"."""
    letters = string.ascii_uppercase
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = letters[rem] + name
    return name


def is_numbering(label: str) -> bool:
    """True for labels that number a paragraph ("1.", "(a)", "가.", "II"), not bullets."""
    label = label.strip()
    return bool(label) and not all(ch in BULLETS for ch in label)


def parent_map(release: Release) -> dict[str, Node]:
    """Node id -> parent node, for walking up from an item to its numbered paragraph."""
    parents: dict[str, Node] = {}
    for node in release.root.walk():
        for child in node.children:
            parents[child.id] = node
    return parents


def paragraph_number(release: Release, node_id: str, parents: dict[str, Node] | None = None) -> str:
    """The printed number of the paragraph holding ``node_id``: "3", "2(a)", or "" if none."""
    parents = parent_map(release) if parents is None else parents
    node = release.node(node_id)
    parts: list[str] = []
    while node is not None and node.kind != "root":
        if is_numbering(node.label):
            parts.append(_LABEL_TRIM.sub("", node.label.strip()))
        node = parents.get(node.id)
    if not parts:
        return ""
    parts.reverse()
    # "2" then "a" reads as "2(a)", the way drafters cite sub-paragraphs.
    return parts[0] + "".join(f"({p})" for p in parts[1:])


def cite_text(project: Project, cites: list[tuple[str, str]]) -> str:
    """The citation shown after a brief paragraph, or "" when nothing citable is cited."""
    by_release: dict[str, list[str]] = {}
    order: list[str] = []
    for release_id, node_id in cites:
        release = project.release(release_id)
        if release is None:
            continue
        number = paragraph_number(release, node_id)
        if not number:
            continue
        if release_id not in by_release:
            by_release[release_id] = []
            order.append(release_id)
        if number not in by_release[release_id]:
            by_release[release_id].append(number)
    if not order:
        return ""
    ids = [r.id for r in project.releases]
    groups = []
    for release_id in order:
        numbers = by_release[release_id]
        word = "para" if len(numbers) == 1 else "paras"
        text = f"{word} {', '.join(numbers)}"
        if len(ids) > 1:
            text = f"Annex {annex_letter(ids.index(release_id))}, {text}"
        groups.append(text)
    return f"({'; '.join(groups)})"

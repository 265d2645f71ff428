"""Problems a well-typed project can still have: dangling ids, spans outside the text."""

from __future__ import annotations

from briefing.model import Node, Project, Release


def consistency_problems(
    project: Project, *, anchors: bool = True, nodes: bool = True
) -> list[str]:
    """Problems a well-typed project can still have: dangling ids, spans outside the text.

    Opening tolerates them (nothing is dropped; the app shows them); ``briefing check``
    reports them as errors. ``anchors=False`` skips anchors that no longer fit their text
    (opening re-anchors those and reports the outcome itself). Orphaned annotations keep
    their old anchor on purpose and are not problems. ``nodes=False`` skips the outlines
    (opening passes it when decoding already checked their spans and ids).
    """
    problems: list[str] = []
    release_ids: dict[str, int] = {}
    for i, release in enumerate(project.releases):
        where = f"releases[{i}]"
        if release.id in release_ids:
            problems.append(
                f"{where}.id: {release.id!r} is also used by releases[{release_ids[release.id]}]"
            )
        release_ids.setdefault(release.id, i)
        if nodes:
            problems.extend(_node_problems(release, f"{where}.root"))
    seen: dict[str, int] = {}
    for i, a in enumerate(project.annotations):
        # Paths are formatted only for problems: a project has 10,000 annotations.
        if a.id in seen:
            problems.append(
                f"annotations[{i}].id: {a.id!r} is also used by annotations[{seen[a.id]}]"
            )
        else:
            seen[a.id] = i
        release_index = release_ids.get(a.release_id)
        if release_index is None:
            problems.append(f"annotations[{i}].release_id: no release has the id {a.release_id!r}")
            continue
        if a.orphaned or not anchors:
            continue
        where = f"annotations[{i}]"
        an = a.anchor
        text = project.releases[release_index].text
        if not 0 <= an.start <= an.end <= len(text):
            problems.append(
                f"{where}.anchor: span {an.start}-{an.end} lies outside the release text "
                f"(length {len(text)})"
            )
        elif text[an.start : an.end] != an.quote:
            problems.append(
                f"{where}.anchor: the quote no longer matches the text at {an.start}-{an.end}"
            )
    return problems


def _node_problems(release: Release, where: str) -> list[str]:
    # Opening a 35,000-node project: check quickly first, and only word the problems
    # (a path per node) when there are some.
    return _worded_node_problems(release, where) if _nodes_suspect(release) else []


def _nodes_suspect(release: Release) -> bool:
    length = len(release.text)
    seen: set[str] = set()
    stack: list[Node] = [release.root]
    while stack:
        node = stack.pop()
        if node.id in seen or not 0 <= node.start <= node.end <= length:
            return True
        seen.add(node.id)
        stack.extend(node.children)
    return False


def _worded_node_problems(release: Release, where: str) -> list[str]:
    problems: list[str] = []
    length = len(release.text)
    seen: set[str] = set()
    stack: list[tuple[Node, str]] = [(release.root, where)]
    while stack:
        node, path = stack.pop()
        if node.id in seen:
            problems.append(f"{path}.id: {node.id!r} is used by another node of this release")
        seen.add(node.id)
        if not 0 <= node.start <= node.end <= length:
            problems.append(
                f"{path}: span {node.start}-{node.end} lies outside the text (length {length})"
            )
        stack.extend((child, f"{path}.children[{i}]") for i, child in enumerate(node.children))
    return problems

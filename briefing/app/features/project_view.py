"""The per-project view state saved in the project file: selected node, open tab.

Stored in ``Project.view_state`` (a free-form dict the storage layer keeps as is), so a
project reopens where it was left. Unknown or stale entries are ignored on restore: a
node may be gone after a release update, and that must never stop a project opening.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.app.shell.parts import Parts


def capture_view_state(parts: Parts) -> dict[str, object]:
    """What the user is looking at: release, node, tab (by objectName) and cursor."""
    state: dict[str, object] = {}
    if parts.current is not None:
        state["release"], state["node"] = parts.current[0], parts.current[1]
    elif parts.ctrl.current_rid:
        state["release"] = parts.ctrl.current_rid
    tab = parts.tabs.currentWidget()
    if tab is not None:
        state["tab"] = tab.objectName() or parts.tabs.tabText(parts.tabs.currentIndex())
    return state


def restore_view_state(parts: Parts, state: dict[str, object]) -> None:
    """Select the saved node and tab; fall back to the first node when they are gone."""
    project = parts.project
    rid = state.get("release")
    nid = state.get("node")
    release = project.release(rid) if isinstance(rid, str) else None
    if release is None and project.releases:
        release, nid = project.releases[0], None
    if release is not None:
        if not (isinstance(nid, str) and release.node(nid)):
            nid = release.root.children[0].id if release.root.children else None
        parts.ctrl.show_release(release.id)
        parts.select_node(release.id, nid)
    tab = state.get("tab")
    if isinstance(tab, str):
        for i in range(parts.tabs.count()):
            widget = parts.tabs.widget(i)
            if tab in (widget.objectName(), parts.tabs.tabText(i)):
                parts.tabs.setCurrentIndex(i)
                break

"""The per-project view state saved in the project file: selected node, open tab.

Stored in ``Project.view_state`` (a free-form dict the storage layer keeps as is), so a
project reopens where it was left. Unknown or stale entries are ignored on restore: a
node may be gone after a release update, and that must never stop a project opening.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.app.main_window import MainWindow


def capture_view_state(window: MainWindow) -> dict[str, object]:
    """What the user is looking at: release, node, tab (by objectName) and cursor."""
    state: dict[str, object] = {}
    if window.current is not None:
        state["release"], state["node"] = window.current[0], window.current[1]
    elif window.ctrl.current_rid:
        state["release"] = window.ctrl.current_rid
    tab = window.tabs.currentWidget()
    if tab is not None:
        state["tab"] = tab.objectName() or window.tabs.tabText(window.tabs.currentIndex())
    return state


def restore_view_state(window: MainWindow, state: dict[str, object]) -> None:
    """Select the saved node and tab; fall back to the first node when they are gone."""
    project = window.project
    rid = state.get("release")
    nid = state.get("node")
    release = project.release(rid) if isinstance(rid, str) else None
    if release is None and project.releases:
        release, nid = project.releases[0], None
    if release is not None:
        if not (isinstance(nid, str) and release.node(nid)):
            nid = release.root.children[0].id if release.root.children else None
        window.ctrl.show_release(release.id)
        window.select_node(release.id, nid)
    tab = state.get("tab")
    if isinstance(tab, str):
        for i in range(window.tabs.count()):
            widget = window.tabs.widget(i)
            if tab in (widget.objectName(), window.tabs.tabText(i)):
                window.tabs.setCurrentIndex(i)
                break

"""Undoing an Import leaves no selection pointing at the release that went away."""

from __future__ import annotations

from .conftest import make_release


def test_undo_import_moves_the_selection_to_a_release_still_there(window, tmp_path):
    window.set_release(make_release(["First paragraph.", "Second paragraph."]))
    other = tmp_path / "other.txt"
    other.write_text("Other release\n\n1. One.\n\n2. Two.\n", encoding="utf-8")
    assert window.import_path(other)
    rid = window.project.releases[1].id
    assert window.current is not None and window.current[0] == rid
    window.actions["actionUndo"].trigger()
    assert [r.id for r in window.project.releases] == ["r1"]
    assert window.current is None or window.current[0] == "r1"
    # Everything that follows the selection keeps working (status line, inspector).
    window.update_node_status()
    window.actions["actionRedo"].trigger()
    assert [r.id for r in window.project.releases] == ["r1", rid]

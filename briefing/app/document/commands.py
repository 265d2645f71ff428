"""Undo commands. Each mutates the model through the :class:`Controller`, which emits
the signals views listen to; nothing here touches a widget."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from briefing.model import Annotation, Brief, Release

if TYPE_CHECKING:
    from briefing.app.document.controller import AnchorState, Controller
    from briefing.app.document.session import ReleaseSession

MERGE_SUMMARY = 1  # QUndoCommand.id(): typing in one summary merges into one step


class SetNodeField(QUndoCommand):
    """Set a node's ``summary``, ``tags`` or ``include_in_brief``."""

    def __init__(self, ctrl: Controller, rid: str, nid: str, field: str, value, text: str):
        super().__init__(text)
        self.ctrl, self.rid, self.nid, self.field = ctrl, rid, nid, field
        node = ctrl.node(rid, nid)
        self.old = copy.copy(getattr(node, field))
        self.new = copy.copy(value)

    def redo(self) -> None:
        self.ctrl.set_node_field(self.rid, self.nid, self.field, copy.copy(self.new))

    def undo(self) -> None:
        self.ctrl.set_node_field(self.rid, self.nid, self.field, copy.copy(self.old))

    def id(self) -> int:
        return MERGE_SUMMARY if self.field == "summary" else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetNodeField) or (other.rid, other.nid) != (self.rid, self.nid):
            return False
        self.new = other.new
        return True


class AddAnnotation(QUndoCommand):
    def __init__(self, ctrl: Controller, annotation: Annotation):
        super().__init__("Annotate")
        self.ctrl, self.annotation = ctrl, annotation

    def redo(self) -> None:
        self.ctrl.add_annotation(self.annotation)

    def undo(self) -> None:
        self.ctrl.remove_annotation(self.annotation.id)


class DeleteAnnotation(QUndoCommand):
    def __init__(self, ctrl: Controller, annotation: Annotation):
        super().__init__("Delete Annotation")
        self.ctrl, self.annotation = ctrl, annotation
        self.row = ctrl.project.annotations.index(annotation)

    def redo(self) -> None:
        self.ctrl.remove_annotation(self.annotation.id)

    def undo(self) -> None:
        self.ctrl.add_annotation(self.annotation, self.row)


class EditAnnotation(QUndoCommand):
    """Change an annotation's comment and tags."""

    def __init__(self, ctrl: Controller, annotation: Annotation, body: str, tags: list[str]):
        super().__init__("Edit Annotation")
        self.ctrl, self.ann_id = ctrl, annotation.id
        self.old = (annotation.body, list(annotation.tags))
        self.new = (body, list(tags))

    def redo(self) -> None:
        self.ctrl.update_annotation(self.ann_id, *self.new)

    def undo(self) -> None:
        self.ctrl.update_annotation(self.ann_id, *self.old)


class InsertRelease(QUndoCommand):
    def __init__(self, ctrl: Controller, release: Release, row: int):
        super().__init__(f"Import {release.title or release.id}")
        self.ctrl, self.release, self.row = ctrl, release, row

    def redo(self) -> None:
        self.ctrl.insert_release(self.row, self.release)

    def undo(self) -> None:
        self.ctrl.remove_release(self.row)


class SetTagNames(QUndoCommand):
    def __init__(self, ctrl: Controller, names: list[str]):
        super().__init__("Edit Tag List")
        self.ctrl, self.old, self.new = ctrl, list(ctrl.project.tag_names), list(names)

    def redo(self) -> None:
        self.ctrl.set_tag_names(list(self.new))

    def undo(self) -> None:
        self.ctrl.set_tag_names(list(self.old))


class SetBrief(QUndoCommand):
    """Replace the whole brief (header edits, body edits, re-drafting): a brief is small."""

    def __init__(self, ctrl: Controller, new: Brief, text: str, merge_key: int = -1):
        super().__init__(text)
        self.ctrl = ctrl
        self.old = copy.deepcopy(ctrl.project.brief)
        self.new = copy.deepcopy(new)
        self.merge_key = merge_key

    def redo(self) -> None:
        self.ctrl.set_brief(copy.deepcopy(self.new))

    def undo(self) -> None:
        self.ctrl.set_brief(copy.deepcopy(self.old))

    def id(self) -> int:
        return self.merge_key

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetBrief) or other.merge_key != self.merge_key:
            return False
        self.new = other.new
        return True


class ReplaceRelease(QUndoCommand):
    """Update Release: swap a release for its newer version, with the annotations'
    anchors, the summaries that lost their passage and the brief's citations (one step)."""

    def __init__(
        self,
        ctrl: Controller,
        row: int,
        new: Release,
        before: AnchorState,
        after: AnchorState,
        added: list[Annotation],
        brief: Brief,
    ) -> None:
        super().__init__(f"Update {new.title or new.id}")
        self.ctrl, self.row = ctrl, row
        self.old, self.new = ctrl.project.releases[row], new
        self.before, self.after, self.added = before, after, added
        # The brief with its citations as they were, and moved to the new version's nodes.
        self.brief_before, self.brief_after = copy.deepcopy(ctrl.project.brief), brief
        self.sessions: dict[int, ReleaseSession] = {id(self.old): ctrl.sessions[new.id]}

    def redo(self) -> None:
        self.ctrl.add_orphans(self.added)
        self.ctrl.swap_release(self.row, self.new, self.after, self.sessions)
        self.ctrl.set_brief(copy.deepcopy(self.brief_after))

    def undo(self) -> None:
        self.ctrl.drop_orphans(self.added)
        self.ctrl.swap_release(self.row, self.old, self.before, self.sessions)
        self.ctrl.set_brief(copy.deepcopy(self.brief_before))

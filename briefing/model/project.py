"""A project: releases, annotations, the brief and the view state, saved as one file."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.model.annotation import Annotation
from briefing.model.brief import Brief
from briefing.model.release import Release

FORMAT_NAME = "briefing-project"
FORMAT_VERSION = 2


@dataclass
class Project:
    releases: list[Release] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    brief: Brief = field(default_factory=Brief)
    tag_names: list[str] = field(
        default_factory=lambda: ["Key point", "Background", "Action", "Quote", "Ignore"]
    )
    created: str = ""
    modified: str = ""
    # The app's per-project view state (selected node, open tab, ...): plain JSON values.
    view_state: dict[str, object] = field(default_factory=dict)

    def release(self, release_id: str) -> Release | None:
        for release in self.releases:
            if release.id == release_id:
                return release
        return None

    def annotations_for(self, release_id: str) -> list[Annotation]:
        return [a for a in self.annotations if a.release_id == release_id]

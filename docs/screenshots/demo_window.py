"""Open the main window on the sample with a few annotations and summaries, for screenshots.

``/work/shared/tools/app-shot docs/screenshots/main-window.png 6 -- .venv/bin/python
docs/screenshots/demo_window.py``
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from briefing.app import commands, files
from briefing.app.main_window import MainWindow


def main() -> int:
    app = QApplication(sys.argv)
    window = MainWindow()
    window.resize(1280, 780)
    window.show()
    window.open_path(files.sample_path())
    ctrl, release = window.ctrl, window.project.releases[0]
    session = ctrl.session()
    text = release.text
    for needle, body, tags in (
        ("Busan", "Host city", ["Background"]),
        ("maritime security", "Core theme of the conference", ["Key point"]),
        ("pledge", "Follow up with the desk", ["Action"]),
    ):
        at = text.find(needle)
        if at >= 0:
            annotation = ctrl.new_annotation(release.id, session.omap.to_u16(at),
                                             session.omap.to_u16(at + len(needle)))
            annotation.body, annotation.tags = body, tags
            window.undo_stack.push(commands.AddAnnotation(ctrl, annotation))
    paragraphs = [n for n in release.nodes() if n.kind == "paragraph"][:3]
    for node, summary in zip(paragraphs, ("Conference opened; ministers attend.",
                                          "Host stresses maritime cooperation.",
                                          "Pledges expected at the close."), strict=False):
        window.undo_stack.push(commands.SetNodeField(ctrl, release.id, node.id, "summary",
                                                     summary, "Summary"))
        window.undo_stack.push(commands.SetNodeField(ctrl, release.id, node.id, "tags",
                                                     ["Key point"], "Tags"))
    window.tree.expandAll()
    if paragraphs:
        window.select_node(release.id, paragraphs[1].id)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

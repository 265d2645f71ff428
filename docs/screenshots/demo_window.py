"""Open the main window on the sample with annotations and summaries, for screenshots.

``/work/shared/tools/app-shot docs/screenshots/main-window.png 6 -- .venv/bin/python
docs/screenshots/demo_window.py``; with ``BRIEFING_DEMO_DARK=1`` the window uses
Fusion with a dark palette (what a dark system scheme gives), for
``main-window-dark.png``. Settings and autosaves go to a temporary folder, so a
developer's own layout never leaks into the pictures.
"""

from __future__ import annotations

import os
import sys
import tempfile

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from briefing.app.document import commands
from briefing.app.features import files
from briefing.app.shell.compose import build_window

# (text of the sample, comment, tags): every needle is real text of sample-release.txt.
ANNOTATIONS = (
    ("No single country can keep the sea lanes of the Indo-Pacific open on its own",
     "Strongest line of the speech — quote it in the key points", ["Quote"]),
    ("share its maritime domain awareness data", "New offer: ask the desk whether we join",
     ["Action"]),
    ("double its contribution to the regional search and rescue training fund",
     "Funding pledge; check the amount", ["Key point"]),
    ("Some 40 delegations attended the opening", "Attendance figure for the summary",
     ["Background"]),
    ("joint incident-reporting protocol", "Deadline end of 2027", ["Action"]),
    ("illegal, unreported and unregulated fishing", "IUU fishing: our priority too",
     ["Key point"]),
)
SUMMARIES = {  # paragraph label -> (summary, tags, include in brief)
    "1.": ("Conference opened in Busan; mayor and two ministers spoke.", ["Background"], False),
    "2.": ("Lee: no country can keep sea lanes open alone; Korea to share data.",
           ["Key point"], True),
    "3.": ("Choi: IUU fishing threatens food security; port-state checklist.",
           ["Key point"], True),
    "4.": ("Busan Declaration adopted: five principles for cooperation at sea.",
           ["Key point", "Action"], True),
    "5.": ("Working sessions on Nov. 25, then a joint press conference.", [], False),
}


def dark_palette() -> QPalette:
    """A dark palette like the platform theme gives when the system scheme is dark."""
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#25272b", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1c1d20", QPalette.ColorRole.AlternateBase: "#26282c",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#303236",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#303236",
        QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.PlaceholderText: "#8a8d93",
        QPalette.ColorRole.Mid: "#3a3c40", QPalette.ColorRole.Dark: "#151618",
        QPalette.ColorRole.Light: "#3c3f44", QPalette.ColorRole.Midlight: "#34363a",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        palette.setColor(disabled, role, QColor("#777a80"))
    return palette


def populate(window) -> None:
    """Annotate, summarise and tag the sample through the undo stack, as a user would."""
    ctrl, release = window.ctrl, window.project.releases[0]
    session = ctrl.session()
    text = release.text
    for needle, body, tags in ANNOTATIONS:
        at = text.find(needle)
        if at < 0:
            raise SystemExit(f"demo annotation not in the sample: {needle!r}")
        annotation = ctrl.new_annotation(release.id, session.omap.to_u16(at),
                                         session.omap.to_u16(at + len(needle)))
        annotation.body, annotation.tags = body, tags
        window.undo_stack.push(commands.AddAnnotation(ctrl, annotation))
    for node in release.nodes():
        if node.kind == "paragraph" and node.label in SUMMARIES:
            summary, tags, include = SUMMARIES[node.label]
            for field, value in (("summary", summary), ("tags", tags),
                                 ("include_in_brief", include)):
                window.undo_stack.push(commands.SetNodeField(ctrl, release.id, node.id, field,
                                                             value, field))


def main() -> int:
    state = tempfile.mkdtemp(prefix="briefing-demo-")
    os.environ.setdefault("BRIEFING_STATE_DIR", state)
    app = QApplication(sys.argv)
    if os.environ.get("BRIEFING_DEMO_DARK") == "1":
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    settings = QSettings(os.path.join(state, "demo.ini"), QSettings.Format.IniFormat)
    window = build_window(settings)
    window.setGeometry(0, 0, 1280, 800)
    window.show()
    window.open_path(files.sample_path())
    populate(window)
    window.tree.expandAll()
    release = window.project.releases[0]
    second = next(n for n in release.nodes() if n.kind == "paragraph" and n.label == "2.")
    window.select_node(release.id, second.id)
    # A collapsed cursor at the paragraph's start: its band and highlights show unselected.
    cursor = window.editor.textCursor()
    cursor.setPosition(cursor.selectionStart())
    window.editor.setTextCursor(cursor)
    window.annotation_panel.flush()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

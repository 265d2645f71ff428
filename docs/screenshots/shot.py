"""The main window in a chosen language and scheme, for main-{en,ko}-{light,dark}.png.

    BRIEFING_LANG=ko BRIEFING_DARK=1 /work/shared/tools/app-shot \\
        docs/screenshots/main-ko-light.png 6 -- .venv/bin/python docs/screenshots/shot.py

With ``env QT_SCALE_FACTOR=2`` before the Python command it shows the window at 200 %. ``BRIEFING_LANG`` is ``en`` (default) or ``ko``; ``BRIEFING_DARK=1``
uses the dark palette of ``demo_window``; ``BRIEFING_WELCOME=1`` shows the welcome page instead of
the annotated sample. The sample's own text and the demo's comments stay as written.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_window import dark_palette, populate

from briefing.app.features import files
from briefing.app.shell import i18n
from briefing.app.shell.compose import build_window


def main() -> int:
    state = tempfile.mkdtemp(prefix="briefing-shot-")
    os.environ.setdefault("BRIEFING_STATE_DIR", state)
    app = QApplication(sys.argv)
    if os.environ.get("BRIEFING_DARK") == "1":
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    i18n.set_language(os.environ.get("BRIEFING_LANG", "en"))
    settings = QSettings(os.path.join(state, "shot.ini"), QSettings.Format.IniFormat)
    window = build_window(settings)
    # The whole (virtual) screen, but never more than it has: at QT_SCALE_FACTOR=2 the
    # 1280×800 screen offers 640×400 logical pixels (200 % scaling).
    window.setGeometry(window.screen().availableGeometry().intersected(QRect(0, 0, 1280, 800)))
    window.show()
    if os.environ.get("BRIEFING_WELCOME") == "1":
        window.recent.add(str(files.sample_path()))
        window.welcome.show()
        return app.exec()
    window.open_path(files.sample_path())
    populate(window)
    window.tree.expandAll()
    release = window.project.releases[0]
    second = next(n for n in release.nodes() if n.kind == "paragraph" and n.label == "2.")
    window.select_node(release.id, second.id)
    cursor = window.editor.textCursor()
    cursor.setPosition(cursor.selectionStart())
    window.editor.setTextCursor(cursor)
    window.annotation_panel.flush()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

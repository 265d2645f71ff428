"""The first window loads only what it shows: drafting, comparing, exporting and printing
load when used (start-up time; developer guide, speed lessons)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

BUILD = """
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from briefing.app.shell.compose import build_window
window = build_window(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.show()
app.processEvents()
print(json.dumps(sorted(sys.modules)))
"""

NOT_AT_START = (
    "briefing.brief.compose",
    "briefing.compare",
    "briefing.export",
    "PySide6.QtPrintSupport",
    "uuid",
)


def test_first_window_does_not_load_drafting_comparing_or_printing(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", BUILD, str(tmp_path / "settings.ini")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "briefing.app.shell.main_window" in loaded  # (the window was built)
    assert not loaded.intersection(NOT_AT_START)


def test_brief_package_names_load_on_first_use() -> None:
    code = (
        "import sys; import briefing.brief as b; "
        "assert 'briefing.brief.compose' not in sys.modules; "
        "from briefing.brief import cite_text, draft_brief, paragraph_number, redraft; "
        "assert draft_brief.__module__ == 'briefing.brief.compose'; "
        "assert cite_text.__module__ == 'briefing.brief.cite'"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True, timeout=60)

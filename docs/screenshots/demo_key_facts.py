"""Open the sample with the Key facts panel and a suggested summary showing, for screenshots.

``/work/shared/tools/app-shot docs/screenshots/key-facts.png 6 -- .venv/bin/python
docs/screenshots/demo_key_facts.py``
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from briefing.app.features import files
from briefing.app.shell.compose import build_window


def main() -> int:
    app = QApplication(sys.argv)
    # Fresh settings: the first-run layout, not whatever was left on this machine.
    ini = Path(tempfile.mkdtemp(prefix="briefing-shot-"), "settings.ini")
    window = build_window(QSettings(str(ini), QSettings.Format.IniFormat))
    window.resize(1280, 780)
    window.show()
    window.open_path(files.sample_path())
    release = window.project.releases[0]
    window.tree.expandAll()

    def stage() -> None:
        facts = window.facts
        people = facts.view.tree.topLevelItem(0)
        for i in range(people.childCount()):
            if people.child(i).text(0) == "Lee Han-gyeol":
                facts.view.tree.setCurrentItem(people.child(i))
                people.child(i).setExpanded(True)
                facts.go_to(release.id, people.child(i).data(0, facts_role()))
        window.drafting.summaries.suggest()

    QTimer.singleShot(300, stage)
    return app.exec()


def facts_role():
    from briefing.app.panels.facts_panel import MentionRole

    return MentionRole


if __name__ == "__main__":
    sys.exit(main())

"""Start-up without a file: the sample on the first run, the welcome page afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing.app.features import files
from briefing.app.features.welcome_feature import SAMPLE, STARTUP_SETTING, WELCOME, startup_path
from tests.app.conftest import SAMPLE as SAMPLE_FILE


def test_first_run_opens_the_sample_then_welcome(settings):
    assert startup_path([], settings) == files.sample_path()
    assert settings.value(STARTUP_SETTING) == WELCOME
    assert startup_path([], settings) is None  # the welcome page
    assert startup_path(["--sample"], settings) == files.sample_path()
    assert startup_path([], settings, quick=True) == files.sample_path()  # the benchmark
    assert startup_path(["x.txt"], settings) == "x.txt"
    settings.setValue(STARTUP_SETTING, SAMPLE)  # Preferences: open the sample
    assert startup_path([], settings) == files.sample_path()


def test_welcome_page_opens_and_leaves(qtbot, window):
    window.recent.add(str(SAMPLE_FILE))
    window.actions["actionWelcome"].trigger()
    view = window.welcome.view
    assert window.tabs.currentWidget() is view
    assert view.releases.count() == 1 and view.projects.count() == 0
    qtbot.keyClick(view.releases, Qt.Key.Key_Return)  # activates the recent release
    assert window.files.reading.wait()
    assert window.project.releases
    assert window.tabs.indexOf(view) == -1  # gone once something is open
    assert window.tabs.currentWidget() is window.editor


def test_welcome_sample_button(qtbot, window):
    window.welcome.show()
    window.welcome.view.sample_button.click()
    assert window.files.reading.wait()
    assert window.project.releases[0].source.path.endswith("sample-release.txt")


def test_help_windows(qtbot, window):
    about = window.help.show_about()
    assert "Briefing" in about.label.text() and "MIT" in about.label.text()
    guide = window.help.show_guide()
    assert "user guide" in guide.browser.toPlainText().lower()
    prefs = window.help.show_preferences()
    prefs.author.setText("J. Kim")
    prefs.autosave.setValue(120)
    prefs.apply()
    assert window.settings.value("annotations/author") == "J. Kim"
    assert window.recovery.timer.interval() == 120_000


def test_bundled_user_guide_is_current():
    """resources/docs/user-guide.md ships in the wheel: copy docs/user-guide.md there."""
    from tests.app.conftest import REPO

    bundled = REPO / "resources" / "docs" / "user-guide.md"
    assert bundled.read_text(encoding="utf-8") == \
        (REPO / "docs" / "user-guide.md").read_text(encoding="utf-8"), \
        "cp docs/user-guide.md resources/docs/user-guide.md"

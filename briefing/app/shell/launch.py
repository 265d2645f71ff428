"""Starting the app: ``briefing``, ``briefing FILE`` or ``briefing --sample``.

Without a file the first run opens the bundled sample and later runs show the welcome
page (Preferences can keep the sample); ``--sample`` always opens it (``briefing.app.
welcome`` decides). The interface language is set before the window is built.

Start-up is kept light on purpose: only PySide6 and the app's own modules load
before the window shows; readers import their libraries when a format needs them.

``BRIEFING_QUIT_AFTER_SHOW=1`` quits as soon as the window is shown with its
release loaded and prints ``BRIEFING_SHOWN <epoch seconds>`` on stdout: the
start-up benchmark (benchmarks/bench_app_startup.py) times process start to that.
"""

from __future__ import annotations

import os
import sys
import time


def run_app(argv: list[str]) -> int:
    """Create the application and the window, open ``argv[0]``, the sample or welcome."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from briefing.app.features import welcome_feature as welcome
    from briefing.app.shell import i18n
    from briefing.app.shell.compose import build_window

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "briefing"])
    app.setApplicationName("Briefing")
    app.setOrganizationName("Briefing")
    app.setApplicationDisplayName("Briefing")
    app.setDesktopFileName("briefing")  # resources/desktop/briefing.desktop (Wayland app id)
    app.setWindowIcon(_app_icon())
    settings = QSettings("Briefing", "Briefing")
    i18n.set_language(i18n.language_setting(settings))
    window = build_window(settings)
    window.show()
    # Logout, `kill` or Ctrl+C: unsaved work goes to the recovery file, locks are freed.
    from briefing.app.shell import termination

    termination.install(app)
    quick = os.environ.get("BRIEFING_QUIT_AFTER_SHOW") == "1"
    # An unsaved session that crashed left an autosave: offer it before anything else.
    recovered = not quick and window.recovery.offer_untitled()
    path = None if recovered and not argv else welcome.startup_path(argv, settings, quick)
    if path is not None:
        window.files.open_path(path)  # read off the GUI thread; the window paints meanwhile
    elif not recovered:
        window.empty_state.refresh()  # nothing open: the welcome page alone
    if os.environ.get("BRIEFING_QUIT_AFTER_SHOW") == "1":
        def report() -> None:
            print(f"BRIEFING_SHOWN {time.time():.6f}", flush=True)
            app.quit()

        # Runs once the event loop has processed the show and the first paint.
        QTimer.singleShot(0, report)
    return app.exec()


def _app_icon():
    """Briefing's icon from the bundled PNGs (scripts/make_icons.py renders them)."""
    from PySide6.QtGui import QIcon

    from briefing.resources import resource_path

    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", f"briefing-{size}.png", must_exist=False)))
    return icon

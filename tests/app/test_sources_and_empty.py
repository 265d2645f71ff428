"""File › New Project, Close Project, Open URL and Paste as Release; with nothing open the
welcome page stands alone and the actions that need a release are disabled."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication, QDockWidget

from .conftest import make_release
from .test_annotate_and_summarise import PARAS

PAGE = (
    b"<html><head><title>Ministers agree on a plan</title></head><body><main>"
    b"<h1>Ministers agree on a plan</h1><p>4 December 2026</p>"
    b"<p>1. The ministers adopted a plan of action on maritime safety.</p>"
    b"<p>2. They will meet again in June to review its first results.</p></main></body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/statement.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _visible_tabs(window) -> list[str]:
    tabs = window.tabs
    return [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]


def test_close_project_leaves_the_welcome_page_alone(window, qtbot):
    window.set_release(make_release(PARAS))
    docks = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
    assert docks and window.actions["actionExportDocx"].isEnabled()
    assert window.sources.close_project()
    assert not window.project.releases
    assert _visible_tabs(window) == ["Welcome"]
    assert not any(d.isVisible() for d in window.findChildren(QDockWidget))
    for name in ("actionSave", "actionExportDocx", "actionDraftBrief", "actionCompare",
                 "actionAnnotate", "actionCloseProject"):
        assert not window.actions[name].isEnabled(), name
    for name in ("actionOpen", "actionOpenUrl", "actionPasteRelease", "actionNewProject"):
        assert window.actions[name].isEnabled(), name
    # A release opens: the panels come back as they were, the actions too.
    window.set_release(make_release(PARAS))
    assert "Welcome" not in _visible_tabs(window)
    assert all(d.isVisible() for d in docks)
    assert window.actions["actionSave"].isEnabled()
    assert window.actions["actionExportDocx"].isEnabled()


def test_new_project_asks_about_unsaved_changes(window, qtbot, answers):
    from .test_annotate_and_summarise import annotate

    window.set_release(make_release(PARAS))
    annotate(window, qtbot, "Le Drian", "name")
    answers.append("Cancel")
    assert not window.sources.new_project()
    assert window.project.releases  # kept
    answers.append("Discard")
    assert window.sources.new_project()
    assert not window.project.releases


def test_paste_as_release(window, qtbot):
    mime = QMimeData()
    mime.setText("Ministers agree\n\nThe ministers adopted a plan.")
    mime.setHtml("<h1>Ministers agree</h1><ol start='5'><li>The ministers adopted a plan.</li></ol>")
    QApplication.clipboard().setMimeData(mime)
    window.actions["actionPasteRelease"].trigger()
    release = window.project.releases[0]
    assert release.title == "Ministers agree"
    assert any(n.label == "5." for n in release.root.walk())


def test_paste_with_an_empty_clipboard_is_one_line(window, errors):
    QApplication.clipboard().setText("   ")
    window.actions["actionPasteRelease"].trigger()
    assert errors and "no text" in errors[0]


def test_open_url_downloads_off_the_gui_thread(window, qtbot, server, monkeypatch):
    monkeypatch.setattr(
        "briefing.app.features.sources_feature.ask_url", lambda _p: f"{server}/statement.html"
    )
    window.actions["actionOpenUrl"].trigger()
    qtbot.waitUntil(lambda: bool(window.project.releases), timeout=10000)
    release = window.project.releases[0]
    assert release.title == "Ministers agree on a plan"
    assert release.source.url == f"{server}/statement.html"


def test_open_url_failure_is_one_line(window, qtbot, server, errors):
    window.sources.open_url(f"{server}/missing.html")
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "404" in errors[0] and "missing.html" in errors[0]
    assert not window.project.releases

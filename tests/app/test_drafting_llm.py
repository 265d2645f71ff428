"""Optional language-model drafting: off by default (no socket opened), a fake
OpenAI-compatible server on 127.0.0.1, and the fall-back to the offline draft."""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import Qt

from briefing.analysis import suggest_summary
from briefing.app.features import files
from briefing.app.panels.llm_settings import DraftingSettingsDialog, load_llm_settings

MODEL_TEXT = "Minister Lee called for open sea lanes shared by all."


class FakeModel:
    """An OpenAI-compatible /v1/chat/completions on 127.0.0.1; ``delay`` slows answers."""

    def __init__(self, delay: float = 0.0) -> None:
        self.requests: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.requests.append({"path": self.path, "body": body,
                                       "auth": self.headers.get("Authorization")})
                time.sleep(delay)
                payload = json.dumps(
                    {"choices": [{"message": {"role": "assistant", "content": MODEL_TEXT}}]}
                ).encode()
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:
                    pass  # the client gave up (time-out test)

            def log_message(self, *_args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake_model():
    servers: list[FakeModel] = []

    def start(delay: float = 0.0) -> FakeModel:
        servers.append(FakeModel(delay))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def configure(window, url: str, timeout: float = 5.0) -> None:
    """Tools › Drafting Settings…, filled in and accepted as a user would."""
    window.actions["actionDraftingSettings"].trigger()
    dialog = window.findChild(DraftingSettingsDialog, "draftingSettingsDialog")
    assert dialog.isVisible()
    assert not dialog.enabled.isChecked()  # off until the user turns it on
    dialog.enabled.setChecked(True)
    dialog.url.setText(url)
    dialog.model.setText("tiny-test")
    dialog.api_key.setText("sk-test")
    dialog.timeout.setValue(timeout)
    dialog.accept()


def open_and_select(window):
    assert window.open_path(files.sample_path())
    release = window.project.releases[0]
    node = next(n for n in release.nodes() if n.kind == "paragraph" and n.label == "2.")
    window.select_node(release.id, node.id)
    return release, node


def click_suggest(window, qtbot):
    panel = window.drafting.summaries.panel
    qtbot.mouseClick(window.drafting.summaries.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.suggestion is not None, timeout=10000)
    return panel


def test_no_endpoint_means_no_socket(window, qtbot, monkeypatch):
    assert load_llm_settings(window.settings) is None  # off by default

    def refuse(*_args, **_kwargs):
        raise AssertionError("a socket was opened without a configured endpoint")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    release, node = open_and_select(window)
    panel = click_suggest(window, qtbot)
    assert panel.suggestion.method != "llm"
    assert panel.text.text() == suggest_summary(release, node).text
    window.drafting.bottom_line.suggest()
    qtbot.waitUntil(lambda: window.drafting.bottom_line.panel.suggestion is not None)
    assert "offline" in window.drafting.bottom_line.panel.label.text()


def test_enabled_without_url_stays_offline(window, qtbot):
    window.settings.setValue("drafting/llmEnabled", True)
    assert load_llm_settings(window.settings) is None
    open_and_select(window)
    assert "offline" in click_suggest(window, qtbot).label.text()


def test_language_model_draft_is_labelled_and_accepted(window, qtbot, fake_model):
    server = fake_model()
    configure(window, server.url)
    _release, node = open_and_select(window)
    panel = click_suggest(window, qtbot)
    assert panel.text.text() == MODEL_TEXT
    label = panel.label.text()
    assert "language model" in label and "127.0.0.1" in label and "check before use" in label
    sent = server.requests[0]
    assert sent["path"] == "/v1/chat/completions"
    assert sent["body"]["model"] == "tiny-test" and sent["auth"] == "Bearer sk-test"
    assert "No single country" in sent["body"]["messages"][-1]["content"]
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert node.summary == MODEL_TEXT
    window.actions["actionUndo"].trigger()
    assert node.summary == ""


def test_time_out_falls_back_to_the_offline_draft(window, qtbot, fake_model):
    server = fake_model(delay=3.0)
    configure(window, server.url, timeout=1.0)
    release, node = open_and_select(window)
    panel = click_suggest(window, qtbot)
    assert panel.label.text() == "Suggested draft (offline, extractive)"
    assert panel.text.text() == suggest_summary(release, node).text
    message = window.statusBar().currentMessage()
    assert "Language model unavailable" in message and "1 s" in message


def test_unreachable_server_falls_back(window, qtbot):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    configure(window, f"http://127.0.0.1:{port}/v1", timeout=2.0)
    open_and_select(window)
    panel = click_suggest(window, qtbot)
    assert "offline" in panel.label.text()
    assert "Language model unavailable" in window.statusBar().currentMessage()

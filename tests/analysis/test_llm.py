import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from briefing.analysis import (
    LLMError,
    LLMSettings,
    bottom_line,
    key_facts,
    llm_summary,
    split_sentences,
    suggest_summary,
)
from briefing.ingest import load_release


class _Handler(BaseHTTPRequestHandler):
    received: ClassVar[list] = []
    delay = 0.0
    status = 200

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).received.append((self.path, dict(self.headers), body))
        time.sleep(type(self).delay)
        answer = {"choices": [{"message": {"role": "assistant", "content": " A model draft. "}}]}
        data = json.dumps(answer).encode()
        self.send_response(type(self).status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # the timeout test hangs up on purpose: no broken-pipe trace


@pytest.fixture
def fake_server():
    _Handler.received, _Handler.delay, _Handler.status = [], 0.0, 200
    server = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_draft_from_fake_server(fake_server, seed_path):
    release = load_release(seed_path)
    settings = LLMSettings(url=fake_server + "/v1", model="tiny", api_key="k", timeout=5)
    draft = llm_summary(release, settings)
    assert draft.text == "A model draft." and draft.method == "llm"
    assert "language model" in draft.label and "tiny" in draft.label
    path, headers, body = _Handler.received[0]
    assert path == "/v1/chat/completions" and headers["Authorization"] == "Bearer k"
    assert body["model"] == "tiny" and "Ministerial" in body["messages"][-1]["content"]


def test_timeout_and_http_errors_become_llm_error(fake_server, seed_path):
    release = load_release(seed_path)
    _Handler.delay = 1.0
    with pytest.raises(LLMError, match="did not answer"):
        llm_summary(release, LLMSettings(url=fake_server, timeout=0.2))
    _Handler.delay, _Handler.status = 0.0, 500
    with pytest.raises(LLMError, match="HTTP 500"):
        llm_summary(release, LLMSettings(url=fake_server, timeout=5))


def test_unreachable_and_unconfigured(seed_path):
    release = load_release(seed_path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    with pytest.raises(LLMError, match="cannot reach"):
        llm_summary(release, LLMSettings(url=f"http://127.0.0.1:{port}", timeout=2))
    assert not LLMSettings().enabled
    with pytest.raises(LLMError, match="no language-model endpoint"):
        llm_summary(release, LLMSettings())


def test_no_network_without_configuration(seed_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    release = load_release(seed_path)
    bottom_line(release)
    for node in release.nodes():
        suggest_summary(release, node)
    key_facts(release)
    split_sentences(release.text, release.language)
    with pytest.raises(LLMError):
        llm_summary(release, LLMSettings())  # off: refuses before touching the network


class _Redirector(BaseHTTPRequestHandler):
    target = ""

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(302)
        self.send_header("Location", type(self).target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_a_redirect_is_not_followed_and_the_key_goes_nowhere(fake_server, seed_path):
    """A redirect to another server: neither the key nor the text is sent on."""
    _Redirector.target = fake_server + "/v1/chat/completions"
    server = _QuietServer(("127.0.0.1", 0), _Redirector)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        settings = LLMSettings(url=f"http://127.0.0.1:{server.server_address[1]}",
                               api_key="secret-key", timeout=5)
        with pytest.raises(LLMError, match=r"redirected to http://127\.0\.0\.1"):
            llm_summary(load_release(seed_path), settings)
    finally:
        server.shutdown()
        server.server_close()
    assert _Handler.received == []

"""Open a release from a web address, against a local HTTP server started by the test:
a page opens with its bytes kept; a page over the cap, a redirect loop, a non-release
response and a dead server each give one clear line naming the address."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from briefing.ingest import fetch
from briefing.ingest.errors import ReleaseReadError

PAGE = (
    b"<html><head><title>Minister welcomes agreement</title></head><body><main>"
    b"<h1>Minister welcomes agreement</h1><p>4 December 2026</p>"
    b"<p>1. The Minister today welcomed the agreement reached by the two delegations.</p>"
    b"<p>2. Both sides will meet again in the new year to review progress.</p>"
    b"</main></body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        routes = {
            "/release.html": (200, "text/html; charset=utf-8", PAGE),
            "/notes.txt": (200, "text/plain", b"Statement\n\nThe talks ended today."),
            "/picture.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
            "/empty": (200, "text/html", b""),
            "/missing": (404, "text/html", b"not here"),
        }
        if self.path == "/loop":
            self._redirect("/loop")
        elif self.path == "/moved":
            self._redirect("/release.html")
        elif self.path == "/to-file":
            self._redirect("file:///etc/passwd")
        elif self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the cap is checked while reading
            try:
                for _ in range(40):
                    self.wfile.write(b"<p>" + b"x" * 65536 + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading at its cap, as it should
        elif self.path in routes:
            code, kind, body = routes[self.path]
            self.send_response(code)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def _redirect(self, target: str) -> None:
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_page_opens_as_a_release_with_its_bytes_kept(server: str) -> None:
    release = fetch.load_url(f"{server}/moved", suggest=False)
    assert release.title == "Minister welcomes agreement"
    assert [n.label for n in release.root.walk() if n.label][:2] == ["1.", "2."]
    assert release.source.url == f"{server}/release.html"  # after the redirect
    assert release.source.path == "release.html"
    assert release.source.original == PAGE


def test_plain_text_by_content_type(server: str) -> None:
    got = fetch.download(f"{server}/notes.txt")
    assert got.suffix == ".txt" and got.data.startswith(b"Statement")


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/big", "Briefing reads releases up to 1 MB"),
        ("/loop", "too many redirects"),
        ("/picture.png", "image/png, not a release"),
        ("/missing", "the server answered 404"),
        ("/empty", "empty page"),
        ("/to-file", "redirected to a file address"),
    ],
)
def test_refusals_are_one_line_naming_the_address(server: str, path: str, reason: str) -> None:
    with pytest.raises(ReleaseReadError) as caught:
        fetch.download(f"{server}{path}", max_bytes=2**20)
    message = str(caught.value)
    assert reason in message and f"{server}{path}" in message and "\n" not in message


def test_a_dead_server_is_one_line() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ReleaseReadError, match=r"cannot reach 127\.0\.0\.1"):
        fetch.download(f"http://127.0.0.1:{port}/x.html", timeout=2)


def test_a_server_that_never_answers_times_out() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)  # accepts the connection, never answers
    try:
        port = listener.getsockname()[1]
        with pytest.raises(ReleaseReadError, match=r"no answer from the server within 0\.5 s"):
            fetch.download(f"http://127.0.0.1:{port}/x.html", timeout=0.5)
    finally:
        listener.close()


@pytest.mark.parametrize(
    "address", ["file:///etc/passwd", "ftp://host/x", "javascript:alert(1)", "", "http://"]
)
def test_only_web_addresses(address: str) -> None:
    with pytest.raises(ReleaseReadError, match="not a web address"):
        fetch.check_url(address)

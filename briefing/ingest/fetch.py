"""Open a release from a web address: bounded download, then the normal readers.

Releases live on web pages, so users paste addresses. A download is untrusted input like
any file, and a network can stall, so every dimension is bounded: http(s) only, a timeout
per read and an overall deadline, a size cap checked while reading (a server may lie in
Content-Length or send none), a redirect limit (loops end), and redirects only to http(s).
The bytes received are kept as the release's original, as for a file.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from briefing.ingest.errors import ReleaseReadError
from briefing.ingest.readers.limits import MAX_BYTES
from briefing.model import Release

TIMEOUT_S = 15.0  # per connect/read: a server that says nothing for this long is gone
DEADLINE_S = 60.0  # the whole download
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_USER_AGENT = "Briefing (release reader)"

# Content types a release comes as, and the reader (by suffix) each goes to.
_SUFFIX_BY_TYPE = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/x-markdown": ".md",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}
# Servers often send files as a generic type; the address or the first bytes then decide.
_GENERIC_TYPES = {"", "application/octet-stream", "binary/octet-stream", "application/download"}


@dataclass(frozen=True, slots=True)
class Download:
    url: str  # where the bytes came from, after redirects
    data: bytes
    suffix: str  # the reader it goes to: ".html", ".pdf", ...
    name: str  # a file name for the window and the project ("statement.html")


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    """Follows at most MAX_REDIRECTS redirects, and only to http(s) addresses: a redirect
    to file:// or ftp:// would read what the user never asked for."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        scheme = urllib.parse.urlsplit(newurl).scheme.lower()
        if scheme not in ("http", "https"):
            raise urllib.error.URLError(f"redirected to a {scheme or 'relative'} address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def check_url(url: str) -> str:
    """The address, trimmed, if it is an http(s) URL with a host; else ReleaseReadError."""
    url = url.strip()
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ReleaseReadError(url or "address", "not a web address (http:// or https://)")
    return url


def download(url: str, max_bytes: int = MAX_BYTES, timeout: float = TIMEOUT_S) -> Download:
    """Fetch ``url`` within the bounds above; any failure is one ReleaseReadError line."""
    url = check_url(url)
    opener = urllib.request.build_opener(_LimitedRedirects)
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    started = time.monotonic()
    try:
        with opener.open(request, timeout=timeout) as response:
            final = response.geturl()
            content_type = response.headers.get_content_type() or ""
            if not response.headers.get("Content-Type"):
                content_type = ""
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise ReleaseReadError(url, _too_big(int(declared), max_bytes))
            data = _read_bounded(response, url, max_bytes, started)
    except ReleaseReadError:
        raise
    except urllib.error.HTTPError as error:
        if 300 <= error.code < 400:
            target = error.headers.get("Location", "") if error.headers else ""
            scheme = urllib.parse.urlsplit(target).scheme.lower()
            if scheme not in ("http", "https", ""):
                raise ReleaseReadError(url, f"redirected to a {scheme} address") from None
            raise ReleaseReadError(
                url, f"too many redirects (more than {MAX_REDIRECTS}: a redirect loop?)"
            ) from None
        raise ReleaseReadError(url, f"the server answered {error.code} {error.reason}") from None
    except (TimeoutError, OSError, urllib.error.URLError) as error:
        raise ReleaseReadError(url, _network_reason(error, url, timeout)) from None
    except ValueError as error:  # a malformed address urllib only notices late
        raise ReleaseReadError(url, f"not a valid web address ({error})") from None
    if not data:
        raise ReleaseReadError(url, "the server sent an empty page")
    suffix = _suffix_for(content_type, final, data)
    if suffix is None:
        raise ReleaseReadError(
            url,
            f"the address gives {content_type or 'an unknown type'}, not a release "
            "(Briefing reads web pages, text, Markdown, Word and PDF)",
        )
    return Download(final, data, suffix, _file_name(final, suffix))


def load_url(url: str, release_id: str = "r1", suggest: bool = True) -> Release:
    """Download ``url`` and read it as a release; its bytes are kept as the original."""
    from briefing.ingest.pipeline import load_release

    got = download(url)
    with tempfile.TemporaryDirectory(prefix="briefing-url-") as folder:
        path = Path(folder) / got.name
        path.write_bytes(got.data)
        try:
            release = load_release(path, release_id, suggest=suggest, keep_original=True)
        except ReleaseReadError as error:
            raise ReleaseReadError(got.url, error.reason) from None
    release.source.path = got.name
    release.source.url = got.url
    release.source.sha256 = hashlib.sha256(got.data).hexdigest()
    return release


def _read_bounded(response, url: str, max_bytes: int, started: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() - started > DEADLINE_S:
            raise ReleaseReadError(url, f"the download took longer than {DEADLINE_S:g} s")
        chunk = response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise ReleaseReadError(url, _too_big(size, max_bytes, more=True))
        chunks.append(chunk)


def _too_big(size: int, max_bytes: int, more: bool = False) -> str:
    shown = f"more than {max_bytes / 2**20:.0f} MB" if more else f"{size / 2**20:.1f} MB"
    return f"the page is {shown}; Briefing reads releases up to {max_bytes // 2**20} MB"


def _network_reason(error: BaseException, url: str, timeout: float) -> str:
    reason = getattr(error, "reason", error)
    if isinstance(reason, TimeoutError) or "timed out" in str(reason):
        return f"no answer from the server within {timeout:g} s"
    host = urllib.parse.urlsplit(url).hostname or url
    text = getattr(reason, "strerror", None) or str(reason)
    return f"cannot reach {host} ({text})"


def _suffix_for(content_type: str, url: str, data: bytes) -> str | None:
    content_type = content_type.lower()
    if content_type in _SUFFIX_BY_TYPE:
        return _SUFFIX_BY_TYPE[content_type]
    if content_type not in _GENERIC_TYPES:
        return None
    if data.startswith(b"%PDF"):
        return ".pdf"
    path_suffix = Path(urllib.parse.urlsplit(url).path).suffix.lower()
    from briefing.ingest.formats import format_for

    if format_for(path_suffix) is not None:
        return path_suffix
    return None


def _file_name(url: str, suffix: str) -> str:
    """A readable file name from the address: its last path segment, or the host."""
    parts = urllib.parse.urlsplit(url)
    stem = Path(urllib.parse.unquote(parts.path)).stem or parts.hostname or "release"
    stem = re.sub(r"[^\w.-]+", "-", stem).strip("-.")[:80] or "release"
    return stem + suffix

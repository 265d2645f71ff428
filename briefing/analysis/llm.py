"""Optional drafting by a language model behind an OpenAI-compatible HTTP endpoint.

Off by default: nothing here opens a connection unless the user configured a URL
(``LLMSettings.enabled``). Only the standard library is used (urllib), every call has a
timeout, and every failure -- refused connection, timeout, HTTP error, odd JSON --
becomes one ``LLMError`` with a message fit for a status bar. Drafts it returns are
labelled so the user always sees that a model, not the offline method, wrote them.
"""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass

from briefing.analysis.summarise import SummarySuggestion, candidate_sentences
from briefing.model import Node, Release

LLM_LABEL = "Suggested draft (language model: {model} at {host})"
_SYSTEM = (
    "You draft briefing notes for diplomats. Summarise the text you are given in plain, "
    "neutral English sentences, using only facts stated in it. No preamble."
)


class LLMError(RuntimeError):
    """The endpoint could not give a draft (unset, unreachable, slow, or malformed)."""


@dataclass(frozen=True)
class LLMSettings:
    """Where the model lives. ``url`` is the server's base (".../v1" or the full
    ".../v1/chat/completions"); empty means the feature is off."""

    url: str = ""
    model: str = ""
    api_key: str = ""
    timeout: float = 20.0
    max_tokens: int = 300

    @property
    def enabled(self) -> bool:
        return bool(self.url.strip())

    @property
    def endpoint(self) -> str:
        url = self.url.strip().rstrip("/")
        if url.endswith("/chat/completions"):
            return url
        if not url.endswith("/v1"):
            url += "/v1"
        return url + "/chat/completions"

    @property
    def label(self) -> str:
        host = urllib.request.urlparse(self.endpoint).netloc or self.endpoint
        return LLM_LABEL.format(model=self.model or "default model", host=host)


class _Redirected(urllib.error.URLError):
    def __init__(self, target: str) -> None:
        super().__init__(f"redirected to {target}")
        self.target = target


class _RefuseRedirects(urllib.request.HTTPRedirectHandler):
    """An API endpoint has no reason to redirect a POST: following one would send the
    prompt (the release's text) to another server, and urllib would turn it into a GET.
    The user is told where it pointed instead."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        raise _Redirected(newurl)


_OPENER = urllib.request.build_opener(_RefuseRedirects)


def chat(settings: LLMSettings, messages: list[dict[str, str]]) -> str:
    """POST ``messages`` to /v1/chat/completions; the first choice's text."""
    if not settings.enabled:
        raise LLMError("no language-model endpoint is configured")
    body = {"messages": messages, "max_tokens": settings.max_tokens, "temperature": 0}
    if settings.model:
        body["model"] = settings.model
    headers = {"Content-Type": "application/json"}
    request = urllib.request.Request(
        settings.endpoint, json.dumps(body).encode("utf-8"), headers, method="POST"
    )
    if settings.api_key:
        # Never sent on to wherever a redirect points (urllib forwards ordinary headers).
        request.add_unredirected_header("Authorization", f"Bearer {settings.api_key}")
    try:
        with _OPENER.open(request, timeout=settings.timeout) as response:
            payload = json.loads(response.read().decode("utf-8"))
    except _Redirected as error:
        raise LLMError(
            f"the model server redirected to {error.target}; not followed (check the URL)"
        ) from error
    except urllib.error.HTTPError as error:
        raise LLMError(f"the model server answered HTTP {error.code}") from error
    except TimeoutError as error:
        raise LLMError(f"the model server did not answer within {settings.timeout:g} s") from error
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError | socket.timeout):
            raise LLMError(
                f"the model server did not answer within {settings.timeout:g} s"
            ) from error
        raise LLMError(f"cannot reach the model server: {error.reason}") from error
    except (OSError, ValueError) as error:
        raise LLMError(f"bad answer from the model server: {error}") from error
    try:
        text = payload["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError) as error:
        raise LLMError("the model server's answer has no choices[0].message.content") from error
    if not isinstance(text, str) or not text.strip():
        raise LLMError("the model server returned an empty draft")
    return text.strip()


def llm_summary(
    release: Release, settings: LLMSettings, node: Node | None = None, max_lines: int = 4
) -> SummarySuggestion:
    """A model-written draft for ``node`` (or the release's bottom line).

    Raises LLMError; callers fall back to the offline ``suggest_summary``.
    """
    source = " ".join(c.text for c in candidate_sentences(release, node))
    if not source.strip():
        raise LLMError("there is no text to summarise")
    what = "this section" if node is not None else f"this release in at most {max_lines} lines"
    messages = [
        {"role": "system", "content": _SYSTEM},
        {"role": "user", "content": f"Summarise {what}:\n\n{source[:12000]}"},
    ]
    text = chat(settings, messages)
    return SummarySuggestion(
        text, [], node.id if node is not None else None, method="llm", label=settings.label
    )

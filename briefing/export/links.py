"""Which source addresses a note may make clickable.

A release's source URL comes from outside (a page's metadata, a Markdown front matter, a
project file from a colleague). In a note it is a hyperlink the recipient may click, so
only web addresses are linked: a ``file:``, ``javascript:``, UNC (``\\\\host\\share``) or
``ms-word:`` target would open local files, run script or leak the reader's credentials
to a server when clicked. Anything else is printed as plain text.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

_WEB_SCHEMES = frozenset({"http", "https"})
# Characters that end or break a Markdown autolink (<...>) or a URL: percent-encoded.
_UNSAFE = frozenset(' <>"`{}|\\^')


def web_link(url: str) -> str | None:
    """``url`` ready for a hyperlink when it is an http(s) address with a host, else None."""
    url = url.strip()
    if not url or any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        return None
    if parts.scheme.lower() not in _WEB_SCHEMES or not parts.hostname:
        return None
    return "".join(quote(ch, safe="") if ch in _UNSAFE else ch for ch in url)


def markdown_autolink(url: str) -> str:
    """A Markdown rendering of ``url``: ``<url>`` for a web address, else inline code
    (shown as text, never a link); a backtick inside would end the span early, so it
    becomes an apostrophe."""
    link = web_link(url)
    if link is not None:
        return f"<{link}>"
    text = " ".join(url.split()).replace("`", "'")
    return f"`{text}`"

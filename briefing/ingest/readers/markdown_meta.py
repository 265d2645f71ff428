"""YAML front matter of a Markdown release -> the reader's metadata dict.

Static-site generators, archives and converters (Hugo, Jekyll, pandoc, web scrapers)
all put the page's metadata in a YAML block at the top, but name the keys differently
("date" / "published_time", "url" / "source_url", "author" / "creators"). Each field
below lists the names in the order we trust them.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from briefing.ingest.errors import ReleaseReadError

_TITLE_KEYS = ("title", "headline", "name", "subject")
# The release date first; a "modified" time is only a last resort.
_DATE_KEYS = (
    "date",
    "release_date",
    "published",
    "published_time",
    "publish_date",
    "publication_date",
    "pubdate",
    "issued",
    "created",
    "date_published",
    "modified_time",
    "updated",
    "lastmod",
)
_URL_KEYS = (
    "url",
    "source_url",
    "canonical_url",
    "canonical",
    "permalink",
    "link",
    "original_url",
    "source",
)
_ISSUER_KEYS = (
    "issuer",
    "publisher",
    "organisation",
    "organization",
    "department",
    "ministry",
    "agency",
    "source",
    "author",
    "authors",
    "creator",
    "creators",
)
_TAG_KEYS = ("tags", "categories", "category", "keywords", "subjects", "topics")
_LANGUAGE_KEYS = ("language", "lang", "locale")
_URL = re.compile(r"^https?://\S+$", re.I)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WS = re.compile(r"\s+")
# PyYAML refuses a tab after a plain value ("title: Accuracy\t": "found character '\t'
# that cannot start any token") though YAML allows white space at a line's end and the
# Jekyll or Hugo site that served the page read it; trailing blanks carry no metadata.
_TRAILING_BLANKS = re.compile(r"[ \t]+$", re.M)


def parse_front_matter(raw: str, source: Path | str) -> dict[str, str]:
    """The metadata the YAML block ``raw`` states (title, date, url, issuer, tags,
    language). Raises ReleaseReadError naming the file line when it is not YAML."""
    import yaml  # only files with front matter pay for the import

    try:
        data = yaml.safe_load(_TRAILING_BLANKS.sub("", raw))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem_text = str(getattr(exc, "problem", "") or "")
        if "end of stream" in problem_text and getattr(exc, "context_mark", None) is not None:
            mark = exc.context_mark  # an unclosed quote: where it opened, not the end
        problem = getattr(exc, "problem", None) or "cannot be parsed"
        # +2: the file's line 1 is the opening "---"; YAML marks count from 0.
        where = f"line {mark.line + 2}" if mark is not None else "the top of the file"
        raise ReleaseReadError(
            source, f"the front matter is not valid YAML ({where}: {problem})"
        ) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ReleaseReadError(
            source, "the front matter is not valid YAML (line 2: expected 'key: value' lines)"
        )
    fields = {str(k).strip().lower(): v for k, v in data.items()}
    meta: dict[str, str] = {}
    if title := _first(fields, _TITLE_KEYS, _text):
        meta["title"] = title
    if date := _first(fields, _DATE_KEYS, _iso_date):
        meta["date"] = date
    if url := _first(fields, _URL_KEYS, _url):
        meta["url"] = url
    # A "source" that is not a URL names who issued the release ("MINISTER FOR ...").
    if issuer := _first(fields, _ISSUER_KEYS, _issuer):
        meta["issuer"] = issuer
    if tags := _first(fields, _TAG_KEYS, _text):
        meta["tags"] = tags
    if language := _first(fields, _LANGUAGE_KEYS, _text):
        meta["language"] = language.lower().replace("_", "-")
    return meta


def _first(fields: dict, keys: tuple[str, ...], convert) -> str:
    for key in keys:
        if key in fields and (value := convert(fields[key])):
            return value
    return ""


def _text(value) -> str:
    """A scalar as one line of text; a list as its items joined with ", ".

    Character references are read as the characters they name ("justice a&nbsp;médií",
    "Trade &amp; Industry"): static-site generators print front-matter values into the
    page's HTML as they stand, so their authors write references where the page shows a
    character, as they do in the Markdown body, which the parser decodes."""
    if isinstance(value, list | tuple):
        return ", ".join(t for t in (_text(v) for v in value) if t)
    if value is None or isinstance(value, dict):
        return ""
    text = str(value)
    if "&" in text:
        text = html.unescape(text)
    return _WS.sub(" ", text).strip()


def _url(value) -> str:
    text = _text(value)
    return text if _URL.match(text) else ""


def _issuer(value) -> str:
    text = _text(value).replace(", ", "; ") if isinstance(value, list) else _text(value)
    return "" if _URL.match(text) else text


def _iso_date(value) -> str:
    """yyyy-mm-dd from a YAML date/datetime or a date written as text."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = _text(value)
    if not text:
        return ""
    if m := _ISO_DAY.match(text):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return ""
    from briefing.ingest.dates import find_date

    found = find_date(text)
    return found.iso() if found else ""

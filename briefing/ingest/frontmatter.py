"""Metadata front matter ("---" / "key: value" lines / "---") at the top of a text file.

Releases archived as text or Markdown by scrapers and digital libraries often open with
such a block: it describes the release (its title, date, source) and is not part of it.
When a reader has not taken it out already, it is moved to ``dropped`` as "metadata"
and its title and date fill the release's metadata.
"""

from __future__ import annotations

import re

from briefing.ingest.extracted import Extracted, Line
from briefing.lazyre import lazy

_FENCE = "---"
_KEY = lazy(r"^[A-Za-z_][\w-]{0,40}\s*:(?:\s|$)")
_LIST_OR_MORE = lazy(r"^(?:\s+\S|-\s)")  # "  - item", an indented continuation
MAX_LINES = 80  # front matter is a short header; a longer "---" block is text


def take_front_matter(extracted: Extracted) -> None:
    """Blank out a front matter block in ``extracted`` (line indices stay valid for
    ``note_of``), listing its lines in ``dropped`` and its fields in ``metadata``."""
    lines = extracted.lines
    first = next((i for i, line in enumerate(lines[:5]) if line.text.strip()), None)
    if first is None or lines[first].text.strip() != _FENCE or lines[first].style:
        return
    end = None
    for i in range(first + 1, min(len(lines), first + MAX_LINES)):
        text = lines[i].text
        if text.strip() == _FENCE:
            end = i
            break
        if text.strip() and not (_KEY.match(text) or _LIST_OR_MORE.match(text)):
            return  # not key/value lines: a rule in the text, not front matter
    if end is None or end == first + 1 or not _KEY.match(lines[first + 1].text):
        return
    body = [lines[i].text for i in range(first + 1, end)]
    fields = _parse(body)
    for i in range(first, end + 1):
        if lines[i].text.strip():
            extracted.dropped.append(("metadata", lines[i].text.strip()))
        lines[i] = Line("")
    meta = extracted.metadata
    for key in ("title", "date", "language", "symbol"):
        value = fields.get(key, "")
        if key == "language":
            value = value.lower() if len(value) <= 3 else ""
        if value and not meta.get(key):
            meta[key] = value
    if fields.get("source_url") and not meta.get("url"):
        meta["url"] = fields["source_url"]


def _parse(body: list[str]) -> dict[str, str]:
    """Top-level string fields; YAML when it parses, else "key: value" line by line."""
    fields: dict[str, str] = {}
    try:
        import yaml

        data = yaml.safe_load("\n".join(body))
    except Exception:  # malformed YAML is common in scraped files: read it by lines
        data = None
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, (str, int, float)) or hasattr(value, "isoformat"):
                fields[str(key).lower()] = _clean(str(value))
        return fields
    for line in body:
        m = _KEY.match(line)
        if m:
            key = line[: line.index(":")].strip().lower()
            fields[key] = _clean(line[line.index(":") + 1 :].strip().strip("\"'"))
    return fields


def _clean(value: str) -> str:
    # Library catalogues end titles with a cataloguing " :" or " /" before a subtitle.
    value = " ".join(value.split())
    return re.sub(r"(?<!\s)\s+[:/;]$", "", value)

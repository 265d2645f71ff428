"""Characters a Word file cannot hold: found, counted for a warning, and removed.

XML 1.0 forbids the C0 control characters other than tab, newline and carriage return,
the UTF-16 surrogate halves and U+FFFE/U+FFFF. Releases carry them all the same: a bell
(``\\x07``) left by a copy from a terminal, a vertical tab (``\\x0b``) that is Word's own
manual line break when its text is pasted as plain text, form feeds from a PDF's page
ends. lxml refuses to store them, so without this an export ends in a traceback.
Carriage returns are legal in XML but mean nothing to Word's text runs: they become
newlines, without a warning, as line endings are not lost text.
"""

from __future__ import annotations

import dataclasses

# One definition of what XML forbids, shared with the readers' boundary.
from briefing.textsafe import INVALID, count_invalid

__all__ = ["INVALID", "clean_strings", "count_invalid", "strip_invalid"]


def strip_invalid(text: str) -> str:
    """``text`` without the characters XML cannot hold; CR and CRLF become LF."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return INVALID.sub("", text)


def clean_strings(value: object, skip: frozenset[tuple[type, str]] = frozenset()) -> object:
    """Strip every string inside dataclasses, lists, tuples and dicts, in place where
    they are mutable; returns the cleaned value. ``(class, field)`` pairs in ``skip``
    are left as they are (text whose offsets matter, cleaned when written)."""
    if isinstance(value, str):
        return strip_invalid(value) if "\r" in value or INVALID.search(value) else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            if (type(value), item.name) in skip:
                continue
            current = getattr(value, item.name)
            cleaned = clean_strings(current, skip)
            if cleaned is not current:
                setattr(value, item.name, cleaned)
        return value
    if isinstance(value, list):
        for index, item in enumerate(value):
            cleaned = clean_strings(item, skip)
            if cleaned is not item:
                value[index] = cleaned
        return value
    if isinstance(value, tuple):
        cleaned_items = tuple(clean_strings(item, skip) for item in value)
        if any(a is not b for a, b in zip(cleaned_items, value, strict=True)):
            return cleaned_items
        return value
    if isinstance(value, dict):
        for key, item in value.items():
            value[key] = clean_strings(item, skip)
        return value
    return value

"""JSON text layout: readable, diffable, and fast.

``json.dumps(indent=...)`` is both slow (it disables the C encoder) and too tall (one
line per scalar). Instead the big lists get one record per line, encoded compactly by
orjson: one annotation, one text line, one top-level outline node per line. A one-word
edit to a release then shows up as a one-line diff, and a 5 MB release with 10,000
annotations still saves in well under the 300 ms budget.
"""

from __future__ import annotations

import json
import re
from typing import Any

import orjson

from briefing.storage.encode import split_text

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))
_encode_str = json.encoder.encode_basestring  # the C version when available


def _make_fallback_encoder():
    """The standard C encoder, for the rare value orjson refuses (a lone surrogate)."""
    c_make_encoder = getattr(json.encoder, "c_make_encoder", None)
    if c_make_encoder is None:
        return _ENCODER.encode
    # markers=None skips the circular-reference check: our documents are trees.
    encoder = c_make_encoder(
        None, _ENCODER.default, _encode_str, None, ": ", ", ", False, False, True
    )
    return lambda value: "".join(encoder(value, 0))


_encode_slowly = _make_fallback_encoder()


def _encode(value: Any) -> bytes:
    """``value`` as compact UTF-8 JSON, as orjson writes it.

    orjson is several times faster than the standard encoder and escapes strings exactly
    as it does with ``ensure_ascii=False``; it refuses lone surrogates, which the
    standard encoder (whose separators have spaces) writes instead.
    """
    try:
        return orjson.dumps(value)
    except (orjson.JSONEncodeError, TypeError):
        if type(value) is str:
            return _utf8(_encode_str(value))
        return _utf8(_encode_slowly(value))


def _utf8(text: str) -> bytes:
    """UTF-8 of encoded JSON text.

    A lone surrogate (text decoded with ``surrogateescape``, for instance) cannot be
    encoded as UTF-8; JSON can still carry it as a ``\\udXXX`` escape, which reads back
    as the same code point, so the project round-trips exactly.
    """
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        # Raw surrogates can only occur inside JSON strings, so escaping them is safe.
        return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text).encode("utf-8")


_SURROGATE = re.compile("[\ud800-\udfff]")
_INDENT = b"  "

# How each part is laid out: a dict maps keys to the layout of their values (keys not
# listed are written compactly on their key's line); ``_Rows(x)`` is a list written one
# item per line, each item laid out as ``x``; None is compact; _NODE is the outline root.


class _Rows:
    def __init__(self, item: Any = None) -> None:
        self.item = item


_NODE = "node"
_TEXT = "text"  # a release's text: a list of lines, or one string written as its lines
_BRIEF = {"header": None, "sections": _Rows({"paragraphs": _Rows()})}
_RELEASE = {
    "source": None,
    "removed": _Rows(),
    "suggestions": _Rows(),
    "text": _TEXT,
    "root": _NODE,
}
_PROJECT = {"brief": _BRIEF, "annotations": _Rows(), "releases": _Rows(_RELEASE)}


def dumps(doc: dict[str, Any]) -> str:
    """The document as text, laid out for reading and diffing (key order is preserved)."""
    return to_bytes(doc).decode("utf-8")


def to_bytes(doc: dict[str, Any]) -> bytes:
    """The UTF-8 bytes of the document, laid out for reading and diffing.

    Built as bytes throughout (orjson writes bytes): joining a 20 MB str that holds
    non-ASCII text and encoding it afterwards would cost more than all the encoding.
    """
    out: list[bytes] = []
    _emit(doc, _PROJECT, 0, out)
    out.append(b"\n")
    return b"".join(out)


def _emit(value: Any, shape: Any, level: int, out: list[bytes]) -> None:
    if shape is None:
        out.append(_encode(value))
    elif shape is _NODE:
        _emit_node(value, level, out)
    elif shape is _TEXT:
        _emit_text(value, level, out)
    elif isinstance(shape, _Rows):
        _emit_rows(value, shape.item, level, out)
    else:
        _emit_dict(value, shape, level, out)


def _emit_dict(value: dict[str, Any], shape: dict[str, Any], level: int, out: list[bytes]) -> None:
    if not value:
        out.append(b"{}")
        return
    pad = _INDENT * (level + 1)
    out.append(b"{\n")
    last = len(value) - 1
    for i, (key, item) in enumerate(value.items()):
        out.append(pad + _encode(key) + b": ")
        _emit(item, shape.get(key), level + 1, out)
        out.append(b",\n" if i < last else b"\n")
    out.append(_INDENT * level + b"}")


def _emit_rows(value: list[Any], item_shape: Any, level: int, out: list[bytes]) -> None:
    if not value:
        out.append(b"[]")
        return
    pad = _INDENT * (level + 1)
    out.append(b"[\n" + pad)
    if item_shape is None:
        # The hot path (text lines, annotations): one compact record per line.
        out.append(_value_rows(value, pad))
    else:
        last = len(value) - 1
        for i, item in enumerate(value):
            _emit(item, item_shape, level + 1, out)
            if i < last:
                out.append(b",\n" + pad)
    out.append(b"\n" + _INDENT * level + b"]")


# Put between values encoded in one call, and cut out again (see _value_rows).
_SEPARATOR = "\x00briefing-row\x00"
_CUT = b"," + orjson.dumps(_SEPARATOR) + b","


def _value_rows(value: list[Any], pad: bytes) -> bytes:
    """Values one per line (``v1,\n  v2``), encoded in a single orjson call.

    One call per value costs ~5 µs of overhead each: 9,000 outline rows took ~55 ms
    that way, ~10 ms this way. The values go into one list with a separator string
    between them and the output is cut there. ``,"<separator>",`` can only occur where
    a list element *is* the separator (inside a string a ``"`` is always escaped), so
    the cut is used when it occurs exactly ``len(value) - 1`` times.
    """
    spaced: list[Any] = [_SEPARATOR] * (2 * len(value) - 1)
    spaced[::2] = value
    try:
        encoded = orjson.dumps(spaced)
    except (orjson.JSONEncodeError, TypeError):
        encoded = None
    if encoded is None or encoded.count(_CUT) != len(value) - 1:
        return (b",\n" + pad).join([_encode(item) for item in value])
    return encoded[1:-1].replace(_CUT, b",\n" + pad)


def _emit_text(value: str | list[str], level: int, out: list[bytes]) -> None:
    """A release's text as rows of lines, each keeping its ``\\n`` (see encode.split_text).

    From one string, the usual case is encoded whole and cut after each ``\\n`` escape,
    instead of splitting 5 MB into 35,000 strings and encoding those (~70 -> ~25 ms).
    """
    if isinstance(value, str):
        rows = _text_rows(value, _INDENT * (level + 1)) if value else None
        if rows is not None:
            pad = _INDENT * (level + 1)
            out.append(b"[\n" + pad + rows + b"\n" + _INDENT * level + b"]")
            return
        value = split_text(value)
    _emit_rows(value, None, level, out)


def _text_rows(text: str, pad: bytes) -> bytes | None:
    """``"line1\\n",\n<pad>"line2"`` for ``text``, or None when the cut would not be exact.

    Exact when the text holds no backslash: every ``\\n`` in the output is then the
    escape of a line break (a backslash would be written ``\\\\``, which can precede
    an ``n``). A lone surrogate, which orjson refuses, also takes the slow path.
    """
    if "\\" in text:
        return None
    try:
        encoded = orjson.dumps(text)
    except orjson.JSONEncodeError:
        return None
    rows = encoded.replace(b"\\n", b'\\n",\n' + pad + b'"')
    if text.endswith("\n"):  # no empty last line: split_text leaves it out too
        rows = rows[: -len(b",\n" + pad + b'""')]
    return rows


def _emit_node(row: list[Any], level: int, out: list[bytes]) -> None:
    """The root row's own values, then each top-level node (with its subtree) on a line.

    One line per top-level node keeps a change to a paragraph or its items a one-line
    diff, while encoding all of them in one orjson call keeps saving tens of thousands
    of nodes fast. ``row`` is ``[id, kind, label, start, end, body_start,
    children?, work?]`` (see :data:`briefing.storage.encode.NODE_FIELDS`).
    """
    children = row[6] if len(row) > 6 else None
    if not children:
        out.append(_encode(row))
        return
    pad = _INDENT * (level + 1)
    out.append(_encode(row[:6])[:-1] + b", [\n" + pad)
    out.append(_value_rows(children, pad))
    out.append(b"\n" + _INDENT * level + b"]")
    if len(row) > 7:
        out.append(b", " + _encode(row[7]))
    out.append(b"]")

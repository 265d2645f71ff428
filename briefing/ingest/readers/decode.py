"""Bytes -> str for text-like formats: UTF-8 fast path, BOMs, then charset detection."""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.ingest.errors import ReleaseReadError
from briefing.lazyre import lazy

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch, CharsetMatches

NOT_TEXT = "this does not look like text (binary data?)"

_BOMS = (
    # UTF-32 first: its LE BOM starts with the UTF-16 LE BOM.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# The control characters (Unicode category Cc: C0, DEL and C1) that real text files do
# not contain (tab, newline, carriage return, form feed and vertical tab they do).
_CONTROL = lazy(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def looks_binary(text: str) -> bool:
    """True when decoded text is implausible as a release: many control characters.

    NUL counts like any other control: one NUL in a text file (a damaged copy, a field
    padded by an old system) is damage to remove and report, not a reason to refuse it.
    """
    sample = text[:65536]
    # (Found by a regex in C: a look at each character in Python cost ~8 ms a text.)
    return _too_many(len(_CONTROL.findall(sample)), len(sample))


def _too_many(controls: int, length: int) -> bool:
    # A few stray controls (a bell, a vertical tab pasted from an old system) are damage
    # to report and remove; binary data has them in one byte of twenty or more.
    return controls > max(16, length // 20)


def decode_bytes(
    data: bytes,
    path: Path | str,
    declared: str | None = None,
    notes: list[tuple[str, str]] | None = None,
) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding name)``; raise ReleaseReadError if it is
    not text. ``declared`` is a charset the container named (an HTML meta tag), tried after
    BOMs and strict UTF-8 because pages often lie about it. When a few bytes of otherwise
    UTF-8 text were replaced, ``notes`` gets an ``("encoding", sentence)`` for the user.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                break
            return _checked(text.lstrip("\ufeff"), path), codec
    nuls = data.count(b"\x00")
    if not nuls or not _too_many(nuls, len(data)):
        try:
            return _checked(data.decode("utf-8"), path), "utf-8"
        except UnicodeDecodeError:
            pass
    if declared:
        try:
            return _checked(data.decode(declared), path), codecs.lookup(declared).name
        except (LookupError, UnicodeDecodeError):
            pass
    if nuls and _too_many(nuls, len(data)):
        # BOM-less UTF-16 is the only text with many NULs we might meet; otherwise binary.
        raise ReleaseReadError(path, NOT_TEXT)
    mostly = _mostly_utf8(data)
    if mostly is not None:
        text, bad = mostly
        if notes is not None:
            notes.append(
                (
                    "encoding",
                    f"{bad} byte sequence{'s' if bad > 1 else ''} not valid "
                    "in UTF-8 replaced with \ufffd (the rest of the file is UTF-8)",
                )
            )
        return _checked(text, path), "utf-8"
    return _detect(data, path)


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """The text, and how many sequences were replaced, when ``data`` is UTF-8 but for a few
    stray bytes (a Latin-1 name pasted into a UTF-8 file, a truncated character).

    Why this holds: in a file really written in a legacy code page (Latin-1, cp1252, ...)
    almost every non-ASCII byte is invalid UTF-8, because valid multi-byte sequences need
    specific lead/continuation byte pairs that ordinary legacy text rarely forms. So many
    valid multi-byte characters against a handful of bad bytes means UTF-8 with damage;
    charset detection would instead pick a code page and garble every correct character.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    # Non-ASCII characters other than the replacements, counted in C (files run to MBs).
    good = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    if bad <= 0 or good < 3 or bad > max(2, good // 20):
        return None
    return text, bad


def _detect(data: bytes, path: Path | str) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # slow import; only for non-UTF-8 input

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise ReleaseReadError(path, NOT_TEXT)
    best = _prefer_western_on_a_tie(matches, best)
    return _checked(str(best), path), best.encoding


# The most common legacy code page: Windows' default for Western European and American text.
_WESTERN = "cp1252"


def _prefer_western_on_a_tie(matches: CharsetMatches, best: CharsetMatch) -> CharsetMatch:
    """cp1252 when the detector scores it exactly as well as its first choice.

    Why: on a short text the detector's evidence often cannot tell the Windows code pages
    apart (a few accented letters decode to letters in cp1250, cp1252 and cp1257 alike) and
    it breaks the tie by name, so French "à" comes out as Slovak "ŕ". When the evidence is
    tied, the most frequent encoding of legacy text is the better bet. Real Central European
    text is not affected: its letters (ř, ě, ł, ś) make cp1252 score worse or drop out.
    """
    for match in matches:
        if (
            match.encoding == _WESTERN
            and match.chaos <= best.chaos
            and match.coherence >= best.coherence
        ):
            return match
    return best


def _checked(text: str, path: Path | str) -> str:
    if looks_binary(text):
        raise ReleaseReadError(path, NOT_TEXT)
    return text

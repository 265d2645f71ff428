"""Text an earlier tool decoded twice, shown as it was written.

A release that went through one program too many arrives with its UTF-8 bytes read as
Windows-1252 or Latin-1 and saved again: "â€™" for "’", "Ã©" for "é", "â€¢" for a
bullet. Web archives, parliamentary text collections and copy-pasted e-mails are full
of it; the bytes are valid, so decoding cannot tell. ftfy (MIT, the field's library for
exactly this) undoes the double decoding when the result is clearly better, and leaves
real "Ã" and "â" (Portuguese "São", French "âge") alone. Only lines bearing the
signature of a double decoding are handed to it, and how many were repaired is listed
in the release's removed list, so nothing changes silently.
"""

from __future__ import annotations

from briefing.ingest.extracted import Extracted
from briefing.lazyre import lazy

DROPPED_KIND = "mojibake"
# The first byte of a two- or three-byte UTF-8 sequence as Windows-1252 shows it ("Â",
# "Ã", "â"), followed by how the next byte shows: a C1 control or a cp1252 symbol.
_NEXT_BYTE = (
    "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
# ... and "ï" leading a three-byte character from U+F000 up: a symbol font's bullet
# (U+F0B7 shows as "ï‚·") or a byte-order mark ("ï»¿"). (Not before a no-break space:
# French "ï" may end a word before one.)
_SIGNATURE = lazy(
    f"[ÂÃâ][\u0080-\u00bf{_NEXT_BYTE}]|ï[\u0080-\u009f\u00a1-\u00bf{_NEXT_BYTE}]"
)


def as_written(text: str) -> str:
    """``text`` repaired when it bears the signature of a double decoding, else as is."""
    if not text or not _SIGNATURE.search(text):
        return text
    from ftfy import fix_encoding

    return fix_encoding(text)


def repair_mojibake(extracted: Extracted, whole: str | None = None) -> int:
    """Repair doubly decoded lines of ``extracted`` in place; returns how many changed.
    ``whole``: the lines' text joined, when the caller has it already."""
    if whole is None:
        whole = "\n".join(line.text for line in extracted.lines)
    # (Cheap look first: most releases hold none of the three lead characters.)
    if not any(lead in whole for lead in "ÂÃâï") or not _SIGNATURE.search(whole):
        return 0
    repaired = 0
    for line in extracted.lines:
        fixed = as_written(line.text)
        if fixed != line.text:
            repaired += 1
            line.text = fixed
            line.label = as_written(line.label)
    if repaired:
        noun = "line" if repaired == 1 else "lines"
        extracted.dropped.append(
            (
                DROPPED_KIND,
                f"{repaired} {noun} decoded twice by an earlier program (UTF-8 read as "
                "Windows-1252) shown as written",
            )
        )
    return repaired

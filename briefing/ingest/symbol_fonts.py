"""Bullets typed in a symbol font, given back as the characters they show.

Word and PDF producers set list bullets in the Symbol or Wingdings font, whose glyphs
sit in Unicode's private-use area (U+F0B7 for Symbol's bullet, U+F0A7 for Wingdings'
small square). Text copied or extracted from such files keeps those code points, which
no ordinary font draws: the reader would see empty boxes in the outline, the text pane
and the note. Only the handful of bullet and arrow glyphs lists use are mapped, each to
the character the font shows; any other private-use character is left as it is.
"""

from __future__ import annotations

from briefing.ingest.extracted import Extracted

# Symbol font 0xB7 is the bullet; Wingdings 0xA7 ▪, 0x6E ■, 0x76 ❖, 0xD8 ➢, 0xFC ✓.
SYMBOL_BULLETS = {
    "\uf0b7": "\u2022",
    "\uf0a7": "\u25aa",
    "\uf06e": "\u25a0",
    "\uf076": "\u2756",
    "\uf0d8": "\u27a2",
    "\uf0fc": "\u2713",
}
_TABLE = str.maketrans(SYMBOL_BULLETS)
DROPPED_KIND = "symbol-font"


def show_symbol_bullets(extracted: Extracted, whole: str | None = None) -> int:
    """Map symbol-font bullets in ``extracted``'s lines and labels; returns how many.
    ``whole``: the lines' text joined, when the caller has it already."""
    total = 0
    # (One look at the whole text first: most releases have none of these characters, and
    # looking for a few characters in one string costs a 5 MB release a few milliseconds.)
    if whole is None:
        whole = "\n".join(line.text for line in extracted.lines)
    if not any(symbol in whole for symbol in SYMBOL_BULLETS):
        return 0
    for line in extracted.lines:
        # (Mostly a bullet opens its line; one mid-line is a list run into one line, "Media
        # enquiries • Minister's office: ... • Department: ...", and shows as a box too.)
        if not any(symbol in line.text for symbol in SYMBOL_BULLETS):
            continue
        mapped = line.text.translate(_TABLE)
        total += sum(a != b for a, b in zip(line.text, mapped, strict=True))
        line.text = mapped
        line.label = line.label.translate(_TABLE)
    if total:
        noun = "bullet" if total == 1 else "bullets"
        extracted.dropped.append(
            (DROPPED_KIND, f"{total} {noun} typed in a symbol font shown as the character drawn")
        )
    return total

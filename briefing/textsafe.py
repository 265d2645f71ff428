"""Text that XML, a Word file or a terminal cannot take safely, made safe at the boundary.

XML 1.0 forbids the C0 control characters other than tab, newline and carriage return,
the UTF-16 surrogate halves and U+FFFE/U+FFFF. Releases carry them all the same: a bell
left by a copy from a terminal, a vertical tab (Word's manual line break when its text
is pasted as plain text), form feeds at a PDF's page ends, a lone surrogate from a
broken PDF string. Made safe where text enters Briefing (``xml_safe``), nothing later
can crash the writer; the count goes to the user, as no character is lost silently.

Printed to a terminal, ESC and the C1 controls start escape sequences that can retitle
the window, move the cursor or hide text: ``terminal_safe`` shows them as escapes.
"""

from __future__ import annotations

import re

# C0 controls except tab (09), newline (0A) and carriage return (0D, normalised by the
# readers and the writers), surrogate halves, and the two noncharacters XML forbids.
INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# The same characters, looked for in C instead of by the regex, which tries its class
# at every position (5 MB of text: ~335 M instructions). The C0 controls are found in
# one pass over the text's UTF-8 bytes: there a byte below 0x20 is only ever that
# character itself (every byte of a longer sequence is 0x80 or above), so deleting
# those bytes (bytes.translate) shortens the text only if it holds one. One encoding
# and one pass beat a scan for each of the 29 controls (5 MB: ~19 ms -> ~10 ms).
_CONTROL_BYTES = bytes((*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)))


def has_invalid(text: str) -> bool:
    """Whether ``text`` holds a character XML cannot hold (``INVALID.search(text)`` is
    not None), found faster on long text: a surrogate half (which no UTF encoder
    takes: a str holding one cannot be encoded), the C0 controls (in the UTF-8 bytes),
    then, in text that is not ASCII, the two noncharacters."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return True  # a surrogate half
    if len(data.translate(None, _CONTROL_BYTES)) != len(data):
        return True
    if text.isascii():
        return False  # (a flag read in C: no noncharacter in ASCII)
    return "\ufffe" in text or "\uffff" in text


# Vertical tab and form feed are breaks in the text: kept as a space, as str.split()
# (and so the segmenter) already reads them. A lone surrogate or noncharacter stood
# for a character that was lost: the replacement character says so. The other
# controls carry nothing printable and go.
_SPACE = " "
_LOST = "\ufffd"


def _replacement(char: str) -> str:
    if char in "\x0b\x0c":
        return _SPACE
    if char < " ":
        return ""
    return _LOST


def count_invalid(text: str) -> int:
    """How many characters of ``text`` XML cannot hold."""
    return len(INVALID.findall(text)) if text else 0


def xml_safe(text: str) -> tuple[str, int]:
    """``text`` with every character XML cannot hold replaced or removed, and how many."""
    if not text or not INVALID.search(text):
        return text, 0
    count = 0

    def replace(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return _replacement(m.group())

    return INVALID.sub(replace, text), count


# What a terminal reads as a control: C0 except tab and newline, DEL, C1, and the
# surrogate halves (which cannot even be encoded for output).
_TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def terminal_safe(text: str) -> str:
    """``text`` with control characters shown as ``\\x1b``-style escapes, for printing."""
    return _TERMINAL.sub(
        lambda m: (
            f"\\x{ord(m.group()):02x}" if m.group() < "\ud800" else f"\\u{ord(m.group()):04x}"
        ),
        text,
    )


def json_terminal_safe(text: str) -> str:
    """JSON text (already escaping C0) with DEL, C1 and surrogates escaped too: still
    valid JSON, and harmless on a terminal."""
    return _TERMINAL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def count_invalid_in(value: object) -> int:
    """Characters XML cannot hold in every string inside ``value`` (dataclasses, lists,
    tuples, dicts): what ``briefing check`` reports for a project. Walked with a stack,
    not recursion, so a deep outline cannot exhaust Python's."""
    import dataclasses

    total = 0
    stack = [value]
    seen: set[int] = set()
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            total += count_invalid(item)
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            if id(item) in seen:  # a node can be reached twice (parent links)
                continue
            seen.add(id(item))
            stack.extend(getattr(item, f.name) for f in dataclasses.fields(item))
    return total

"""A list of people set a person a line, in plain text with no blank lines between them.

Minutes and communiqués name who attended a person a line ("Mr. K. Example, Director,
Monetary Affairs Department", "Lee, Sang Woo, Director General of Research Department"),
and text copied out of the PDF keeps those lines with no blank line or bullet between
them. A line that stops on a bare word and is followed by a capital looks like a wrap,
so the whole list would read as one paragraph.
"""

from __future__ import annotations

from briefing.ingest.patterns import COURTESY_TITLES, FUNCTION_WORDS
from briefing.lazyre import lazy

# A person, then a comma and the office: an optional courtesy title, one to five name
# words or initials (a family name first with its own comma, "Lee, Sang Woo,", as
# Korean and Chinese lists print it), a comma, and a capitalised office ("Director",
# "Deputy Governor"), perhaps after "the" ("the Supervisor of Banks").
_ENTRY = lazy(
    rf"^(?:(?:{COURTESY_TITLES}|M)\.?\s+)?"
    r"(?P<name>(?:[A-Z][\w'’.-]*,?\s+){0,4}[A-Z][\w'’.-]*),\s+(?:the\s+)?[A-Z]"
)
MAX_NAME_WORDS = 5
ROOM = 0.95  # of the wrap width: an entry line leaves room, a prose wrap fills its line


def roster_entry(text: str) -> bool:
    """Whether ``text`` opens like one person's entry: a name, a comma, an office. The
    name's words are all capitalised and none is a function word ("In Japan, Governor
    ..." is a sentence's opening, not a name)."""
    found = _ENTRY.match(text)
    if found is None or ":" in text:
        # ("Chairman, Board of Supervisors: Jane Example": an office and its holder
        # after a colon, a line of another shape, left to the other rules.)
        return False
    words = found.group("name").replace(",", " ").split()
    # (An initial, "A.", is a name's letter, not the article.)
    return len(words) <= MAX_NAME_WORDS and not any(
        w.lower() in FUNCTION_WORDS for w in words if not (len(w) == 2 and w[1] == ".")
    )


def roster_break(current: list[str], line: str, width: int) -> bool:
    """Whether ``line`` opens the next person of a list whose entry ``current`` holds,
    although the line above stops on a bare word.

    Both the block's first line and ``line`` must open as an entry, and the line above
    must leave room for ``line``'s first word: prose wraps where the next word had no
    room, while an entry ends where the office's name ends. (An entry whose office ran
    onto a second line, "Secretariat" / "of the Policy Board", goes on in lower case and
    is no entry, so it stays joined.)"""
    if not current or not roster_entry(current[0]) or not roster_entry(line):
        return False
    prev = current[-1].rstrip()
    if not prev[-1:].isalpha() or prev.rsplit(None, 1)[-1].lower() in FUNCTION_WORDS:
        return False  # "... Director of the" / "Policy Board": the office goes on
    first = line.split(None, 1)[0]
    return not width or len(prev) + 1 + len(first) <= width * ROOM

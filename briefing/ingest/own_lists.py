"""A release's own closing list, not the site's footer menu.

A page copied as text may end on a list of short lines that is the release's: the bodies
consulted, the participants, the annexes, under a line of its own that names them
("Consultation bodies", "Participants:"). Read by shape alone it is a run of short
lines after the last paragraph, as a site's footer menu is. What tells them apart on
any site, in any language:

- the release's list stands right after its text: no link label a site prints ("Share",
  "Print", "Contact", "Privacy") comes between, and the site's footer, when there is
  one, starts at the first such label after it;
- a line of the release names the list and opens it, and the entries follow it;
- each entry is printed once in the whole text. A site's boxes print their entries
  twice (a box's tabs over its panes, "Asia" / "Africa" then "Asia" again over each
  pane's embassies; the footer repeating the head's menu), and its menus repeat the
  head's entries.

``own_list`` finds such a list at the start of a run of menu-like lines; the caller keeps
it as the release's text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

# The line naming the list stands among the run's first lines (a deadline or a date
# line may come between the last paragraph and it).
LEAD_REACH = 2
# The list's entries: at least this many after the line naming them (a site box's few
# unrepeated tabs before its panes are fewer).
MIN_ENTRIES = 5
LEAD_MAX_WORDS = 6
# Every entry names something: a word of three letters at least.
_LONGEST_WORD = 3


def own_list(
    texts: Sequence[str],
    run: Sequence[int],
    is_site_label: Callable[[str], bool],
    norm: Callable[[str], str],
) -> list[int]:
    """The indices of ``run`` (contiguous indices into ``texts``, the first right after
    the release's last paragraph) that are the release's own list with the line naming
    it, or [] when the run is the site's."""
    # The list ends where the site's footer starts: its first link label, or its first
    # entry printed elsewhere too (the head's menu again, a box's tab over its pane).
    counts = Counter(norm(text) for text in texts if text.strip())
    end = next(
        (k for k, i in enumerate(run) if is_site_label(texts[i]) or counts[norm(texts[i])] > 1),
        len(run),
    )
    listed = list(run[:end])
    lead = next(
        (k for k in range(min(LEAD_REACH, len(listed))) if _names_a_list(texts[listed[k]])), None
    )
    if lead is None or len(listed) - lead - 1 < MIN_ENTRIES:
        return []
    if not all(max(map(len, texts[i].split())) >= _LONGEST_WORD for i in listed[lead:]):
        return []  # ("T" / "HE" / "B": a letter-spaced headline broken up, no list)
    return listed


def _names_a_list(text: str) -> bool:
    """A line naming what follows: a few words, no sentence, maybe ending on a colon."""
    stripped = text.strip()
    return stripped[-1:] not in ".!?;," and 2 <= len(stripped.split()) <= LEAD_MAX_WORDS

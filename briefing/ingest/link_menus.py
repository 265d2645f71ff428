"""A short line over a bulleted list of link names is a site's menu, not a crosshead.

A crosshead names the paragraphs under it; when a list follows it, the list's items are
the section's text (measures, findings, recommendations), and at least one of them says
something: a sentence, or a phrase longer than a name. A page copied as text keeps its
site's menus as bulleted lists under their own short captions ("Share" over "Facebook",
"X", "Email"; "Topics" over the site's subject names; "Related" over other stories'
headlines; a sister site's name list), and there every item is a link's label: a few
words, none ending a sentence. Whatever the site, a caption over only such labels heads
no text of the release.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

LINK_MAX_WORDS = 10  # a link's label: a name or a teaser's headline, never a sentence
LINK_LIST_MIN_ITEMS = 1
_SENTENCE_END = lazy(r"[.!?;:…。！？；：][\"'”’»)\]）」』]*$")


def _link_label(block: Block) -> bool:
    label = block.label
    if label is None or not label.family.startswith("bullet"):
        return False
    body = block.text[label.body_offset :].strip()
    words = body.split()  # (a label wrapped by the copy is still one label)
    return 0 < len(words) <= LINK_MAX_WORDS and _SENTENCE_END.search(body) is None


def heads_link_list(blocks: list[Block], i: int) -> bool:
    """Whether the blocks right under line ``i`` are a bulleted list whose every item is
    a link's label (a few words, no sentence's end), up to the next unbulleted line."""
    k = i + 1
    while k < len(blocks) and blocks[k].label is not None:
        if not _link_label(blocks[k]):
            return False
        k += 1
    return k - (i + 1) >= LINK_LIST_MIN_ITEMS

"""A key printed in a column of its own beside a list: "Considering : a. that ...".

Laws, decrees and regulations set their recitals in two columns: on the left a key
("Considering", "Having regard to", "Menimbang", "Mengingat") with a colon, on the right
the list it introduces, "a.", "b.", ... or "1.", "2.", .... Read as text, the key and the
list's first item share a line, and the second item opens the next block on its own. The
key introduces the whole list, not its first item: the item is a unit of its own, opened
by its label like the items after it, and the key is a unit (its one or two words) before
them.

The evidence asked for is the list itself: a block opening with a short key (a few words
and a colon, no sentence) followed at once by a list's first label ("a.", "1.", "(a)",
"(1)"), and the next block opening with that label's successor ("b.", "2."). A sentence
that ends in a colon and runs into a list ("The Council decided as follows: 1. ...") has
more words than a key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.ingest.patterns import label_number, match_label
from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

KEY_WORDS = 3  # "Menimbang", "Having regard to": a key is a word or a short phrase
# A key: a capitalised word or a few, a colon (perhaps spaced off: "Menimbang :"), then
# the first item's label; checked on the block's first characters only.
# (Words of bounded length: the match stays linear on any line.)
_KEY = lazy(
    r"[^\W\d_][\w’'-]{0,24}(?:[ \t]{1,8}[\w’'-]{1,24}){0,"
    + str(KEY_WORDS - 1)
    + r"}[ \t]{0,8}:[ \t]+(?=\S)"
)


LOOK_AHEAD = 40  # lines searched for the list's second item (a long first item wraps)


def key_end(text: str) -> int:
    """Where a list's first item starts after a side key opening ``text`` ("Menimbang :
    a. bahwa ..." -> at "a."), or 0."""
    if not text[:1].isupper() or ":" not in text[:60]:
        return 0  # (a quick test first: most lines open no key)
    key = _KEY.match(text)
    if key is None or match_label(text) is not None:
        return 0
    item = match_label(text[key.end() :])
    return key.end() if item is not None and label_number(item.label) == 1 else 0


def _second_item(first: str, text: str) -> bool:
    """Whether ``text`` opens the item after ``first`` (a list's first label) in its list."""
    one, two = match_label(first), match_label(text)
    return (
        one is not None
        and two is not None
        and two.family == one.family
        and label_number(two.label) == 2
    )


def opens_keyed_list(texts: list[str], index: int) -> bool:
    """Whether line ``index`` of ``texts`` opens with a side key beside a list's first
    item, the second item opening a line further down: the key's line starts a unit."""
    line = texts[index].strip()
    cut = key_end(line)
    if not cut:
        return False
    for later in texts[index + 1 : index + 1 + LOOK_AHEAD]:
        if _second_item(line[cut:], later.strip()):
            return True
    return False


def _key_cut(block: Block, after: Block | None) -> int:
    """Where the first item starts in ``block`` (after its key), or 0 for no key."""
    if after is None or block.label is not None:
        return 0
    cut = key_end(block.text)
    return cut if cut and _second_item(block.text[cut:], after.text) else 0


def split_side_keys(blocks: list[Block]) -> tuple[list[Block], list[int]]:
    """Cut a side key from the list item it shares a line with ("Menimbang :" / "a. bahwa
    ..."); returns the new blocks and, for each old block, the index of its first piece."""
    from briefing.ingest.segment import Block

    out: list[Block] = []
    moved: list[int] = []
    for index, block in enumerate(blocks):
        moved.append(len(out))
        if block.style or block.note_of is not None or ":" not in block.text[:60]:
            out.append(block)
            continue
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        cut = _key_cut(block, after)
        if not cut:
            out.append(block)
            continue
        key = block.text[:cut].rstrip()
        rest = block.text[cut:]
        out.append(
            Block(key, block.style, block.level, blank_before=block.blank_before, side_key=True)
        )
        wraps = [w - cut for w in block.wraps if w > cut]
        out.append(Block(rest, block.style, block.level, line_count=len(wraps) + 1, wraps=wraps))
    return out, moved


ORGAN_WORDS = 12  # "THE MINISTER OF EXAMPLES,": an authority's name, not a sentence


def opens_keyed_body(blocks: list[Block], i: int) -> bool:
    """Whether block ``i`` opens an act's body set with side keys: the first key, or the
    enacting authority's name over it ("THE MINISTER OF EXAMPLES," / "Considering :"),
    which, like "The General Assembly," over a resolution's clauses, ends in a comma and
    opens the enacted text rather than going on with its title."""
    if blocks[i].side_key:
        return True
    block = blocks[i]
    return (
        block.text.endswith(",")
        and i + 1 < len(blocks)
        and blocks[i + 1].side_key
        and block.label is None
        and len(block.text.split(None, ORGAN_WORDS)) <= ORGAN_WORDS
    )

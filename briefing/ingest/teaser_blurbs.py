"""A short line over one short blurb and then only more short lines is a site's box, no crosshead.

A crosshead names a part of the release, and a part says something: a paragraph of the
release's length, several paragraphs, or a list. A page copied as text keeps its site's
boxes around the release, each a short title over one or two sentences of blurb and then
only a link's label or the next box ("Newsletter" / "Subscribe to our news ..." /
"Subscribe"; "Annual reports" / "Here you find ..." / "More" / "Reports"). Whatever the
site, a title whose only text is one short sentence followed by short lines only (link
labels, buttons, the next box's title and its link) heads a widget, not a part of the
release.

Left alone: a short paragraph followed by the next crosshead over its own sentences (a
release's short parts, "Background" / one sentence / "Next steps" / one sentence); a
numbered heading ("Article 2", "§ 5"), since a site's boxes are not numbered; a heading
in capitals; a short part closing the release over its contact block, or over a table; a
line over a speaker's turn or a stage note; "Notes" over short notes; text in a script
without spaces between words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.ingest import patterns as P
from briefing.ingest.speakers import speaker_of

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

BLURB_MIN_WORDS = 8  # a sentence, not a label
BLURB_MAX_WORDS = 25  # a teaser's one or two sentences; a release's paragraph runs longer


def _words(block: Block) -> int:
    return len(block.text.split(None, BLURB_MAX_WORDS))


def _link_line(block: Block) -> bool:
    """A short line that may be a link's label or a box's title: no sentence, no label, no
    table's column gap ("Purpose, scope     Problem definition"), no contact block's
    caption ("Contacts:", which closes the release's own text)."""
    text = block.text.strip()
    return (
        block.label is None
        and not (block.ends_sentence and _words(block) >= BLURB_MIN_WORDS)
        and P.COLUMN_GAP.search(text) is None
        and P.CONTACT_START.match(text) is None
    )


def _contacts_caption(block: Block) -> bool:
    """A contact block's caption: it closes the release's text as the end of the text
    does, so a box whose link line stands right over it ends where the text ends."""
    return P.CONTACT_START.match(block.text.strip()) is not None


def _numbered(text: str) -> bool:
    """A heading with a number in it ("Article 2", "Pasal II", "§ 5"): a release's own
    numbering of its parts."""
    return any(ch.isdigit() for ch in text) or any(
        w.isupper() and re.fullmatch(P.ROMAN, w.lower().rstrip(".")) for w in text.split()
    )


def heads_only_blurb(blocks: list[Block], i: int) -> bool:
    """Whether line ``i`` has one short unlabelled sentence under it (``BLURB_MIN_WORDS``
    words or more, fewer than ``BLURB_MAX_WORDS``), then short lines only: two, or one
    closing the text."""
    head = blocks[i].text.strip()
    if i + 2 >= len(blocks) or _numbered(head) or head.isupper():
        # (Capitals in copied text were typed so: a site's box titles take theirs from
        # its stylesheet, which a copy drops; a table's caption or a report's part, not.)
        return False
    blurb = blocks[i + 1]
    text = blurb.text.lstrip()
    if (
        blurb.label is not None
        or blurb.style
        or not blurb.ends_sentence
        or not BLURB_MIN_WORDS <= _words(blurb) < BLURB_MAX_WORDS
        or text[:1] in "([{"
        or not _link_line(blocks[i + 2])
        or (
            i + 3 < len(blocks)
            and not (_link_line(blocks[i + 3]) or _contacts_caption(blocks[i + 3]))
        )
        or P.NOTES_SECTION.match(head)
    ):
        return False
    return speaker_of(text) is None

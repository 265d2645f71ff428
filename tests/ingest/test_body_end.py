"""roles._body_end: where the body stops, found without asking every block whether it is
content; the answer is the one a plain front-to-back scan gives (checked on made-up
releases of every shape the scan knows: an annex, a contacts heading, styled blocks,
labelled and unlabelled content, a short line that is content)."""

from __future__ import annotations

import itertools
import random

from briefing.ingest import patterns as P
from briefing.ingest.roles import _ANNEX, _body_end, _is_content, _teasers_start
from briefing.ingest.segment import Block


def _scan(blocks: list[Block], body_start: int, related: int) -> int:
    """The front-to-back reading _body_end must agree with."""
    end = body_start
    stop = _teasers_start(blocks, body_start, related)
    for i in range(body_start, stop):
        block = blocks[i]
        if _is_content(block):
            end = i + 1
        elif block.word_count <= 2 and _ANNEX.match(block.text):
            return stop
        elif block.word_count <= 4 and P.CONTACT_START.match(block.text.strip()):
            break
        elif block.style and block.style != "table":
            end = i + 1
    return end


SHAPES = [
    lambda: Block("The delegation of Examplia welcomed the new plan for the harbour today."),
    lambda: Block("1. The council agreed to meet again in the spring of next year."),
    lambda: Block("Annex II"),
    lambda: Block("Annex"),
    lambda: Block("Media contacts"),
    lambda: Block("Contact:"),
    lambda: Block("Share this page"),
    lambda: Block("Figures at a glance", style="heading2"),
    lambda: Block("Region    Total    Share", style="table"),
    lambda: Block("Back to top"),
    lambda: Block("- a bulleted point that makes a whole sentence of its own here.", "list-item"),
]


def test_body_end_agrees_with_a_plain_scan() -> None:
    rng = random.Random(36)
    for _ in range(400):
        blocks = [rng.choice(SHAPES)() for _ in range(rng.randint(1, 14))]
        start = rng.randrange(len(blocks))
        assert _body_end(blocks, start, len(blocks)) == _scan(blocks, start, len(blocks))


def test_body_end_shapes() -> None:
    prose = SHAPES[0]
    # Contacts after the body: the body ends before them.
    blocks = [prose(), prose(), Block("Media contacts"), prose()]
    assert _body_end(blocks, 0, len(blocks)) == 2
    # An annex after the body: everything to the end belongs to it.
    blocks = [prose(), Block("Annex II"), Block("Back to top")]
    assert _body_end(blocks, 0, len(blocks)) == 3
    # A site's line after the last paragraph is not content.
    blocks = [prose(), prose(), Block("Back to top")]
    assert _body_end(blocks, 0, len(blocks)) == 2
    # No content at all: the body is empty where it starts.
    assert _body_end([Block("Back to top")], 0, 1) == 0


def test_every_order_of_a_few_shapes() -> None:
    for combo in itertools.product(range(len(SHAPES)), repeat=3):
        blocks = [SHAPES[k]() for k in combo]
        assert _body_end(blocks, 0, 3) == _scan(blocks, 0, 3)

"""UN resolutions as text that lost some sub-paragraph labels (an extraction that
dropped "(a)"-"(d)" and "(i)"): a lettered sub-paragraph going on after a surviving
"(ii)" ("(e)", "(f)") is back at the letters' level under its operative paragraph, not
inside the "(ii)". A list that opens on its first label still nests. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.model import Node

DOC = """The General Assembly,

Recalling its earlier resolutions on the peace architecture,

1. Reaffirms the mandate of the Commission, and the need to strengthen it by:

Requesting the Commission to establish an annual programme of work;

Requesting the Commission to support Member States by:

Assisting Member States in building their national capacities for peace;

(ii) Inviting regional banks to engage in relevant country-specific discussions;

(e) Requesting the Commission to continue serving as a platform for all actors;

(f) Requesting the Commission to continue monitoring its existing strategies;

2. Decides to review the architecture in 2100.
"""


def _depths(doc: str) -> dict[str, int]:
    release = release_from_text(doc)
    found: dict[str, int] = {}

    def walk(node: Node, depth: int) -> None:
        for child in node.children:
            if child.label:
                found[child.label] = depth
            walk(child, depth + 1)

    walk(release.root, 0)
    return found


def test_letters_after_a_lost_list_go_back_to_their_level() -> None:
    depths = _depths(DOC)
    assert depths["1."] == 0 and depths["2."] == 0
    assert depths["(ii)"] == depths["(e)"] == depths["(f)"] == 1


def test_a_list_opening_on_its_first_label_nests() -> None:
    doc = DOC.replace("(e) Requesting", "(a) Requesting").replace(
        "(f) Requesting", "(b) Requesting"
    )
    depths = _depths(doc)
    assert depths["(a)"] == depths["(b)"] == depths["(ii)"] + 1

"""Cards of a site's other posts, each closed by its "read more" link, copied over a
release, are the site's: removed, so the release's own title, date and paragraphs are
found under them (teaser_links). Made-up pages."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text
from briefing.ingest.teaser_links import teaser_lines

PAGE = """Council Group

Start

Press

Contact

07.10.2031

Harbour fees stay the same

The council group opposes a rise in harbour fees. After long talks the city agreed to keep the present fees until 2033.

read more

05.10.2031

Children's summit heard in the council

The group welcomes the results of the children's summit held last weekend in the east of the city, and asks for a follow-up.

read more

Back to overview

22.05.2031

Sports hall for the north quarter

The council voted on Tuesday for the plan that lets the north quarter build its sports hall, with a large majority.

The group has asked for the hall for years, and thanks the clubs that pressed for it.

Work can start in the autumn.
"""


def test_cards_are_found():
    texts = PAGE.split("\n")
    cards = teaser_lines(texts)
    kept = [texts[i] for i in range(len(texts)) if i not in set(cards) and texts[i].strip()]
    assert "Sports hall for the north quarter" in kept
    assert not any("harbour fees" in t for t in kept)
    # One link alone is no list of cards.
    assert (
        teaser_lines(
            [
                "Title",
                "",
                "A first paragraph of the release that runs long enough.",
                "",
                "Read more",
            ]
        )
        == []
    )


def test_release_under_the_cards():
    release = release_from_text(PAGE)
    assert release.title == "Sports hall for the north quarter"
    assert release.date == "2031-05-22"
    removed = " ".join(r.text for r in release.removed)
    assert "Harbour fees stay the same" in removed

"""A paragraph ending on a colon after a finished numbered item introduces a list of its
own: the list is not sub-points of the item before. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import label_depths

FINISHED = """Order on the Lighthouse Fees

1. The harbour board has reviewed the fees charged to ships calling at the north quay since the quay reopened last spring.

2. The board has consulted the shipping lines and the fishermen's guild on the level of the fees and on their collection.

NOW, THEREFORE, the Minister for Harbours, by the authority vested in the office, orders as follows:

(1) The fee for a ship calling at the north quay shall be halved from the first day of next month.

(2) The harbour board shall publish the new fees on its notice board.
"""

INTRODUCING = """Order on the Lighthouse Fees

1. The harbour board shall review the fees charged to ships calling at the north quay:

before the end of the year, it shall report on the following:

(1) the fees charged to ships of the fishing fleet;

(2) the fees charged to ferries.
"""


def _depths(doc: str) -> list[tuple[str, int]]:
    return label_depths(release_from_text(doc))


def test_a_list_announced_after_a_finished_item_is_not_inside_it() -> None:
    assert _depths(FINISHED) == [("1.", 0), ("2.", 0), ("(1)", 0), ("(2)", 0)]


def test_an_item_ending_on_a_colon_still_holds_its_points() -> None:
    assert _depths(INTRODUCING) == [("1.", 0), ("(1)", 1), ("(2)", 1)]

"""A section of an order ("Sec. 2.") follows the last lettered point of the section
before it; it never sits inside that point. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import label_depths

DOC = """Executive Order on the Harbour Council

By the authority vested in me, it is hereby ordered as follows:

(b) The Council shall consist of:

(i) the Secretary of Harbours;

(ii) the Secretary of Fisheries;

(c) The Council shall be chaired by the Secretary of Harbours.

Sec. 2. Functions. The Council shall:

(a) review the use of the north quay;

(b) report to the President each year.

Sec. 3. General Provisions. This order creates no rights.
"""


def _depths(doc: str) -> list[tuple[str, int]]:
    return label_depths(release_from_text(doc))


def test_a_section_after_lettered_points_is_not_inside_them() -> None:
    depths = _depths(DOC)
    assert ("Sec. 2.", 0) in depths and ("Sec. 3.", 0) in depths
    assert depths[depths.index(("Sec. 2.", 0)) + 1] == ("(a)", 1)

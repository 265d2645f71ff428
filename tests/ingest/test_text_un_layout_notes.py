"""Note markers in UN drafts laid out as text (issue 11 item 5, ``pdftotext -layout``):
a raised number set after a year and its comma ("for 2037, 1 the financial report") or
glued to a year after a preposition ("for\\n20354 and detailed") is a marker, and its
note at the page foot goes under that paragraph. Made-up documents."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words

_DRAFT = (
    "                     The General Assembly,\n"
    "                      Having considered the reports of the Secretary-General on the budget\n"
    "                performance for 2035 and the proposed budget for 2037, 1 the financial report\n"
    "                of the Examplian Office for 2035 and the related report of the Advisory\n"
    "                Committee,\n"
    "                     1.    Takes note of the reports of the Secretary-General;\n"
    "                     2.    Decides that there shall be a credit to Member States of\n"
    "                8,898,000 dollars, as reflected in the financial performance report for\n"
    "                20354 and detailed in the annex to the present resolution;\n"
    "                     3.    Decides to apportion 28,063 dollars for 20 offices in 2037;\n"
    "\n"
    "        __________________\n"
    "            1\n"
    "              A/91/412 and A/91/505.\n"
    "            4\n"
    "              A/91/412/Corr.1.\n"
)


def test_markers_after_a_year_link_their_notes() -> None:
    release = release_from_text(_DRAFT)
    # (The year's marker is cut from it and listed as removed: "2035" stays in the text.)
    assert set(lost_words(_DRAFT, release)) <= {"20354"}
    assert ("footnote-marker", "4") in [(r.kind, r.text) for r in release.removed]
    holders = {}
    for node in release.nodes():
        for child in node.children:
            if child.kind == "footnote":
                holders[child.label] = release.node_text(node)
    assert holders["1"].startswith("Having considered")
    assert "Decides that there shall be a credit" in holders["4"]
    # The year keeps its digits; the marker is cut from it.
    assert "report for\n2035 and detailed" in release.text or "report for 2035 and" in release.text


def test_a_large_figure_after_a_preposition_is_no_year_and_marker() -> None:
    text = _DRAFT.replace("20354 and detailed", "20354 cases and detailed")
    release = release_from_text(text)
    notes = [n for n in release.nodes() if n.kind == "footnote" and n.label == "4"]
    holder = [n for n in release.nodes() if any(c in notes for c in n.children)]
    assert not holder or "20354 cases" not in release.node_text(holder[0]).replace("\n", " ")

"""Page numbers of a volume paginated throughout ("2211", "2212" ...: a Hansard's or a
gazette's), with the running head beside each, in text copied out of a PDF (made-up
record of a sitting)."""

from __future__ import annotations

import textwrap

from briefing.ingest import release_from_text
from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.volume_page_runs import take_volume_page_runs

HEAD = "LEGISLATIVE ASSEMBLY — 3 March 2031"
SENTENCE = (
    "The Minister said the harbour works would be finished before the winter and that "
    "the ferry piers would reopen once the engineers had inspected the new pontoons. "
)


OPENINGS = [
    "Questions on notice were answered in writing by the Treasurer.",
    "Petitions from residents of the northern suburbs were tabled.",
    "Debate resumed on the second reading of the Ports Amendment Bill.",
    "Business was interrupted for the adjournment of the sitting.",
    "Leave was granted to move the motion standing in my name.",
    "Papers relating to the budget estimates were presented.",
]


def _page(number: int, opening: str, lines: int = 18) -> list[str]:
    first = OPENINGS[number % len(OPENINGS)]
    return textwrap.wrap(first + " " + opening + " " + SENTENCE * 6, 80)[:lines]


def _kept(release) -> str:
    return release.text


def _numbers_under_heads() -> str:
    """pdftotext without form feeds: the head, a blank, the number, a blank, the page."""
    out: list[str] = []
    for k, number in enumerate(range(2211, 2215)):
        out += [HEAD, "", str(number), "", *_page(number, f"Member {k} asked about the piers.")]
        out.append("")
    return "\n".join(out)


def test_numbers_and_head_of_a_volume_go() -> None:
    release = release_from_text(_numbers_under_heads())
    removed = [r.text for r in release.removed]
    assert [t for t in removed if t.isdigit()] == ["2211", "2212", "2213", "2214"]
    assert removed.count(HEAD) == 4
    kept = _kept(release)
    assert "2212" not in kept and "LEGISLATIVE ASSEMBLY" not in kept
    assert "Member 3 asked" in kept


def test_foot_number_then_head_number_in_reading_order() -> None:
    """A plain copy puts one page's number at its foot and the next page's at its head,
    two lines apart: the run still counts, its other steps a page long."""
    out: list[str] = []
    for k, number in enumerate(range(880, 886, 2)):
        out += [str(number), "", HEAD, "", *_page(number, f"Member {k} rose.")]
        out += ["", str(number + 1)]
        out.append("")
    release = release_from_text("\n".join(out))
    removed = [r.text for r in release.removed]
    assert [t for t in removed if t.isdigit()] == [str(n) for n in range(880, 886)]


def test_head_with_page_number_on_its_line() -> None:
    """pdftotext -layout: the number at the head's outer edge, left or right page."""
    out: list[str] = []
    for k, number in enumerate(range(4777, 4781)):
        gap = " " * 20
        out.append(f"{gap}{HEAD}{gap}{number}" if number % 2 else f"{number}{gap}{HEAD}")
        out += ["", *_page(number, f"Question {k} was put."), ""]
    release = release_from_text("\n".join(out))
    assert sum("LEGISLATIVE ASSEMBLY" in r.text for r in release.removed) == 4
    assert "Question 2 was" in _kept(release)


def test_years_and_figures_stay() -> None:
    """Years listed together, or figures rising a page apart with no head beside them,
    are the text's own."""
    out = ["Archive of releases by year:", "2029", "2030", "2031", ""]
    for k, figure in enumerate(range(1200, 1204)):
        out += [*_page(figure, f"Paragraph {k} follows."), "", str(figure), ""]
    extracted = Extracted(lines=[Line(t) for t in out], format="txt")
    take_volume_page_runs(extracted)
    assert extracted.removed == []
    assert [line.text for line in extracted.lines] == out

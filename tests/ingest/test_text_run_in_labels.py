"""Enumerations run into a sentence and cut by a hard wrap (run_in_labels.py): a label
the wrap carried to a line's start ("(iii) comprehensively ...") goes on with the
sentence whose earlier labels stand mid-line; after that sentence has ended, a label
at a line's start opens the list's next entry. Made-up text in the shape of releases."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.run_in_labels import runs_in
from briefing.model import Release

from .helpers import lost_words

RESOLUTION = """The General Assembly,

     1.   Commits to accelerate the national response to noncommunicable diseases:
          (a) Significantly reduce tobacco use by: (i) implementing health warnings on
     all packages; (ii) restricting advertising, promotion and sponsorship, as appropriate;
     (iii) comprehensively reducing exposure to second-hand smoke in public places;
     and (iv) promoting safe and evidence-based quitting programmes;
          (b) Regulate, as appropriate, electronic delivery systems and heated products;
          (c) Promote healthy diets through measures such as: (i) reformulating food
     products; (ii) restricting the marketing of unhealthy foods to children; and
     (iii) providing nutritional information to consumers;

     2.   Decides to convene a high-level meeting on the question in the year 2100.
"""


def _labels(release: Release) -> list[str]:
    return [node.label for node in release.nodes() if node.label]


def test_a_wrapped_run_in_label_goes_on_with_its_sentence() -> None:
    release = release_from_text(RESOLUTION)
    assert _labels(release) == ["1.", "(a)", "(b)", "(c)", "2."]
    assert not lost_words(RESOLUTION, release)


def test_after_the_sentence_ended_the_next_entry_opens() -> None:
    current = [
        "(1) The governor said that the following commitments were made: (1) banks would",
        "work together as needed; and (2) to this end, five central banks would provide",
        "funds. The governor gave instructions that the Bank should consider a measure.",
    ]
    assert not runs_in(current, "(2) In this situation, the five central banks announced")


def test_a_paragraph_opening_with_the_previous_label_is_no_run() -> None:
    assert not runs_in(["(ii) Restricting advertising, as appropriate;"], "(iii) Reducing")
    assert runs_in(
        ["by: (i) implementing warnings; (ii) restricting advertising;"], "(iii) Reducing"
    )


MINUTES = """Minutes of the Harbour Board

The Board noted that the harbour's income would be lower than expected and that the
outlook carried risks from (1) weaker demand for freight, (2) the slower growth of the
ferry routes across the bay, together with the rising price of fuel,
(3) the repairs still due on the north quay and the dredging of the channel,
(4) uncertain fees for the new marina, whose opening date has not been set,
(5) and a fall in the number of fishing boats calling at the port.

The Board agreed to review the fees at its next meeting.
"""

WORKS = """Order on the Harbour Works

The harbour master shall keep a record of the works, including: 1. the dates of the
works on each quay;
2. the approval of the works; and
3. the return to normal use of the quay.
"""


def test_labels_running_on_over_several_line_starts_stay_in_their_sentence() -> None:
    # "(3)" goes on after the mid-line "(2)"; "(4)" after the "(3)" the paragraph took
    # in, and so on: the wrap carried three labels of one sentence to line starts.
    release = release_from_text(MINUTES)
    assert _labels(release) == []
    assert not lost_words(MINUTES, release)


def test_entries_closed_by_semicolons_open_lines_of_their_own() -> None:
    current = ["the record of works, including: 1. the dates of the", "works on each quay;"]
    assert runs_in(current, "2. the approval of the works; and")
    assert not runs_in([*current, "2. the approval of the works; and"], "3. the return")

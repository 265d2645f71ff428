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

"""A long crosshead in headline case in PDF text copied with no blank lines: split off the
sentence under it, and read as a heading though no blank line sets it apart (session 43).
Made-up report pages in a narrow column."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.headline_breaks import headline_over_sentence
from briefing.ingest.headline_heads import headline_cased
from tests.ingest.helpers import lost_words

# A report's column copied plain: no blank line between its parts, lines of about 55 letters.
_REPORT = (
    "Harbour Safety: Reviewing the National Strategy\n"
    "\n"
    "What We Found\n"
    "The harbour office set out last year how its ports would\n"
    "be kept safe from storms, fires and collisions between\n"
    "ships, and which of its services would answer for each.\n"
    "Its staff drew up the plan with the port companies, the\n"
    "fire brigade and the coast guard, and the minister signed\n"
    "it in the spring after a round of public meetings.\n"
    "The Examplian Office Needs to Fully Review and\n"
    "Update the National Harbour Safety Strategy\n"
    "In May 2031, we reported that the goals and the measures\n"
    "in the strategy give a good basis for a safer harbour,\n"
    "but that the office has not yet said who pays for them.\n"
    "The office agreed with our findings and said it would\n"
    "publish a plan for the work before the end of the year.\n"
    "\n"
    "The board will look at the plan again when the office\n"
    "sends it, and we will report on it in the next review.\n"
)

# A notice copied plain: the office's short line, then the headline over two lines.
_NOTICE = (
    "Examplia Police\n"
    "\n"
    "Notice on the Northern Port Case\n"
    "The police have taken up a complaint about a structure built on the beach in the\n"
    "northern port district without leave, and officers of the coast office have visited the\n"
    "site twice since the complaint was received at the station last month.\n"
    "Police Media Division\n"
    "Court Proceedings Opened Regarding the Placement of a Statue within the\n"
    "Northern Port Police District\n"
    "The case about the statue placed on the beach in the northern port district has been\n"
    "taken up before the court, which will hear the parties on the first day of next month.\n"
    "The police ask the public to keep away from the beach while the case is being heard.\n"
)


def _headings(text: str) -> list[str]:
    release = release_from_text(text)
    assert not lost_words(text, release)
    return [release.text[n.start : n.end] for n in release.root.walk() if n.kind == "heading"]


def test_a_headline_case_crosshead_is_split_off_its_first_sentence() -> None:
    heads = _headings(_REPORT)
    assert any(
        h.startswith("The Examplian Office Needs") and h.endswith("Safety Strategy") for h in heads
    ), heads


def test_a_long_headline_after_a_short_line_heads_its_section_without_a_blank() -> None:
    heads = _headings(_NOTICE)
    assert any(h.startswith("Court Proceedings Opened") for h in heads), heads


def test_headline_case_leaves_long_prepositions_in_lower_case() -> None:
    assert headline_cased(
        "Court Proceedings Opened Regarding the Placement of a Statue within the Port District"
    )
    assert headline_cased("New Rules for Shipping through the Examplian Straits from Next Year")
    assert not headline_cased("Court proceedings opened regarding the placement of a statue")


def test_only_a_crosshead_ended_short_over_a_sentence_is_split_off() -> None:
    head = ["The Examplian Office Needs to Fully Review and", "Update the National Strategy"]
    sentence = "In May 2031, we reported that the goals and the measures"
    assert headline_over_sentence(head, sentence, 60)
    # A line the wrap filled goes on: a list of names and offices cut mid-name.
    assert not headline_over_sentence(
        ["Harbour Safety Department Jane Example and General Counsel Anna"],
        "Sample took part in the final work on the decision.",
        60,
    )
    # A name cut at the wrap, its last word on the next line before a comma.
    assert not headline_over_sentence(
        ["Recalling the Examplian Declaration on Primary Health"],
        "Care, which aims at strengthening the services of the region",
        60,
    )
    # Commas part a list of names or a sentence's clauses; quotation marks cite a title.
    assert not headline_over_sentence(
        ["Jane Example, John Sample and Anna Model"], "Then the board voted on the plan.", 60
    )
    # The next line is a title's second line, not a sentence.
    assert not headline_over_sentence(head[:1], "Update the National Harbour Strategy", 60)


def test_an_address_or_a_field_in_headline_case_is_no_crosshead_without_a_blank() -> None:
    text = _NOTICE.replace(
        "Court Proceedings Opened Regarding the Placement of a Statue within the\n"
        "Northern Port Police District\n",
        "Examplia Harbour Courts Building • 133 North Riverfront Boulevard • Port Example\n"
        "Office of the Public Information Unit\n",
    )
    assert not any(h.startswith("Examplia Harbour Courts") for h in _headings(text))


def test_each_guard_of_the_crosshead_split_is_asked() -> None:
    # (review2: the cases above fail headline case first, so they never reached the guard
    # they name; these have six capitalised words and a line ended short.)
    # A name cut at the wrap, its last word on the next line before a comma.
    assert not headline_over_sentence(
        ["Recalling the Examplian Regional Declaration on Primary Health"],
        "Care, which aims at strengthening the services of the region",
        90,
    )
    # A line ending on a joining word goes on below.
    assert not headline_over_sentence(
        ["The Examplian Harbour Office Needs to Fully Review and"],
        "Update the plan that the office wrote with the ports last year",
        80,
    )
    # A line ending a sentence is a paragraph's, not a crosshead's.
    assert not headline_over_sentence(
        ["Jane Example Reviewed The Harbour Office Safety Plans."],
        "The board voted on the plan at its meeting in the spring.",
        80,
    )

"""Cutting long sentences: what is kept is a whole statement, never a verb without its
object, never a fragment ending in an ellipsis. Made-up sentences in the shape of releases."""

from __future__ import annotations

from briefing.analysis.clauses import complete_clause, trim
from briefing.analysis.summarise import bottom_line
from briefing.ingest import release_from_text

# "welcomed" needs its object: cutting at " and" after it says something the release did not.
WELCOMED = (
    "The Council of Ministers of the Northern Union welcomed, and fully endorsed after a "
    "long debate in its plenary session, the report of the independent panel on river "
    "pollution and the panel's proposals for a common monitoring network, which member "
    "states will fund together from next year."
)
# "including, if appropriate": the word before the inserted phrase is left open.
INCLUDING = (
    "The Assembly calls upon Member States to provide the Secretary-General, by 30 April "
    "each year, with a report on their spending for the latest fiscal year for which data "
    "are available, using one of the standard forms, including, if appropriate, a nil "
    "return, and to make those reports public on their national websites without delay."
)


def test_complete_clause_needs_the_verbs_object():
    assert not complete_clause("The Council of Ministers welcomed")
    assert not complete_clause("The Council of Ministers welcomed the report and")
    assert not complete_clause("The Assembly calls upon States to use the forms, including")
    assert not complete_clause(
        "The Assembly urges States to use the forms, including, if appropriate"
    )
    assert complete_clause("The Council of Ministers welcomed the report")
    assert complete_clause("The regulation was adopted")


def test_trim_never_leaves_a_verb_without_its_object():
    short = trim(WELCOMED, 140)
    assert not short.rstrip(".").endswith(("welcomed", "endorsed", "and"))
    assert "the report" in short and short.endswith(".")
    # Within 1.5x the limit and with no boundary after a complete clause: the whole sentence.
    assert trim(WELCOMED, 40 + len(WELCOMED) // 2) in (WELCOMED, trim(WELCOMED, 140))


def test_trim_skips_an_inserted_phrase_after_an_open_word():
    short = trim(INCLUDING, 300)
    assert not short.rstrip(".").endswith(("including", "if appropriate", "forms, including"))
    assert short.endswith(".") and len(short) <= 300


def test_trim_prefers_a_sentence_end_then_a_semicolon():
    text = "The Bank lowered its rate to 2 per cent. " + "It will watch prices " * 10 + "closely."
    assert trim(text, 80) == "The Bank lowered its rate to 2 per cent."
    text = (
        "The Board decided to lower the policy rate by a quarter point to 3 per cent; "
        "two members preferred to wait for the wage figures " + "of the spring " * 8
    )
    assert trim(text, 110).startswith("The Board decided") and trim(text, 110).endswith("cent.")


def test_bottom_line_cut_ends_at_a_full_stop_not_an_ellipsis():
    long_sentence = (
        "The Ministry of Foreign Affairs announced on Monday that the Government will "
        "contribute five million to the relief effort, "
        + ", ".join(
            f"support shelter programme number {i} in the northern districts" for i in range(12)
        )
        + ", and review the programme at the end of the year."
    )
    release = release_from_text(f"Relief for the northern region\n\n{long_sentence}\n")
    text = bottom_line(release, max_lines=2, line_width=90).text
    assert text and not text.endswith(("…", "...")) and "…" not in text
    assert text.endswith(".")


def test_trim_never_cuts_after_a_title_or_a_company_abbreviation():
    # A full stop after "Mr." or "Pty. Ltd." ends no sentence: a point ending on "Mr." names
    # nobody. The cut falls at a real boundary instead.
    text = (
        "Some 1,000 tins of food for the orphanage will be shipped by the Army over the next "
        "two weeks, the Minister for the Army, Mr. Jonathan Ruritan, said today, and a further "
        "shipment donated by Acme Foods Pty. Ltd. will follow as soon as transport is found."
    )
    for limit in (120, 140, 160):
        cut = trim(text, limit)
        assert not cut.endswith(("Mr.", "Pty.", "Ltd.")), cut


# A resolution's participle opens a phrase: "..., reaffirming" cut there says nothing.
REAFFIRMING = (
    "The Assembly welcomes the entry into force of the Treaty on the Examplian Nuclear-"
    "Weapon-Free Zone in the Region, reaffirming and strengthening the commitment of all "
    "States of the region to the peaceful uses of nuclear energy and to general and "
    "complete disarmament under strict and effective international control."
)


def test_trim_never_ends_on_a_participle_that_needs_its_object():
    assert not complete_clause("The Assembly welcomes the Treaty in the Region, reaffirming")
    assert not complete_clause("The Assembly notes the report, calling")
    for limit in (140, 160, 180, 200):
        short = trim(REAFFIRMING, limit)
        assert not short.rstrip(".").endswith(("reaffirming", "strengthening", "and")), short
        assert short.endswith(".")


def test_an_ing_form_after_an_article_is_a_noun_with_nothing_missing():
    # "the signing", "a holding", "its setting": a noun, the verb's object (review1).
    assert complete_clause("The ministers attended the signing")
    assert complete_clause("The bank has sold a holding")
    assert complete_clause("The ministers met after the signing in Geneva")
    assert complete_clause("The board reviewed its setting of the rates")
    assert not complete_clause("The Council adopted the text, calling")

"""Text copied out of a UN-style PDF (pdftotext with and without -layout): the cover's
fields, the resolution's number alone on its line over the title, and the running head
that repeats the title on later pages. All text here is made up in that shape."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words

# pdftotext without -layout: the number "81/123." is set apart in its own column, so it
# lands on a line of its own; the title's wrap runs straight into the enacting formula.
RAW = """\
A/RES/81/123

United Nations

General Assembly

Distr.: General
9 January 2027

Eighty-first session
Agenda item 71
Promotion of fair fisheries and ocean stewardship

Resolution adopted by the General Assembly
on 20 December 2026
[on the report of the Second Committee (A/81/456, para. 9)]

81/123.

Regional cooperation on sustainable coastal fisheries 2026–2030 in small
island developing States
The General Assembly,
Recalling its resolutions 77/11 of 1 December 2022 and 79/19 of 6 December 2024,
and noting that regional cooperation on sustainable coastal fisheries 2026–2030 in small
island developing States has been reviewed,
Welcoming the work of the regional fisheries bodies,
1. Decides to continue its consideration of the question;
2. Requests the Secretary-General to report on the implementation of the present
resolution.

27-00123 (E)

*2700123*

\fA/RES/81/123

Regional cooperation on sustainable coastal fisheries 2026–2030 in small
island developing States

3. Decides to include the item in the provisional agenda of its eighty-second session.
"""


def test_title_is_the_line_under_the_lone_resolution_number():
    release = release_from_text(RAW)
    assert release.title.startswith("Regional cooperation on sustainable coastal fisheries")
    assert release.title.endswith("in small island developing States")
    # The agenda item's name is the session's business, never the title.
    assert "Promotion of fair fisheries" not in release.title


def test_enacting_formula_is_not_glued_to_the_title():
    release = release_from_text(RAW)
    paragraphs = [release.node_text(n).strip() for n in release.nodes() if n.kind == "paragraph"]
    assert "The General Assembly," in paragraphs
    assert "The General Assembly" not in release.title


def test_running_head_repeating_the_title_goes_but_the_title_stays():
    release = release_from_text(RAW)
    removed = [r.text for r in release.removed]
    # Page 2's head (the symbol and the title's two lines) is furniture ...
    assert "Regional cooperation on sustainable coastal fisheries 2026–2030 in small" in removed
    assert "island developing States" in removed
    # ... and page 1's title, the same words mid-page, is kept (only once in the text).
    assert release.text.count("Regional cooperation on sustainable coastal fisheries") == 1
    assert not lost_words(RAW, release)


# pdftotext -layout: the number beside the title's first line, and on the next page the
# running head's title wrapped over the symbol's line.
LAYOUT = """\
                   United Nations                                              A/RES/81/124
                   General Assembly                                     Distr.: General
                                                                        9 January 2027

Eighty-first session
Agenda item 12
Report of the Economic and Social Council

                   Resolution adopted by the General Assembly
                   on 20 December 2026

  81/124.          Graduation of Atlantis from the least developed
                   country category

                         The General Assembly,
                        Recalling the resolution of the Economic and Social Council of 3 June 2026 on
                   the report of the Committee for Development Policy,
                        1.    Decides to take note of the recommendation that Atlantis be graduated
                   from the category;

27-00124 (E)
*2700124*
\f                                                   Graduation of Atlantis from the least developed
A/RES/81/124                                                                     country category

                        2.    Invites Atlantis to prepare its national transition strategy.

                                                                         54th plenary meeting
                                                                           20 December 2026
"""


def test_running_title_wrapped_over_the_symbol_line_is_furniture():
    release = release_from_text(LAYOUT)
    removed = [r.text for r in release.removed]
    assert "Graduation of Atlantis from the least developed" in removed
    assert release.text.count("Graduation of Atlantis") == 1
    assert release.title.endswith(
        "Graduation of Atlantis from the least developed country category"
    )
    assert not lost_words(LAYOUT, release)


# A decision's number without its full stop ("14/105"), the document's symbol ending in
# it: the decision's own number, not a page "14 of 105".
DECISION = """\
A/HRC/DEC/14/105

United Nations

General Assembly

Distr.: General
23 June 2027

Human Rights Council
Fourteenth session
Agenda item 6
Universal periodic review

Decision adopted by the Human Rights Council
14/105
Outcome of the universal periodic review: Atlantis
The Human Rights Council,
Acting in compliance with the mandate entrusted to it by the General Assembly,
Adopts the outcome of the universal periodic review on Atlantis.
"""


def test_decision_number_alone_is_kept_and_heads_the_title():
    release = release_from_text(DECISION)
    assert release.title == "Outcome of the universal periodic review: Atlantis"
    assert "14/105" not in [r.text for r in release.removed]
    assert "14/105" in release.text


def test_a_real_page_number_is_still_furniture():
    text = DECISION.replace("Adopts the outcome", "2/5\nAdopts the outcome")
    release = release_from_text(text)
    assert "2/5" in [r.text for r in release.removed]

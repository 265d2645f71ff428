"""Gaps found by reading exported notes, each checked on a made-up release in the shape of
real ones: the lead paragraph after a standfirst, Background from the context the release
states, and citations for the turns of minutes and transcripts."""

from __future__ import annotations

from briefing.brief import draft_brief
from briefing.brief.cite import Citations
from briefing.brief.compose import BACKGROUND_TO_WRITE
from briefing.ingest import release_from_text
from briefing.model import Project

# A parliament's press page: highlight bullets, a standfirst, then the lead paragraph
# saying who did what, then context and a "Background" section.
STANDFIRST = """Assembly: the northern governors have no mandate

- Assembly recognises the elected council as the region's legitimate authority
- Call for targeted sanctions

Members call on partners to suspend contacts with the northern governors, whom they accuse of ignoring the courts.

In a resolution adopted on Wednesday, the Assembly refuses to recognise the governors appointed after the annulled regional vote of 3 March and calls for a new vote within six months.

Members want the Commission to freeze the region's structural funds until the courts' rulings are applied.

The resolution was adopted by 410 votes in favour, 70 against and 52 abstentions.

Background

The region was granted special status in 2019 after a decade of negotiations with the capital.
"""

# A ministry statement whose only context is the step before it ("follows", "since").
CONTEXT = """Minister announces river clean-up fund

The Minister for the Environment today announced a fund of ten million to clean up the country's three largest rivers.

The fund will pay for new treatment plants in the towns that discharge untreated water into the rivers.

Grants will be awarded by an independent panel, which will publish its first decisions in June.

Towns will have to match each grant with their own funds and report on progress every year.

The fund follows the national water review, which found in 2023 that two thirds of river sites failed the quality standard.
"""

# Minutes whose decisions are numbered but whose turns of discussion are not.
MINUTES = """Minutes of the Monetary Policy Board meeting

1. The Board met on 4 March to set the policy rate for the coming quarter.

2. Staff presented the economic outlook and the inflation forecast.

GOVERNOR LANE: The Board has decided to lower the policy rate by a quarter point to 3 per cent.

The Board will continue to watch wages and prices closely over the coming months.

DEPUTY GOVERNOR ORTIZ: I supported the decision because inflation has fallen for six months in a row.
"""


def _draft(text: str):
    release = release_from_text(text)
    project = Project(releases=[release])
    project.brief = draft_brief(project)
    return release, project


def _texts(project, key: str) -> list[str]:
    return [p.text for p in project.brief.section(key).paragraphs]


def test_the_lead_after_a_standfirst_is_the_summary_never_the_background():
    _, project = _draft(STANDFIRST)
    summary = " ".join(_texts(project, "summary"))
    background = " ".join(_texts(project, "background"))
    assert "the Assembly refuses to recognise the governors" in summary
    assert "refuses to recognise" not in background
    # Background takes what the release says of the context: its "Background" section.
    assert "special status in 2019" in background
    points = _texts(project, "key_points")
    assert points and "refuses to recognise" not in points[0]


def test_background_finds_the_step_the_release_says_it_follows():
    _, project = _draft(CONTEXT)
    background = _texts(project, "background")
    assert background != [BACKGROUND_TO_WRITE]
    assert any("national water review" in b for b in background)
    title = "Minister announces river clean-up fund"
    assert all(b.replace(title, "").strip(" “”.") for b in background)


def test_unnumbered_turns_of_minutes_cite_the_speakers_remarks():
    release, project = _draft(MINUTES)
    citations = Citations(project)
    texts = {
        p.text: citations.text(p.cites) for p in project.brief.section("key_points").paragraphs
    }
    assert texts and all(texts.values()), texts
    turns = [c for t, c in texts.items() if "policy rate by a quarter" in t or "six months" in t]
    assert turns and all(c.startswith("(remarks by ") for c in turns), texts
    # A turn running on over a second paragraph is still that speaker's remarks.
    index = citations._index(release.id)
    follow = next(
        n for n in release.nodes() if "continue to watch" in release.text[n.start : n.end]
    )
    assert index.speaker(follow.id) == "GOVERNOR LANE"
    assert citations.text([(release.id, follow.id)]) == "(remarks by Governor Lane)"


def test_a_turn_marked_by_the_reader_cites_its_speaker():
    release = release_from_text(MINUTES)
    node = next(
        n for n in release.nodes() if "supported the decision" in release.text[n.start : n.end]
    )
    node.attrs["speaker"] = "Deputy Governor Ortiz"
    project = Project(releases=[release])
    assert Citations(project).text([(release.id, node.id)]) == "(remarks by Deputy Governor Ortiz)"


def test_an_untitled_release_is_named_by_what_its_lead_reports():
    from briefing.brief.compose import _about
    from briefing.brief.phrases import Phrasebook

    english = Phrasebook.of("en")
    # A subject drafted from the lead can be a clause: "on <clause>" would not read.
    assert _about("Board members agreed to lower the rate", english) == (
        "the release reporting that board members agreed to lower the rate"
    )
    assert _about("Annual inflation", english) == "the release on annual inflation"
    assert _about("", english) == "the release"


def test_a_spoken_enumerator_is_not_left_in_a_key_point():
    from briefing.analysis.point_text import clean_text

    # "Number two," leans on a list the note does not print.
    assert clean_text("Number two, everyone eligible should get the booster shot.") == (
        "Everyone eligible should get the booster shot."
    )


def test_a_subtitle_is_a_summary_candidate_but_never_a_key_point():
    from briefing.analysis.draft import draft_release
    from briefing.analysis.summarise import candidate_sentences

    release = release_from_text(STANDFIRST)
    standfirst = next(
        n for n in release.nodes() if "suspend contacts" in release.text[n.start : n.end]
    )
    standfirst.kind = "subtitle"  # as a reader marks a standfirst printed under the title
    assert any(c.node_id == standfirst.id for c in candidate_sentences(release))
    draft = draft_release(release)
    assert "the Assembly refuses to recognise" in draft.summary
    assert all(p.node_id != standfirst.id for p in draft.points)
    # A headline-style subtitle is a fragment: never a candidate sentence.
    release = release_from_text("Fund launched\n\n- River Fund Launched -\n\n" + CONTEXT)
    headline = next(n for n in release.nodes() if "River Fund" in release.text[n.start : n.end])
    headline.kind = "subtitle"
    assert all(c.node_id != headline.id for c in candidate_sentences(release))

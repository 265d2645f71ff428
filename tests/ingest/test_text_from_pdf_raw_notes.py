"""A draft resolution as ``pdftotext -raw`` prints it (made-up text in that shape): the
sponsors' line over the title, lines cut after every raised note number, the footnote
rule and its notes, and a sentence carried over the page break on a name."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words

DRAFT = """\
United Nations A/C.3/81/L.40
General Assembly Distr.: Limited
4 November 2026
Original: English
26-18040 (E) 041126
*2618040*
Eighty-first session
Third Committee
Agenda item 71
Promotion and protection of human rights
Atlantis, Borduria,* Freedonia and Syldavia: draft resolution
The right of island peoples to clean water
The General Assembly,
Guided by the purposes and principles of the Charter of the United Nations,
Bearing in mind the International Covenant on Economic, Social and Cultural Rights,1
the Universal
Declaration of Human Rights,2
the Declaration on the Right to
Development 3
and the Programme of Action adopted at the World Conference on Small
Island States,4
Recalling its earlier resolutions on the matter and the work of the Special Rapporteur
on the human rights to safe drinking water and sanitation, the
__________________
* On behalf of the States members of the Small Islands Forum.
1
Resolution 2200 A (XXI), annex.
2
Resolution 217 A (III).
3
Resolution 41/128, annex.
4
A/CONF.999/9, chap. I.

\fA/C.3/81/L.40
26-18040
2/2

Island Water Partnership5
and the regional commissions,
1. Reaffirms the right of island peoples to clean water;
2. Decides to continue its consideration of the question.
__________________
5
A/81/500.
"""


def _notes(release):
    return {n.label: n for n in release.nodes() if n.kind == "footnote"}


def _parent_text(release, note):
    for node in release.nodes():
        if note in node.children:
            return release.node_text(node)
    return ""


def test_title_is_the_line_under_the_sponsors():
    release = release_from_text(DRAFT)
    assert release.title == "The right of island peoples to clean water"


def test_a_paragraph_cut_at_each_marker_is_one_paragraph_holding_its_notes():
    release = release_from_text(DRAFT)
    notes = _notes(release)
    for label in ("1", "2", "3", "4"):
        assert label in notes, label
        assert _parent_text(release, notes[label]).startswith("Bearing in mind the International")
    paragraphs = [release.node_text(n) for n in release.nodes() if n.kind == "paragraph"]
    assert not any(
        p.startswith(("the Universal", "Declaration of", "and the Programme")) for p in paragraphs
    )


def test_a_name_carried_over_the_page_break_joins_its_sentence():
    release = release_from_text(DRAFT)
    notes = _notes(release)
    assert _parent_text(release, notes["5"]).startswith("Recalling its earlier resolutions")
    paragraphs = [release.node_text(n) for n in release.nodes() if n.kind == "paragraph"]
    assert not any(p.startswith("Island Water Partnership") for p in paragraphs)
    assert not lost_words(DRAFT, release)


def test_the_footnote_rule_ends_the_paragraph_above_it():
    text = (
        "Recalling its earlier resolutions on the matter, and noting the report of the\n"
        "Special Rapporteur on the right to water and the work of the regional commissions\n"
        "__________________\n"
        "See A/80/100.\n"
    )
    release = release_from_text(text)
    paragraphs = [release.node_text(n) for n in release.nodes() if n.kind == "paragraph"]
    assert not any("__________" in p for p in paragraphs)


def test_a_note_under_the_rule_is_not_carried_on_as_the_sentence():
    # After the rule, a note whose number the extraction lost is no page's next line.
    text = DRAFT.replace(
        "1\nResolution 2200 A (XXI), annex.\n", "Resolution 2200 A (XXI), annex.\n"
    )
    text = text.replace("* On behalf of the States members of the Small Islands Forum.\n", "")
    release = release_from_text(text)
    recalling = next(
        release.node_text(n)
        for n in release.nodes()
        if release.node_text(n).startswith("Recalling its earlier")
    )
    assert "Resolution 2200" not in recalling


def test_names_listed_under_a_line_with_a_marker_stay_apart():
    text = (
        "Policy Board Members Present\n"
        "    Mr. A. Yamada, Chairman, Deputy Governor of the Central Bank of Atlantis2\n"
        "    Mr. B. Kato, Deputy Governor of the Central Bank of Atlantis\n"
        "    Ms. C. Suzuki\n"
        "    Mr. D. Ito\n"
    )
    release = release_from_text(text)
    assert "Ms. C. Suzuki Mr. D. Ito" not in release.text.replace("\n", " ")


# pdftotext -layout: markers spaced off their clause ("session, 1"), each note's number on
# its own line under the rule.
LAYOUT = """\
                         The General Assembly,
                        Recalling Economic and Social Council resolution 2026/3 of 2 June 2026 on the
                   report of the Committee for Development Policy on its thirtieth session, 1
                        Taking into account its resolutions 59/209 of 20 December 2004 and 67/221 of
                   21 December 2012 on a smooth transition for graduating countries,
                        Noting with concern the effects of the pandemic on the countries concerned, 2
                        1.    Decides to remain seized of the matter.


        _______________
               1
                   Official Records of the Economic and Social Council, 2026, Supplement No. 13 (E/2026/33).
               2
                   See resolution 70/1.
"""


def test_a_marker_spaced_off_the_comma_still_ends_the_preambular_clause():
    release = release_from_text(LAYOUT)
    paragraphs = [release.node_text(n) for n in release.nodes() if n.kind == "paragraph"]
    assert any(p.startswith("Taking into account its resolutions") for p in paragraphs)


def test_each_note_under_the_rule_is_its_own_note():
    release = release_from_text(LAYOUT)
    notes = _notes(release)
    assert release.node_text(notes["1"]).endswith("Supplement No. 13 (E/2026/33).")
    assert _parent_text(release, notes["2"]).startswith("Noting with concern")
    assert not lost_words(LAYOUT, release)


def test_the_first_operative_paragraph_is_not_glued_to_a_marked_preambular_clause():
    release = release_from_text(LAYOUT)
    numbered = [n for n in release.nodes() if n.label == "1."]
    assert numbered and release.node_text(numbered[0]).startswith("Decides")
    noting = next(
        release.node_text(n) for n in release.nodes() if release.node_text(n).startswith("Noting")
    )
    assert "Decides" not in noting


def test_a_sentence_carried_over_the_page_break_may_open_with_a_quote_mark():
    text = (
        "2. Acknowledges the ethical imperatives for nuclear disarmament and the urgency of\n"
        "achieving and maintaining a nuclear-weapon-free world, which is a\n"
        "__________________\n"
        "1 See resolution 1653 (XVI).\n"
        "\n"
        "27-16540\n"
        "\n"
        "\f\u201cglobal public good of the highest order\u201d, serving both national and\n"
        "collective security interests;\n"
        "3. Decides to remain seized of the matter.\n"
    )
    release = release_from_text(text)
    two = next(n for n in release.nodes() if n.label == "2.")
    assert "global public good" in release.text[two.start : two.end]


COLON_TAIL = """\
Atlantis and Borduria: draft resolution
Water for island peoples
The General Assembly,
Convinced that clean water, sound sanitation and the practical application of the
knowledge gained in managing them, as well as rainwater harvesting, desalination and
the protection of aquifers, are indispensable tools for the implementation of the
2030 Agenda for Sustainable Development, 1
including the Island Water Framework:
water as a right of every island household, adopted in 2024,2
and for ensuring a
fairer share of water for all islands and for the peoples living on them,
Recalling its earlier resolutions on the matter,
__________________
1
Resolution 70/1.
2
Resolution 79/999.
"""


def test_a_colon_before_lower_case_in_a_paragraph_cut_at_markers_goes_on():
    # (The line after the cut at "Development, 1" stops on a colon where the printed
    # line ended; the sentence goes on in lower case, holding note 2's marker.)
    release = release_from_text(COLON_TAIL)
    notes = _notes(release)
    assert _parent_text(release, notes["2"]).startswith("Convinced that clean water")
    paragraphs = [release.node_text(n) for n in release.root.walk() if n.kind == "paragraph"]
    assert not any(p.startswith("water as a right") for p in paragraphs)

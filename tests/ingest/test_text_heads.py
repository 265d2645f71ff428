"""Headings and titles in plain text (issue 11, the text-head family): reports lettered
past H, translators' notes over minutes, a headline's date on the line under it. Made-up
text in the shapes these releases reach us in (PDF text, web pages saved as text)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.date_alone import date_alone
from briefing.ingest.title import is_translation_note
from tests.ingest.helpers import lost_words


def _headings(release) -> list[str]:
    return [release.node_text(n) for n in release.nodes() if n.kind == "heading"]


def _lettered_report(layout: bool) -> str:
    """A national report's sections A. to L., as ``pdftotext -layout`` (indented label,
    wide gap) or plain ``pdftotext`` (the letter alone on its line) prints them."""
    titles = "Background Institutions Equality Justice Education Health Housing Labour".split()
    titles += ["Persons with disabilities", "Erased persons", "Children and youth"]
    titles += ["Older persons"]
    parts = ["Examplia national report\n", "I. Methodology\n"]
    number = 1
    for n, title in enumerate(titles):
        letter = "ABCDEFGHIJKL"[n]
        if layout:
            parts.append(
                f"      {letter}.   {title}\n           (Recommendations {n + 3}, {n + 40})\n"
            )
        else:
            parts.append(f"{letter}.\n\n{title}\n(Recommendations {n + 3}, {n + 40})\n")
        for _ in range(2):
            parts.append(
                f"{number}. Examplia adopted a programme in this field in 2023 and will report "
                "on its results to the treaty bodies in due course.\n"
            )
            number += 1
        parts.append("")
    return "\n".join(parts)


def test_letters_past_h_go_on_with_the_series():
    for layout in (True, False):
        text = _lettered_report(layout)
        release = release_from_text(text)
        heads = _headings(release)
        for title in ("Persons with disabilities", "Erased persons", "Children and youth"):
            assert title in heads, (layout, heads)
        assert "Older persons" in heads
        nodes = {release.node_text(n): n for n in release.nodes() if n.kind == "heading"}
        # "I." after "H." is the letter, at H.'s level, not a Roman part above J.
        assert nodes["Erased persons"].label == "J."
        assert nodes["Persons with disabilities"].label == "I."
        assert not lost_words(text, release)


def test_an_initial_outside_a_series_stays_text():
    text = """\
Statement by the Chair

A. Opening of the meeting
The Chair opened the meeting and welcomed the delegations to the session.

M. Dupont
Delegate of Examplia, who spoke first and thanked the Chair for the invitation.
"""
    release = release_from_text(text)
    # Past H, a letter is read as a section's only where the series reaches it.
    assert all(n.label != "M." for n in release.nodes())


def test_a_translators_note_is_never_the_title():
    text = """\
Minutes of the Monetary Policy Meeting on May 10, 2030

(English translation prepared by the Bank's staff based on the Japanese original)

June 18, 2030
Bank of Examplia

A Monetary Policy Meeting of the Bank of Examplia Policy Board was held in the Head
Office of the Bank on Monday, May 10, 2030, from 9:00 a.m. to 11:05 a.m.

The Policy Board approved the minutes of the previous meeting, which would be
released on May 20, 2030.
"""
    release = release_from_text(text)
    assert release.title == "Minutes of the Monetary Policy Meeting on May 10, 2030"
    assert release.date == "2030-06-18"


def test_a_translation_note_above_the_minutes_is_no_first_paragraph():
    text = """\
CENTRAL BANK OF EXAMPLIA

/ This is a translation of a document originally written in Spanish. In case of discrepancy
the Spanish original prevails.

MINUTES OF THE
MONETARY POLICY MEETING
Monetary policy meeting No. 301, held on 4 December 2031.

The Board reviewed the external scenario and the domestic outlook, and agreed that the
risks to inflation were balanced over the policy horizon.
"""
    release = release_from_text(text)
    assert "translation" not in release.title
    assert release.date == "2031-12-04"


def test_translation_note_predicate():
    assert is_translation_note("(English translation prepared by the Bank staff)")
    assert is_translation_note("/ This is a translation of a document originally written in")
    assert is_translation_note("Unofficial translation")
    # A title about translating, or a sentence using the word, is no such note.
    assert not is_translation_note("Translation services for the Examplia summit")
    assert not is_translation_note("The translation of the treaty was approved.")


def test_a_date_alone_under_a_wrapped_headline_is_its_dateline():
    # Text wrapped at 72 columns: the headline's line nearly fills the measure, the
    # date under it is the release's date, not the headline's last words.
    text = """\
FACT SHEET: Examplia and Sampleland Launch a Partnership on Clean Energy
2030-11-10

The leaders of Examplia and Sampleland met in the capital on Thursday and
agreed to launch a partnership on clean energy and critical minerals, with
new funding for research and for the training of engineers in both states.

The partnership will be reviewed every two years by the ministers of energy
of both countries, who will report to the leaders on the progress achieved.
"""
    release = release_from_text(text)
    assert release.title == (
        "FACT SHEET: Examplia and Sampleland Launch a Partnership on Clean Energy"
    )
    assert release.date == "2030-11-10"


def test_date_alone_predicate():
    assert date_alone("2030-11-10")
    assert date_alone("November 10, 2030")
    assert date_alone("Wednesday, 12 September 2029")
    assert date_alone("Geneva, 12 May 2029.")
    # The end of a phrase, a year alone, words around a date: no dateline.
    assert not date_alone("on 24 December 2029")
    assert not date_alone("2029")
    assert not date_alone("12 May 2029 and the following days")


def test_attendance_groups_are_headed_in_a_page_copied_as_text():
    # A web page saved as text: a paragraph a line, no blank lines in the body. Each
    # group of attending people has its heading; each entry is a line of its own.
    text = """\
Minutes of the Monetary Policy Meeting on March 3, 2031

April 7, 2031
Bank of Examplia

A Monetary Policy Meeting of the Bank of Examplia Policy Board was held in the Head Office of the Bank on Monday, March 3, 2031.

Board Members Present
Mr. A. Example, Chairman, Governor of the Bank of Examplia
Ms. B. Sample, Deputy Governor of the Bank of Examplia
Mr. C. Person, representative of the Ministry of Finance of Examplia
Reporting Staff
Mr. D. Staff, Executive Director in charge of the Monetary Affairs Department
Mr. E. Staff, Director-General, Research and Statistics Department of the Bank
I. Approval of the Minutes of the Monetary Policy Meeting held on February 10, 2031
The Policy Board approved the minutes of the Monetary Policy Meeting held on February 10, 2031, for release on March 8.
B. Recent Developments in the Foreign Exchange Market and Overseas Economic and Financial Conditions
In the period since the previous meeting, the currency depreciated against the dollar, and long-term rates rose.
"""
    release = release_from_text(text)
    heads = _headings(release)
    assert "Board Members Present" in heads
    assert "Reporting Staff" in heads
    assert any(h.startswith("Approval of the Minutes") for h in heads), heads
    assert any(h.startswith("Recent Developments in the Foreign") for h in heads), heads
    entries = [release.node_text(n) for n in release.nodes()]
    assert "Mr. D. Staff, Executive Director in charge of the Monetary Affairs Department" in (
        entries
    )
    assert not lost_words(text, release)


def test_participants_after_the_body_are_headed_but_a_vote_lead_in_is_not():
    text = """\
Report on the Examplia Bank's discussions prior to deciding on the interest rate

The Committee discussed the state of the economy and the outlook for inflation, and
decided to keep the interest rate unchanged at 4.5 per cent.

Votes for this proposal:
Mr. A. Example
Ms. B. Sample
Dr. C. Person

The Committee will meet again on 3 June 2031 to review the interest rate.

Participants in the narrow-forum discussion:
Members of the Monetary Committee:
Prof. D. Example, Governor of the Bank and Committee Chairperson
Mr. E. Sample, Deputy Governor of the Bank
Dr. F. Person
"""
    release = release_from_text(text)
    heads = _headings(release)
    assert "Votes for this proposal:" not in heads
    assert "Members of the Monetary Committee:" in heads
    assert "Participants in the narrow-forum discussion:" in heads


def test_a_long_crosshead_in_headline_case_heads_its_part():
    text = """\
FACT SHEET: Examplia Releases Its Fifth National Climate Assessment
2031-11-14

The assessment finds that the effects of climate change are already far-reaching and
are worsening in every region of the country, and it sets out the options to respond.

Available Mitigation Strategies Can Deliver Emissions Reductions, but Examplia Must Go Further and Faster to Reach Net Zero

The risk of exceeding a particular warming level depends on current and future
emissions, and the assessment shows that faster action would limit that risk.

The ministry will publish a summary for each region of the country next year, with
the figures for the main sectors of the economy.
"""
    release = release_from_text(text)
    heads = _headings(release)
    assert any(h.startswith("Available Mitigation Strategies") for h in heads), heads
    # A long line of prose is never one: its words are not all capitalised.
    assert not any(h.startswith("The ministry") for h in heads)


def test_contacts_line_heads_the_contacts_copied_from_a_page():
    text = """\
Examplia: Parliament refuses to recognise the self-proclaimed authorities

Plenary session, 12 February 2031

Members adopted a resolution refusing to recognise the authorities proclaimed after the
elections, by 444 votes in favour, 72 against and 82 abstentions.

Next steps

The resolution goes to the Council, which will discuss it at its meeting next month.

Contacts:

Jane EXAMPLE

Press Officer

Contact data:

Phone number: (+32) 2 28 12345 (BXL)

E-mail: press-example@example.eu
"""
    release = release_from_text(text)
    heads = _headings(release)
    assert "Contacts:" in heads
    assert "Contact data:" not in heads  # a field of the contact, inside the section
    # A site's footer link "Contacts" over other links heads nothing.
    footer = "\n\nContacts\n\nSite map\n\nAccessibility\n"
    release = release_from_text(text.split("Contacts:")[0] + footer)
    assert "Contacts" not in _headings(release)


def test_a_numbered_topic_line_heads_its_statement():
    text = """\
Déclarations officielles de politique étrangère du 3 mai 2031

1 - Examplie - Élections législatives (2 mai 2031) - Déclaration de la porte-parole
C'est avec satisfaction que la France a pris connaissance des résultats des élections
législatives qui se sont tenues hier en Examplie.

La France salue la participation élevée des électeurs et le bon déroulement du scrutin.

2 - Liberté de la presse - Rapport annuel (3 mai 2031)
La France prend note du rapport publié ce jour, qui rappelle la situation difficile des
journalistes dans de nombreux pays du monde.
"""
    release = release_from_text(text)
    heads = _headings(release)
    assert any(h.startswith("1 - Examplie - Élections") for h in heads), heads
    assert any(h.startswith("2 - Liberté de la presse") for h in heads), heads
    # The statement under the topic line is its own paragraph, not the topic's wrap.
    paragraphs = [release.node_text(n) for n in release.nodes() if n.kind == "paragraph"]
    assert any(p.startswith("C'est avec satisfaction") for p in paragraphs)
    assert not lost_words(text, release)


def test_a_speech_title_over_its_speaker_and_occasion():
    text = """\
  Examplia Migrant Council Annual General Meeting

  Jane Example - Shadow Minister for Immigration

  Address - Spring Hill, Brisbane - 30 March 2030

  Check Against Delivery

  Thank you for the opportunity to address your Annual General Meeting in my capacity
as Shadow Minister for Immigration. The work of the Council is well known to me.

  Let me start by reaffirming our support for the rights of every community in
Examplia, and for a fair and open immigration programme.
"""
    release = release_from_text(text)
    assert release.title == "Examplia Migrant Council Annual General Meeting"
    assert release.date == "2030-03-30"


def test_a_house_of_parliament_letterhead_is_no_title():
    text = """\
  MEDIA RELEASE

  SENATOR JANE EXAMPLE  EXAMPLIA DEMOCRATS  SENATOR FOR VICTORIA

  PARLIAMENT OF EXAMPLIA ·  THE SENATE

  11 September 1990

  ILLEGAL ENTRANTS IN EXAMPLIA - BALANCING CONTROL AND COMPASSION

  "The neglect of previous Governments has left Examplia with a legacy of illegal entrants, and this number must be reduced," Senator Jane Example said today.

  "The Democrats support tough measures, but the law must allow for compassion."
"""
    release = release_from_text(text)
    assert release.title == "ILLEGAL ENTRANTS IN EXAMPLIA - BALANCING CONTROL AND COMPASSION"


def test_the_kind_of_paper_and_its_date_is_no_title():
    text = """\
Tuesday, 20 December 2031   EXAMPLIA GREENS MEDIA RELEASE

Examplia should take the survivors found to be refugees, say the Greens, as the
ministry reviews the cases of all those rescued at sea last week.

The Greens call on the minister to act before the end of the year.
"""
    release = release_from_text(text)
    assert "MEDIA RELEASE" not in release.title
    assert release.date == "2031-12-20"


def test_an_agenda_item_in_capitals_heads_its_sections():
    text = """\
Minutes of the Joint Meeting of the Board of Directors of the Central Bank of Examplia

The Board of Directors and the Board of Supervisors held their joint meeting at the Bank's head office on 19 December 2030, with the Governor presiding over the discussions of the day.

AGENDA ITEM 1: ADJUSTING THE MONEY GROWTH TARGET RANGE TO A REFERENCE RANGE FROM 2031 ONWARDS
I.\tInformation related to the adjustment of the money growth target range
The Department of Economic Research provided the following information to the Board, which it had prepared with the Department of Banking over the past three months of the year.
II.\tDiscussion and decision
The Board members discussed the proposal in detail and adopted it unanimously after the vote, with effect from the first day of the coming year.
"""
    release = release_from_text(text)
    heads = _headings(release)
    assert any(h.startswith("AGENDA ITEM 1: ADJUSTING") for h in heads), heads


# A typewritten release in capitals, double-spaced, read as text: each printed line is a
# block of its own, and none of them is a heading however long and capitalised.
TYPED_IN_CAPITALS = """MEDIA RELEASE

MINISTER FOR EXAMPLE AFFAIRS

THE MINISTER TODAY SAID THAT APPRENTICE NUMBERS ROSE BY A QUARTER. THIS SIGNALS

A SIGNIFICANT RECOVERY OF THE TRAINING MARKET IN ALL STATES AND TERRITORIES.

THE GOVERNMENT WILL CONTINUE TO SUPPORT EMPLOYERS WHO TAKE ON YOUNG PEOPLE, SINCE

THE SCHEME WILL BE REVIEWED AGAIN IN THE NEXT FINANCIAL YEAR WITH THE STATES.
"""


def test_lines_of_a_release_typed_in_capitals_are_no_headings():
    release = release_from_text(TYPED_IN_CAPITALS)
    heads = [release.text[n.start : n.end] for n in release.root.walk() if n.kind == "heading"]
    assert not [h for h in heads if "APPRENTICES" in h or "EMPLOYERS" in h], heads

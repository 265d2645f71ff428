"""A regular press briefing's announcements: "I. ANNOUNCEMENTS" over numbered event
titles, each a long line naming the event with its paragraphs under it, then the
questions. Made-up text in the shape of real ministry briefings."""

from __future__ import annotations

from briefing.ingest import release_from_text

BRIEFING = """\
Regular Press Briefing No. 14 of 2031

I. ANNOUNCEMENTS

1. The President and his wife will pay an official visit to the Republic of Palau from 9 to 10 August 2031

At the invitation of the President of Palau, the President will pay an official visit to the country.

During the visit the two Presidents will hold talks and attend the opening of the new parliament.

2. The Vice President and Foreign Minister of Iceland will pay an official visit from 12 to 14 August 2031

At the invitation of the Foreign Minister, the Vice President will visit the capital and the north.

II. QUESTIONS AND ANSWERS

Q: Could you tell us more about the agreements to be signed during the visit to Palau?

A: The two sides will sign agreements on fisheries and education; details will follow.
"""

NUMBERED_PARAGRAPHS = """\
Joint statement on the fisheries talks

1. The two delegations met in Reykjavik from 9 to 10 August 2031 and reviewed the talks

The delegations agreed to meet again next year.

2. The delegations thanked the hosts for the arrangements made for the meeting
"""


def test_numbered_event_titles_head_their_paragraphs():
    release = release_from_text(BRIEFING)
    first = next(n for n in release.root.children if n.kind == "heading")
    heads = [n for n in release.root.walk() if n.kind == "heading"]
    assert [n.label for n in heads] == ["I.", "1.", "2.", "II."]
    visit = heads[1]
    assert visit in first.children and heads[2] in first.children
    assert release.node_text(visit.children[0]).startswith("At the invitation")
    turns = [n for n in heads[3].children if n.attrs.get("speaker")]
    assert [t.attrs["speaker"] for t in turns] == ["Q", "A"]


def test_long_numbered_lines_outside_such_a_series_stay_paragraphs():
    release = release_from_text(NUMBERED_PARAGRAPHS)
    assert not [n for n in release.root.walk() if n.kind == "heading"]


SPOKESPERSON_RU = """\
Брифинг официального представителя МИД, Москва, 12 мая 2031 года

Об участии Министра иностранных дел в мероприятиях в Вене
После завершения программы пребывания Министра в Минске планируется, что делегация направится в Вену. Основная цель консультаций заключается в том, чтобы усилить режим прекращения огня.

О ситуации в регионе
Мы внимательно следим за развитием ситуации и призываем все стороны к сдержанности и диалогу.
"""


def test_briefing_topics_about_something_are_headings():
    release = release_from_text(SPOKESPERSON_RU)
    heads = [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]
    assert heads == [
        "Об участии Министра иностранных дел в мероприятиях в Вене",
        "О ситуации в регионе",
    ]


def test_about_lines_outside_a_briefing_are_left_alone():
    text = SPOKESPERSON_RU.replace("Брифинг официального представителя МИД", "Заявление МИД")
    release = release_from_text(text)
    heads = [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]
    assert not [h for h in heads if h.startswith("Об участии")]


WHITE_HOUSE = """\
Press Briefing by Press Secretary Jane Doe

1:05 P.M. EDT

MS. DOE: Good afternoon, everybody. I have two things at the top.

On the trip to Ohio

The President will travel to Ohio on Thursday to visit the new plant and meet workers.

Q    Thanks, Jane. Two questions. First, on the ceasefire: is it holding?

And second, has the President spoken to the Prime Minister today?

MS. DOE: On your first question, yes, it is largely holding.

On the second one

They spoke this morning and agreed to extend the pause by another week.
"""


def test_about_lines_inside_turns_are_said():
    release = release_from_text(WHITE_HOUSE)
    heads = [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]
    assert "On the second one" not in heads
    turns = [n for n in release.root.walk() if n.attrs.get("speaker")]
    assert [t.attrs["speaker"] for t in turns] == ["MS. DOE", "Q", "MS. DOE"]
    # The question's second part stays in the question's turn.
    assert release.node_text(turns[1].children[0]).startswith("And second")

"""UN resolutions as text under a catalogue's front matter: the act's printed numbered
title ("99/19. Prevention of ...") is the title, not the cover's agenda item that
prints the same words first, nor a paragraph, even where the masthead's fields ran
together into lines that read as prose. Made-up resolutions."""

from __future__ import annotations

from briefing.ingest import release_from_text

FRONT = """---
symbol: A/RES/99/19
title: "Prevention of an arms race on the Moon : requests under Article 9 of the Treaty :"
---

"""

RUN_TOGETHER = """United Nations

General Assembly Distr.: General 3 December 2098

Ninety-ninth session Agenda item 97 (a) Prevention of an arms race on the Moon:

requests under Article 9 of the Treaty

Resolution adopted by the General Assembly on 1 December 2098

[on the report of the First Committee (A/99/534, para. 7)]

99/19. Prevention of an arms race on the Moon: requests under Article 9 of the Treaty

The General Assembly,

Recognizing the common interest of all humankind in the peaceful use of the Moon,

1. Decides to keep the matter under review.
"""

AGENDA_FIRST = """United Nations
A/RES/99/19

General Assembly
Distr.: General
3 December 2098

Ninety-ninth session
Agenda item 97
Prevention of an arms race on the Moon

 Resolution adopted by the General Assembly
on 1 December 2098

[on the report of the First Committee (A/99/534, para. 7)]

99/19. Prevention of an arms race on the Moon: requests under
Article 9 of the Treaty

The General Assembly,

Recognizing the common interest of all humankind in the peaceful use of the
Moon,

1. Decides to keep the matter under review.
"""


def _kinds(doc: str) -> list[tuple[str, str]]:
    release = release_from_text(doc)
    return [(n.kind, release.node_text(n)[:20]) for n in release.nodes() if n.kind != "footnote"]


def test_the_numbered_title_is_the_title_under_run_together_fields() -> None:
    kinds = _kinds(FRONT + RUN_TOGETHER)
    assert ("title", "99/19. Prevention of") in kinds
    assert [k for k, _ in kinds].count("title") == 1
    paragraphs = [t for k, t in kinds if k == "paragraph"]
    assert paragraphs == ["The General Assembly", "Recognizing the comm", "Decides to keep the "]


def test_the_agenda_item_printing_the_title_first_is_no_title() -> None:
    kinds = _kinds(FRONT + AGENDA_FIRST)
    assert [t for k, t in kinds if k == "title"] == ["99/19. Prevention of"]
    assert ("paragraph", "99/19. Prevention of") not in kinds


def test_the_release_title_is_the_printed_one_when_it_says_the_catalogue_title() -> None:
    # The catalogue re-punctuates (" : ") and drops the act's number: the printed line
    # says the same words, as the act prints them.
    release = release_from_text(FRONT + AGENDA_FIRST)
    assert release.title == (
        "99/19. Prevention of an arms race on the Moon: requests under Article 9 of the Treaty"
    )


def test_a_written_title_saying_other_words_still_wins() -> None:
    doc = FRONT.replace("on the Moon :", "on Mars :") + AGENDA_FIRST
    release = release_from_text(doc)
    assert (
        release.title
        == "Prevention of an arms race on Mars : requests under Article 9 of the Treaty"
    )


def test_a_title_printed_in_capitals_leaves_the_written_one() -> None:
    doc = '---\ntitle: "Visit by the Minister"\n---\n\nVISIT BY THE MINISTER\n\n1 May 2098\n\nThe Minister will visit Examplia next week to open the new embassy there.\n'
    assert release_from_text(doc).title == "Visit by the Minister"


def test_a_title_cut_on_of_stays_apart_from_the_organ_line() -> None:
    # A paragraph a line, the title's end lost by the extraction ("... in the use of"):
    # the organ's line under it opens the body, it does not run on from the title.
    doc = RUN_TOGETHER.replace(
        "99/19. Prevention of an arms race on the Moon: requests under Article 9 of the Treaty",
        "99/19. Open-ended working group on security of and in the use of",
    )
    kinds = _kinds(doc)
    assert ("title", "99/19. Open-ended wo") in kinds
    assert ("paragraph", "The General Assembly") in kinds

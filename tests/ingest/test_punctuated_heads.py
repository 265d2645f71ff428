"""Crossheads of pasted web text that end on "?", "!" or "…" head their sections when the
text reads as sections; a transcript's questions and a lone rhetorical line do not. All
text here is made up in the shape of real pages."""

from __future__ import annotations

from briefing.ingest import release_from_text

PARA_A = "The harbour board met on Tuesday to agree the plan for the new quay and its cranes."
PARA_B = "Work on the northern pier will start in the spring and end before the autumn storms."
PARA_C = "The board will publish the timetable for each stage of the work on its website."
PARA_D = "Fishing boats will keep their berths on the southern pier while the work goes on."

BLOG = "\n\n".join(
    [
        "A new quay for the old harbour",
        PARA_A,
        "What changes for the ferries?",
        PARA_B,
        PARA_C,
        "And then, at last, the cranes!",
        PARA_D,
        PARA_A.replace("Tuesday", "Friday"),
    ]
)


def _headings(text: str) -> list[str]:
    release = release_from_text(text)
    return [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]


def test_question_and_exclamation_crossheads_head_their_sections() -> None:
    heads = _headings(BLOG)
    assert "What changes for the ferries?" in heads
    assert "And then, at last, the cranes!" in heads


def test_a_lone_question_in_an_untitled_text_is_the_text_s_own() -> None:
    text = BLOG.replace("And then, at last, the cranes!\n\n", "")
    assert "What changes for the ferries?" not in _headings(text)


def test_a_question_answered_in_one_paragraph_heads_nothing() -> None:
    text = BLOG.replace(PARA_C + "\n\n", "")
    assert "What changes for the ferries?" not in _headings(text)


def test_a_transcript_s_questions_are_turns_not_headings() -> None:
    text = BLOG.replace("What changes for the ferries?", "QUESTION: What changes for the ferries?")
    text = text.replace(PARA_B, "MINISTER: " + PARA_B)
    assert not any(h.endswith("ferries?") for h in _headings(text))


def test_a_long_question_is_an_interviewer_s_not_a_crosshead() -> None:
    long = "Can you tell us what exactly changes for the ferries and their crews this year?"
    text = BLOG.replace("What changes for the ferries?", long)
    assert long not in _headings(text)


def test_a_hard_wrapped_text_asks_its_questions_in_place() -> None:
    def wrap(para: str) -> str:
        words = para.split()
        return " ".join(words[:8]) + "\n" + " ".join(words[8:])

    text = BLOG
    for para in (PARA_A, PARA_B, PARA_C, PARA_D):
        text = text.replace(para, wrap(para))
    assert not any(h.endswith(("ferries?", "cranes!")) for h in _headings(text))
